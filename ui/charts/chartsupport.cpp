// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartsupport.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace planner::charts {

QColor apiColor()
{
    return QColor(0xe0, 0x7b, 0x16);
}
QColor selfhostColor()
{
    return QColor(0x1f, 0x6f, 0xc5);
}
QColor hybridColor()
{
    return QColor(0x2e, 0x9e, 0x57);
}
QColor markerColor()
{
    return QColor(0x80, 0x80, 0x80);
}
QColor breakevenColor()
{
    return QColor(0xc0, 0x27, 0x2d);
}

QCategoryAxis *makeWeekAxis(QChart *chart)
{
    auto *days = new QCategoryAxis(chart);
    days->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    const QStringList names {QObject::tr("Mon"), QObject::tr("Tue"), QObject::tr("Wed"),
                             QObject::tr("Thu"), QObject::tr("Fri"), QObject::tr("Sat"),
                             QObject::tr("Sun")};
    for (int d = 0; d < 7; ++d)
        days->append(names[d], 24.0 * (d + 1));
    days->setRange(0, 24 * 7);
    return days;
}

namespace {
int printThemes = 0;
} // namespace

PrintTheme::PrintTheme()
{
    ++printThemes;
}

PrintTheme::~PrintTheme()
{
    --printThemes;
}

QChart *makeChart(const QString &title)
{
    auto *chart = new QChart;
    // Follow the desktop's light or dark palette; series pens are set after the theme.
    const bool dark
        = printThemes == 0 && QApplication::palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    return chart;
}

void setUpView(QChartView *view, QChart *chart)
{
    // A view makes a chart of its own; setChart() hands that one back to the caller.
    QChart *made = view->chart();
    view->setChart(chart);
    delete made;
    // Every item moves on every slider step: a spatial index would be rebuilt for nothing.
    view->scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    view->setRenderHint(QPainter::Antialiasing, true);
    view->setMinimumSize(280, 200);
}

void attachAxes(QChart *chart, QAbstractAxis *horizontal, QAbstractAxis *vertical)
{
    chart->addAxis(horizontal, Qt::AlignBottom);
    chart->addAxis(vertical, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(horizontal);
        series->attachAxis(vertical);
    }
}

namespace {

class Annotation : public QGraphicsSimpleTextItem
{
public:
    explicit Annotation(QChart *chart)
        : QGraphicsSimpleTextItem(chart)
        , m_chart(chart)
        , m_basePointSize(font().pointSizeF())
    {
        setZValue(50); // above the grid, the series and the legend
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        // The themes paint the background with a gradient, from this colour.
        const QBrush background = m_chart->backgroundBrush();
        painter->fillRect(boundingRect(),
                          background.gradient() ? background.gradient()->stops().constFirst().second
                                                : background.color());
        QGraphicsSimpleTextItem::paint(painter, option, widget);
    }

    void setScale(double scale)
    {
        QFont scaled = font();
        scaled.setPointSizeF(m_basePointSize * scale);
        setFont(scaled);
    }

private:
    QChart *m_chart;
    double m_basePointSize;
};

} // namespace

QGraphicsSimpleTextItem *addAnnotation(QChart *chart)
{
    return new Annotation(chart);
}

void setTextScale(QChart *chart, double scale)
{
    // The size at creation is kept on the chart, so scaling twice never compounds.
    const auto scaled = [&](const char *name, QFont font) {
        const QVariant base = chart->property(name);
        if (!base.isValid())
            chart->setProperty(name, font.pointSizeF());
        font.setPointSizeF(chart->property(name).toDouble() * scale);
        return font;
    };
    chart->setTitleFont(scaled("baseTitlePt", chart->titleFont()));
    chart->legend()->setFont(scaled("baseLegendPt", chart->legend()->font()));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(scaled("baseLabelsPt", axis->labelsFont()));
        axis->setTitleFont(scaled("baseAxisTitlePt", axis->titleFont()));
    }
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *annotation = dynamic_cast<Annotation *>(item))
            annotation->setScale(scale);
    }
}

QLineSeries *addLine(QChart *chart, const QString &name, const QColor &color, qreal width)
{
    auto *series = new QLineSeries(chart);
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(width);
    series->setPen(pen);
    chart->addSeries(series);
    return series;
}

