// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Screen decimation of the chart series (issue 17): fewer points, but no step and no extreme
// lost, and the files keep every point.
#include "charts/chartexport.h"
#include "charts/chartsupport.h"
#include "charts/costvolumechart.h"

#include <QLineSeries>
#include <QTest>

#include <cmath>

using namespace planner;
using namespace planner::charts;

namespace {

// A staircase on a log x axis: 4000 samples from 1 to 10^4, with a step up by 10 at every
// power of ten and of 10^0.5, each as two points at the same x (as the engine builds them).
QList<QPointF> logStaircase(QList<double> *edges)
{
    QList<QPointF> points;
    constexpr int Samples = 4000;
    double level = 100;
    double nextEdge = std::sqrt(10.0);
    for (int i = 0; i < Samples; ++i) {
        const double x = std::pow(10.0, 4.0 * i / (Samples - 1));
        if (x > nextEdge) {
            points.append({nextEdge, level});
            level += 10;
            points.append({nextEdge, level});
            edges->append(nextEdge);
            nextEdge *= std::sqrt(10.0);
        }
        points.append({x, level + 0.001 * std::sin(i)}); // a little noise between the steps
    }
    return points;
}

} // namespace

class TestDecimation : public QObject
{
    Q_OBJECT

private slots:
    void stepCurve_keepsEveryEdgeWithFewerPoints()
    {
        QList<double> edges;
        const QList<QPointF> points = logStaircase(&edges);
        QCOMPARE(edges.size(), 7);
        constexpr int Columns = 500;
        const QList<QPointF> shown = decimated(points, Columns, true);
        QVERIFY2(shown.size() <= 2 * Columns + 2 * edges.size() + 2,
                 qPrintable(QString::number(shown.size())));
        QCOMPARE(shown.first(), points.first());
        QCOMPARE(shown.last(), points.last());
        // Each edge still rises at its own x: the bottom and the top, one after the other.
        for (double edge : edges) {
            const auto at = std::find_if(shown.begin(), shown.end(),
                                         [&](const QPointF &p) { return p.x() == edge; });
            QVERIFY(at != shown.end() && at + 1 != shown.end());
            QCOMPARE(at->x(), (at + 1)->x());
            QCOMPARE((at + 1)->y() - at->y(), 10.0);
        }
        // Points stay in order: the curve is never drawn back on itself.
        QVERIFY(std::is_sorted(shown.begin(), shown.end(),
                               [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    }

    void everyColumn_keepsItsLowestAndHighest()
    {
        QList<QPointF> points;
        for (int i = 0; i < 10000; ++i)
            points.append({double(i), std::sin(i * 0.37) * (i % 97)});
        constexpr int Columns = 100;
        const QList<QPointF> shown = decimated(points, Columns, false);
        QVERIFY(shown.size() <= 2 * Columns + 2);
        for (int column = 0; column < Columns; ++column) {
            const auto inColumn = [&](const QPointF &p) {
                return int(p.x()) / 100 == column;
            };
            double low = INFINITY, high = -INFINITY, shownLow = INFINITY, shownHigh = -INFINITY;
            for (const QPointF &p : points) {
                if (inColumn(p))
                    low = std::min(low, p.y()), high = std::max(high, p.y());
            }
            for (const QPointF &p : shown) {
                if (inColumn(p))
                    shownLow = std::min(shownLow, p.y()), shownHigh = std::max(shownHigh, p.y());
            }
            QCOMPARE(shownLow, low);
            QCOMPARE(shownHigh, high);
        }
    }

    void flatRuns_keepOnlyTheirEnds()
    {
        // Hourly steps as the hybrid's week draws them: two points per hour.
        QList<QPointF> points;
        for (int hour = 0; hour < 6; ++hour) {
            const double y = hour < 3 ? 1 : 4;
            points.append({double(hour), y});
            points.append({hour + 1.0, y});
        }
        const QList<QPointF> expected {{0, 1}, {3, 1}, {3, 4}, {6, 4}};
        QCOMPARE(decimated(points, 1000, false), expected);
    }

    void fewPoints_comeBackAsTheyAre()
    {
        const QList<QPointF> points {{1, 1}, {2, 5}, {2, 7}, {3, 2}};
        QCOMPARE(decimated(points, 100, true), points);
        QCOMPARE(decimated(points, 0, false), points);
    }

    // The screen shows fewer points; the CSV, SVG and PNG files are made from every point.
    void files_keepTheFullData()
    {
        CostVolumeChart chart;
        chart.resize(400, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QList<double> edges;
        const QList<QPointF> points = logStaircase(&edges);
        auto *series = qobject_cast<QLineSeries *>(chart.chart()->series().at(2)); // self-host
        QVERIFY(series && series->name() == u"Self-host");
        setPoints(series, points);
        QVERIFY(series->count() < points.size() / 2);
        QCOMPARE(fullPoints(series), points);
        QCOMPARE(chartCsv(&chart).count(u"\nSelf-host,"), points.size());
        {
            const FullDetail full(chart.chart());
            QCOMPARE(series->points(), points);
        }
        QVERIFY(series->count() < points.size() / 2);
        // A wider plot shows more of them.
        const qsizetype narrow = series->count();
        chart.resize(1200, 300);
        QTRY_VERIFY(series->count() > narrow);
    }
};

QTEST_MAIN(TestDecimation)
#include "tst_decimation.moc"
