// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>

class QAbstractAxis;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;
class QXYSeries;

namespace planner::charts {

// One colour per option, the same in every chart.
QColor apiColor();
QColor selfhostColor();
QColor hybridColor();
QColor markerColor();
QColor breakevenColor();

// A chart set up for live redrawing: no animation, compact margins, localized numbers, in the
// light or dark theme of the desktop's palette (always light while a PrintTheme exists).
QChart *makeChart(const QString &title);

// While one exists, new charts take the light theme whatever the desktop: for reports and files.
class PrintTheme
{
public:
    PrintTheme();
    ~PrintTheme();
    PrintTheme(const PrintTheme &) = delete;
    PrintTheme &operator=(const PrintTheme &) = delete;
};
// Shows chart in view, antialiased.
void setUpView(QChartView *view, QChart *chart);

// Puts horizontal at the bottom and vertical on the left, and attaches every series to both.
void attachAxes(QChart *chart, QAbstractAxis *horizontal, QAbstractAxis *vertical);

// Scales every text of the chart (title, legend, axes) to scale times its size at creation.
void setTextScale(QChart *chart, double scale);

// A week's hours (0..168) labelled by day, Monday first, each label centred on its day.
QCategoryAxis *makeWeekAxis(QChart *chart);

QLineSeries *addLine(QChart *chart, const QString &name, const QColor &color, qreal width = 2.0);

// A label on chart (a marker's value): drawn above the gridlines and series on an opaque patch of
// the chart's background, so no line runs through it; setTextScale() scales it with the chart's
// other texts.
QGraphicsSimpleTextItem *addAnnotation(QChart *chart);

// Points safe for the axes: non-finite points dropped, and on a log axis values below floor
// raised to it (a value <= 0 would make Qt Charts drop the whole series).
QList<QPointF> cleaned(const QList<QPointF> &points, double xFloor = -INFINITY,
                       double yFloor = -INFINITY);

// The points of a curve that a plot `columns` pixels wide can show, about two per column: each
// column's lowest and highest point, in order, the curve's two ends, and both ends of every
// vertical segment (a step edge), so steps stay sharp. Columns split the x span of the points
// evenly, or evenly in log(x) on a logarithmic axis. Points inside a horizontal run always go
// (they draw nothing); fewer points than 2 * columns are otherwise all kept.
QList<QPointF> decimated(const QList<QPointF> &curve, int columns, bool logX);

// Shows points in series decimated to the width of its chart's plot area, and keeps them whole
// for the files (see fullPoints() and FullDetail). Unchanged points leave the series untouched.
void setPoints(QXYSeries *series, const QList<QPointF> &points);

// The points last given to setPoints(), or the series' own.
QList<QPointF> fullPoints(const QXYSeries *series);

// Decimates the series of chart again to its plot area's width: call when it changes.
void redecimate(QChart *chart);

// While one exists, the series of chart show their full points: for drawing to a file.
class FullDetail
{
public:
    explicit FullDetail(QChart *chart);
    ~FullDetail();
    FullDetail(const FullDetail &) = delete;
    FullDetail &operator=(const FullDetail &) = delete;

private:
    QChart *m_chart;
};

// A changed axis range or label format lays out every tick label again, and a changed title the
// whole chart: these leave the chart untouched when nothing changes.
// setNiceRange() gives axis the range (and tick count) that setRange(low, high) and then
// applyNiceNumbers() would, without the intermediate range.
// Both also give the tick labels the decimals the ticks need, keeping the label format's prefix
// ("$"): ticks 0.25 apart read "0.25, 0.50", and a log axis from 0.008 to 800 reads "0.01, 0.1,
// 1, 10, 100" (not "0, 0, 1, 10, 100"). setLogRange() does for a log axis what setRange() does.
void setNiceRange(QValueAxis *axis, double low, double high);
void setLogRange(QLogValueAxis *axis, double low, double high);
// During a slider drag: keeps axis's range while it holds [low, high] and is at most twice as
// wide, else gives it setNiceRange() with half as much room again above the data.
void holdNiceRange(QValueAxis *axis, double low, double high);
void setLabelFormat(QValueAxis *axis, const QString &format);
void setTitle(QChart *chart, const QString &title);

// A vertical line at x spanning [yLow, yHigh]: two points.
QList<QPointF> verticalLine(double x, double yLow, double yHigh);

// The smallest of 1, 2, 4, 5 and 10 times a power of ten that is at least value (> 0): an axis
// end whose half is a round number too.
double niceCeiling(double value);

// Pads a range so that a flat or empty series still gets a usable axis.
struct Range
{
    double low;
    double high;
};
Range paddedRange(double low, double high, bool logarithmic);
// The range a logarithmic axis keeps during a slider drag, so that most steps move no axis: shown
// while it holds needed and is at most a decade wider; else needed with a decade of room on the
// side it left from (or needed alone, when shown had grown too wide).
Range heldLogRange(Range shown, Range needed);
Range yRangeOf(std::initializer_list<const QList<QPointF> *> series, bool logarithmic);

} // namespace planner::charts