QList<QPointF> cleaned(const QList<QPointF> &points, double xFloor, double yFloor)
{
    QList<QPointF> result;
    result.reserve(points.size());
    for (const QPointF &p : points) {
        if (std::isfinite(p.x()) && std::isfinite(p.y()) && p.x() >= xFloor)
            result.append({p.x(), std::max(p.y(), yFloor)});
    }
    return result;
}

namespace {

// A point between two at its own height lies on the horizontal line they draw, on any x axis.
QList<QPointF> withoutFlatInteriors(const QList<QPointF> &points)
{
    QList<QPointF> result;
    result.reserve(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        const bool interior = i > 0 && i + 1 < points.size() && points[i - 1].y() == points[i].y()
            && points[i + 1].y() == points[i].y();
        if (!interior)
            result.append(points[i]);
    }
    return result;
}

} // namespace

QList<QPointF> decimated(const QList<QPointF> &curve, int columns, bool logX)
{
    const QList<QPointF> points = withoutFlatInteriors(curve);
    const qsizetype n = points.size();
    if (columns <= 0 || n <= 2 * qsizetype(columns))
        return points;
    const auto position = [logX](double x) {
        return logX ? std::log(x) : x;
    };
    const double start = position(points.first().x());
    const double span = position(points.last().x()) - start;
    if (!(span > 0))
        return points;
    const auto columnOf = [&](const QPointF &p) {
        return std::clamp(int((position(p.x()) - start) / span * columns), 0, columns - 1);
    };
    std::vector<bool> kept(n, false);
    kept.front() = kept.back() = true;
    for (qsizetype begin = 0; begin < n;) {
        const int column = columnOf(points[begin]);
        qsizetype lowest = begin;
        qsizetype highest = begin;
        qsizetype end = begin + 1;
        for (; end < n && columnOf(points[end]) == column; ++end) {
            if (points[end].y() < points[lowest].y())
                lowest = end;
            if (points[end].y() > points[highest].y())
                highest = end;
        }
        kept[lowest] = kept[highest] = true;
        begin = end;
    }
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (points[i].x() == points[i + 1].x())
            kept[i] = kept[i + 1] = true;
    }
    QList<QPointF> result;
    for (qsizetype i = 0; i < n; ++i) {
        if (kept[i])
            result.append(points[i]);
    }
    return result;
}

namespace {

constexpr char FullPointsProperty[] = "plannerFullPoints";

bool onLogX(QXYSeries *series)
{
    const QList<QAbstractAxis *> axes = series->attachedAxes();
    return std::ranges::any_of(axes, [](const QAbstractAxis *axis) {
        return axis->orientation() == Qt::Horizontal && qobject_cast<const QLogValueAxis *>(axis);
    });
}

void showDecimated(QXYSeries *series, const QList<QPointF> &points)
{
    // Lines bounding an area are children of the chart without being its series.
    const auto *chart
        = series->chart() ? series->chart() : qobject_cast<QChart *>(series->parent());
    const int columns = chart ? int(chart->plotArea().width()) : 0;
    const QList<QPointF> shown = decimated(points, columns, onLogX(series));
    if (shown != series->points())
        series->replace(shown);
}

} // namespace

void setPoints(QXYSeries *series, const QList<QPointF> &points)
{
    const QVariant stored = series->property(FullPointsProperty);
    if (stored.isValid() && stored.value<QList<QPointF>>() == points)
        return;
    series->setProperty(FullPointsProperty, QVariant::fromValue(points));
    showDecimated(series, points);
}

QList<QPointF> fullPoints(const QXYSeries *series)
{
    const QVariant stored = series->property(FullPointsProperty);
    return stored.isValid() ? stored.value<QList<QPointF>>() : series->points();
}

namespace {

QList<QXYSeries *> decimatedSeries(QChart *chart)
{
    QList<QXYSeries *> result;
    for (QXYSeries *xy : chart->findChildren<QXYSeries *>()) {
        if (xy->property(FullPointsProperty).isValid())
            result.append(xy);
    }
    return result;
}

} // namespace

void redecimate(QChart *chart)
{
    for (QXYSeries *series : decimatedSeries(chart))
        showDecimated(series, fullPoints(series));
}

FullDetail::FullDetail(QChart *chart)
    : m_chart(chart)
{
    for (QXYSeries *series : decimatedSeries(chart)) {
        const QList<QPointF> points = fullPoints(series);
        if (points != series->points())
            series->replace(points);
    }
}

FullDetail::~FullDetail()
{
    redecimate(m_chart);
}

