// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

class QChartView;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;
class QWidget;

namespace planner {

// A chart on a chart page: where it goes, as a share of the page's chart area.
struct PlacedChart
{
    QChartView *view; // rendered through its chart's scene
    QRectF share;
};

// The report's page layout: flowing HTML sections and chart pages with a caption, in report
// units of 1/96 inch within the device's margins, each page with a footer carrying the app's
// name and version, the section's title and "Page N of M".
class ReportLayout
{
public:
    explicit ReportLayout(QPagedPaintDevice &device);
    ~ReportLayout();

    // The title that the footers of the sections added from now on carry.
    void setTitle(const QString &title) { m_title = title; }
    // Flowing text, over as many pages as it needs; it starts on a page of its own.
    void addText(const QString &html);
    void addChart(std::shared_ptr<QWidget> owner, QChartView *view, const QString &caption);
    // Several charts on one page, each in its share of the chart area; owners keep them alive.
    void addChartPage(std::vector<std::shared_ptr<QWidget>> owners,
                      const QList<PlacedChart> &charts, const QString &caption);
    // As addChart(), but below the text added last, on its last page, when what that page has
    // left holds the caption and a chart at least two fifths of a page tall.
    void addChartAfterText(std::shared_ptr<QWidget> owner, QChartView *view,
                           const QString &caption);
    // Paints every section onto the device, page by page.
    void paint() const;

private:
    struct Section;
    std::unique_ptr<QTextDocument> textDocument(const QString &html) const;
    // Sizes the charts to their shares of area and adds them as a section at top of its page
    // (report units), its first page a new one unless sharesPage.
    void addChartSection(std::vector<std::shared_ptr<QWidget>> owners,
                         const QList<PlacedChart> &charts, const QString &caption, QSizeF area,
                         double top, bool sharesPage);
    void paintChart(QPainter &painter, const Section &section) const;
    void paintFooter(QPainter &painter, const QString &title, int page, int pages) const;

    QPagedPaintDevice &m_device;
    double m_scale; // device pixels per report unit
    double m_margin; // report units
    QSizeF m_content; // the page inside the margins, above the footer
    QString m_title;
    std::vector<Section> m_sections;
};

} // namespace planner
