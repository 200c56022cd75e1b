// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartexport.h"

#include "charts/chartsupport.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChartView>
#include <QClipboard>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QXYSeries>

namespace planner {
namespace {

QString csvField(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
        text = u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
    return false;
}

QString fileTitle(QChartView *view)
{
    QString title = view->chart()->title().toLower();
    title.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return title.isEmpty() ? QStringLiteral("chart") : title.left(60);
}

} // namespace

QImage chartImage(QChartView *view, QSize pixelSize)
{
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(view->chart()->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const charts::FullDetail full(view->chart());
    view->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(pixelSize)),
                          view->chart()->sceneBoundingRect(), Qt::IgnoreAspectRatio);
    return image;
}

bool saveChartPng(QChartView *view, const QString &path, QSize pixelSize, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!chartImage(view, pixelSize).save(&buffer, "PNG")) {
        *error = QObject::tr("cannot encode %1 as PNG").arg(path);
        return false;
    }
    return writeAtomically(path, bytes, error);
}

bool saveChartSvg(QChartView *view, const QString &path, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSizeF size = view->chart()->size();
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setTitle(view->chart()->title());
    svg.setDescription(QObject::tr("Exported from LLM Breakeven Planner"));
    {
        QPainter painter(&svg);
        const charts::FullDetail full(view->chart());
        view->scene()->render(&painter, QRectF(QPointF(0, 0), size),
                              view->chart()->sceneBoundingRect());
    }
    return writeAtomically(path, bytes, error);
}

QString chartCsv(QChartView *view)
{
    const QLocale c = QLocale::c();
    bool bars = false;
    QStringList categories;
    for (QAbstractAxis *axis : view->chart()->axes()) {
        if (auto *categoryAxis = qobject_cast<QBarCategoryAxis *>(axis))
            categories = categoryAxis->categories();
    }
    QString rows;
    for (QAbstractSeries *series : view->chart()->series()) {
        if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(series)) {
            bars = true;
            for (QBarSet *set : barSeries->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    rows += csvField(set->label()) + u',' + csvField(categories.value(i)) + u','
                        + c.toString(set->at(i), 'g', 15) + u'\n';
            }
            continue;
        }
        QXYSeries *xy = qobject_cast<QXYSeries *>(series);
        if (auto *area = qobject_cast<QAreaSeries *>(series))
            xy = area->upperSeries();
        if (!xy || series->name().isEmpty())
            continue;
        for (const QPointF &p : charts::fullPoints(xy))
            rows += csvField(series->name()) + u',' + c.toString(p.x(), 'g', 15) + u','
                + c.toString(p.y(), 'g', 15) + u'\n';
    }
    return (bars ? QStringLiteral("series,category,value\n") : QStringLiteral("series,x,y\n"))
        + rows;
}

bool saveChartCsv(QChartView *view, const QString &path, QString *error)
{
    return writeAtomically(path, chartCsv(view).toUtf8(), error);
}

void copyChartToClipboard(QChartView *view)
{
    const qreal ratio = view->devicePixelRatioF() * 2; // crisp when pasted into slides
    QImage image = chartImage(view, (QSizeF(view->size()) * ratio).toSize());
    QApplication::clipboard()->setImage(image);
}

void exportChartInteractively(QChartView *view, QWidget *parent)
{
    const QString png = QObject::tr("PNG image (*.png)");
    const QString svg = QObject::tr("SVG drawing (*.svg)");
    const QString csv = QObject::tr("Data as CSV (*.csv)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(
        parent, QObject::tr("Export Chart"), fileTitle(view) + QStringLiteral(".png"),
        QStringList {png, svg, csv}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    QString error;
    bool ok = false;
    if (filter == svg || path.endsWith(u".svg", Qt::CaseInsensitive)) {
        ok = saveChartSvg(view, path, &error);
    } else if (filter == csv || path.endsWith(u".csv", Qt::CaseInsensitive)) {
        ok = saveChartCsv(view, path, &error);
    } else {
        bool accepted = false;
        const int width
            = QInputDialog::getInt(parent, QObject::tr("PNG Size"), QObject::tr("Width in pixels:"),
                                   1600, 200, 10000, 100, &accepted);
        if (!accepted)
            return;
        const QSizeF size = view->chart()->size();
        ok = saveChartPng(view, path, QSize(width, qRound(width * size.height() / size.width())),
                          &error);
    }
    if (!ok)
        QMessageBox::warning(parent, QObject::tr("Export Chart"), error);
}

void addChartExportMenu(QChartView *view)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(QObject::tr("&Copy Chart"), view);
    QObject::connect(copy, &QAction::triggered, view, [view] { copyChartToClipboard(view); });
    auto *save = new QAction(QObject::tr("&Export Chart (PNG, SVG or CSV)…"), view);
    QObject::connect(save, &QAction::triggered, view,
                     [view] { exportChartInteractively(view, view->window()); });
    view->addActions({copy, save});
}

} // namespace planner