namespace {

// What a label format writes before the number: "$" of "$%.0f".
QString labelPrefix(const QString &format)
{
    const qsizetype at = format.indexOf(u'%');
    return at < 0 ? QString() : format.left(at);
}

// The label format of ticks that need `decimals` decimals, keeping the prefix.
QString withDecimals(const QString &format, int decimals)
{
    const QString prefix = labelPrefix(format);
    if (prefix == u"$" && decimals == 1)
        decimals = 2; // money in cents: "$0.10", not "$0.1"
    return prefix + QStringLiteral("%.%1f").arg(decimals);
}

// The label format that writes each value with the digits it has, keeping the prefix.
QString withSignificantDigits(const QString &format)
{
    return labelPrefix(format) + QStringLiteral("%.15g");
}

// The fewest decimals (up to 6) that write every multiple of step exactly: 0.25 → 2, 50 → 0.
int decimalsOfStep(double step)
{
    for (int decimals = 0; decimals < 6; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) <= 1e-6 * std::max(1.0, scaled))
            return decimals;
    }
    return 6;
}

} // namespace

void setNiceRange(QValueAxis *axis, double low, double high)
{
    // An axis of no chart rounds the range without laying out any label.
    QValueAxis rounding;
    rounding.setTickCount(axis->tickCount());
    rounding.setRange(low, high);
    rounding.applyNiceNumbers();
    axis->setRange(rounding.min(), rounding.max());
    axis->setTickCount(rounding.tickCount());
    const double step = (rounding.max() - rounding.min()) / std::max(1, rounding.tickCount() - 1);
    if (step > 0 && std::isfinite(step))
        setLabelFormat(axis, withDecimals(axis->labelFormat(), decimalsOfStep(step)));
}

void setLogRange(QLogValueAxis *axis, double low, double high)
{
    axis->setRange(low, high);
    // The ticks are powers of the base: each written with the digits it has ("0.001", "10,000"),
    // where one count of decimals for all would give "$10,000.000" or "$0".
    const QString format = withSignificantDigits(axis->labelFormat());
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
}

void holdNiceRange(QValueAxis *axis, double low, double high)
{
    const double span = high - low;
    const bool holds
        = axis->min() <= low && axis->max() >= high && axis->max() - axis->min() <= 2 * span;
    if (!holds)
        setNiceRange(axis, low, low + 1.5 * span);
}

void setLabelFormat(QValueAxis *axis, const QString &format)
{
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
}

void setTitle(QChart *chart, const QString &title)
{
    if (chart->title() != title)
        chart->setTitle(title);
}

QList<QPointF> verticalLine(double x, double yLow, double yHigh)
{
    return {{x, yLow}, {x, yHigh}};
}

Range paddedRange(double low, double high, bool logarithmic)
{
    if (!std::isfinite(low) || !std::isfinite(high) || high < low)
        return logarithmic ? Range {1, 10} : Range {0, 1};
    if (logarithmic) {
        low = std::max(low, 1e-6);
        high = std::max(high, low * 10);
        return {low / 1.3, high * 2.5}; // headroom at the top for the markers' labels
    }
    const double span = high - low;
    if (span <= 0)
        return {low - std::max(1.0, std::abs(low) * 0.1),
                high + std::max(1.0, std::abs(high) * 0.1)};
    return {low - span * 0.05, high + span * 0.05};
}

Range heldLogRange(Range shown, Range needed)
{
    constexpr double Decade = 10;
    const bool holds = needed.low >= shown.low && needed.high <= shown.high;
    const bool tooWide = shown.high / shown.low > needed.high / needed.low * Decade * (1 + 1e-9);
    if (holds && !tooWide)
        return shown;
    if (needed.high > shown.high)
        return {needed.low, needed.high * Decade};
    if (needed.low < shown.low)
        return {needed.low / Decade, needed.high};
    return needed;
}

Range yRangeOf(std::initializer_list<const QList<QPointF> *> series, bool logarithmic)
{
    double low = INFINITY;
    double high = -INFINITY;
    for (const QList<QPointF> *points : series) {
        for (const QPointF &p : *points) {
            if (!std::isfinite(p.y()) || (logarithmic && p.y() <= 0))
                continue;
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
    }
    return paddedRange(low, high, logarithmic);
}

double niceCeiling(double value)
{
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 4.0, 5.0, 10.0}) {
        if (step * power >= value * (1 - 1e-12))
            return step * power;
    }
    return 10 * power;
}

} // namespace planner::charts
