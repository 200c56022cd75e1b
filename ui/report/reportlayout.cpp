// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportlayout.h"

#include "charts/chartsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>

namespace planner {
namespace {

constexpr double Dpi = 96; // report coordinates: 96 per inch, whatever the device
constexpr double MarginMm = 14;
constexpr double FooterHeight = 22;
constexpr double CaptionGap = 10;
constexpr double MinSharedChartShare = 0.4; // of the page: a chart below text is no smaller

const char *const Style = R"(
  body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #202020; }
  h1 { font-size: 18pt; margin: 0 0 4px 0; }
  h2 { font-size: 13pt; margin: 14px 0 6px 0; }
  p.meta { color: #606060; }
  p.verdict { font-size: 12pt; font-weight: bold; }
  table { border-collapse: collapse; }
  table { font-size: 9pt; }
  th { background: #e8eef6; text-align: left; padding: 2px 5px; }
  th.num { text-align: right; }
  td { padding: 2px 5px; border-bottom: 1px solid #d8d8d8; }
  td.num { text-align: right; }
  td.note { color: #707070; }
  tr.total td { font-weight: bold; border-top: 1px solid #808080; }
  table.compact td { font-size: 8.5pt; padding: 1px 5px; }
)";

} // namespace

// One unit of the report: a flowing HTML section, or a chart on a page of its own.
struct ReportLayout::Section
{
    std::unique_ptr<QTextDocument> text;
    QList<PlacedChart> charts;
    std::vector<std::shared_ptr<QWidget>>
        owners; // keep the charts alive (views, or widgets holding them)
    QString caption;
    QString title; // in the footer, so printed pages of several scenarios stay apart
    double chartHeight = 0; // what the caption leaves of the page
    double top = 0; // where the chart starts on its page
    int pages = 1; // 0: on the last page of the section before
};

ReportLayout::ReportLayout(QPagedPaintDevice &device)
    : m_device(device)
    , m_scale(device.logicalDpiX() / Dpi)
    , m_margin(MarginMm / 25.4 * Dpi)
{
    const QSizeF page(device.width() / m_scale, device.height() / m_scale);
    m_content = QSizeF(page.width() - 2 * m_margin, page.height() - 2 * m_margin - FooterHeight);
}

ReportLayout::~ReportLayout() = default;

std::unique_ptr<QTextDocument> ReportLayout::textDocument(const QString &html) const
{
    auto text = std::make_unique<QTextDocument>();
    text->setDefaultStyleSheet(QString::fromLatin1(Style));
    text->setDocumentMargin(0);
    text->setTextWidth(m_content.width());
    text->setHtml(QStringLiteral("<body>") + html + QStringLiteral("</body>"));
    return text;
}

void ReportLayout::addText(const QString &html)
{
    Section section;
    section.text = textDocument(html);
    section.text->setPageSize(m_content);
    section.pages = section.text->pageCount();
    section.title = m_title;
    m_sections.push_back(std::move(section));
}

void ReportLayout::addChart(std::shared_ptr<QWidget> owner, QChartView *view,
                            const QString &caption)
{
    addChartPage({std::move(owner)}, {{view, QRectF(0, 0, 1, 1)}}, caption);
}

void ReportLayout::addChartPage(std::vector<std::shared_ptr<QWidget>> owners,
                                const QList<PlacedChart> &charts, const QString &caption)
{
    const double captionHeight = textDocument(caption)->size().height();
    addChartSection(std::move(owners), charts, caption,
                    QSizeF(m_content.width(), m_content.height() - captionHeight - CaptionGap), 0,
                    false);
}

void ReportLayout::addChartAfterText(std::shared_ptr<QWidget> owner, QChartView *view,
                                     const QString &caption)
{
    const QList<PlacedChart> charts {{view, QRectF(0, 0, 1, 1)}};
    if (!m_sections.empty() && m_sections.back().text) {
        const QTextDocument &text = *m_sections.back().text;
        const double textBottom
            = text.documentLayout()->blockBoundingRect(text.lastBlock()).bottom()
            - (text.pageCount() - 1) * m_content.height();
        const double top = textBottom + 2 * CaptionGap;
        const double height
            = m_content.height() - top - textDocument(caption)->size().height() - CaptionGap;
        if (height >= MinSharedChartShare * m_content.height()) {
            addChartSection({std::move(owner)}, charts, caption, QSizeF(m_content.width(), height),
                            top, true);
            return;
        }
    }
    addChartPage({std::move(owner)}, charts, caption);
}

void ReportLayout::addChartSection(std::vector<std::shared_ptr<QWidget>> owners,
                                   const QList<PlacedChart> &charts, const QString &caption,
                                   QSizeF area, double top, bool sharesPage)
{
    for (const PlacedChart &placed : charts) {
        const QSizeF size(area.width() * placed.share.width(),
                          area.height() * placed.share.height());
        placed.view->resize(size.toSize());
        placed.view->chart()->resize(size);
        placed.view->chart()->layout()->activate();
    }
    Section section;
    section.chartHeight = area.height();
    section.top = top;
    section.pages = sharesPage ? 0 : 1;
    section.charts = charts;
    section.owners = std::move(owners);
    section.caption = caption;
    section.title = m_title;
    m_sections.push_back(std::move(section));
}

void ReportLayout::paint() const
{
    QPainter painter(&m_device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(m_scale, m_scale);
    painter.translate(m_margin, m_margin);
    int pages = 0;
    for (const Section &s : m_sections)
        pages += s.pages;
    int page = 0;
    for (const Section &s : m_sections) {
        if (s.pages == 0) { // below the text before it, whose page has its footer already
            paintChart(painter, s);
            continue;
        }
        for (int p = 0; p < s.pages; ++p) {
            if (page > 0)
                m_device.newPage();
            if (s.text) {
                painter.save();
                painter.translate(0, -p * m_content.height());
                s.text->drawContents(&painter,
                                     QRectF(QPointF(0, p * m_content.height()), m_content));
                painter.restore();
            } else {
                paintChart(painter, s);
            }
            paintFooter(painter, s.title, ++page, pages);
        }
    }
}

void ReportLayout::paintFooter(QPainter &painter, const QString &title, int page, int pages) const
{
    painter.save();
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPixelSize(11); // report units are 1/96 inch, whatever the device's resolution
    painter.setFont(small);
    painter.setPen(QColor(0x70, 0x70, 0x70));
    const QRectF band(0, m_content.height() + 6, m_content.width(), FooterHeight - 6);
    painter.drawLine(band.topLeft(), band.topRight());
    painter.drawText(
        band, Qt::AlignLeft | Qt::AlignBottom,
        QObject::tr("LLM Breakeven Planner %1").arg(QCoreApplication::applicationVersion()));
    painter.drawText(band, Qt::AlignRight | Qt::AlignBottom,
                     QObject::tr("Page %1 of %2").arg(page).arg(pages));
    painter.drawText(band, Qt::AlignHCenter | Qt::AlignBottom, title);
    painter.restore();
}

void ReportLayout::paintChart(QPainter &painter, const Section &s) const
{
    painter.save();
    painter.translate(0, s.top);
    const QSizeF size(m_content.width(), s.chartHeight);
    for (const PlacedChart &placed : s.charts) {
        const QRectF target(placed.share.x() * size.width(), placed.share.y() * size.height(),
                            placed.share.width() * size.width(),
                            placed.share.height() * size.height());
        const charts::FullDetail full(placed.view->chart());
        placed.view->scene()->render(&painter, target, placed.view->chart()->sceneBoundingRect());
    }
    painter.translate(0, size.height() + CaptionGap);
    textDocument(s.caption)->drawContents(&painter);
    painter.restore();
}

} // namespace planner
