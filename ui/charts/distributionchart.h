// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartpanel.h"
#include "uncertainty.h"

#include <QChartView>

class QGraphicsTextItem;
class QLineSeries;
class QValueAxis;

namespace planner {

// The Monte Carlo distributions of monthly savings against the API, self-hosting's (API -
// self-host) and the hybrid's (API - hybrid), as two histograms on one axis, each with its 10th,
// 50th and 90th percentiles, and the breakeven at zero marked.
class DistributionChart : public QChartView, public ChartPanel
{
    Q_OBJECT

public:
    explicit DistributionChart(QWidget *parent = nullptr);
    // Draws nothing: the outcomes come from the window's Monte Carlo run (setUncertainty()).
    void setResults(const Scenario &, const Evaluation &) override { }
    QList<QChartView *> chartViews() override { return {this}; }
    void setResult(const UncertaintyResult &result);
    // setResult() under a title naming the run's sample count and seed; without a result (no
    // input has a range) the chart is cleared, its axes hidden, and a note says how to get one.
    void setUncertainty(const UncertaintyResult *result);
    // The note shown while there is no result, or empty.
    QString emptyNote() const;

    QLineSeries *selfhostSeries() const { return m_selfhost.histogram; }
    QLineSeries *hybridSeries() const { return m_hybrid.histogram; }

private:
    // One option's histogram and its percentiles (the median named in the legend entry).
    struct Distribution
    {
        QString name;
        QLineSeries *histogram;
        QLineSeries *p10;
        QLineSeries *p50;
        QLineSeries *p90;
    };
    Distribution addDistribution(const QString &name, const QColor &color);
    void clear();
    void placeEmptyNote();
    // Draws one option's savings binned over [low, high]; returns the tallest bin's share (%).
    static double drawHistogram(const Distribution &d, const std::vector<double> &savings,
                                double low, double high);
    // Marks one option's percentiles; returns them in words.
    static QString drawPercentiles(const Distribution &d, double p10, double p50, double p90,
                                   double top);

    Distribution m_selfhost;
    Distribution m_hybrid;
    QLineSeries *m_zero;
    QValueAxis *m_x;
    QValueAxis *m_y;
    QGraphicsTextItem *m_emptyNote;
};

} // namespace planner
