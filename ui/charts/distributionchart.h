// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartpanel.h"
#include "uncertainty.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace planner {

// The Monte Carlo distribution of monthly savings (API - self-host) as a histogram, with the
// 10th, 50th and 90th percentiles and the breakeven at zero marked.
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
    // input has a range) the title says how to get one.
    void setUncertainty(const UncertaintyResult *result);

private:
    QLineSeries *m_histogram;
    QLineSeries *m_p10;
    QLineSeries *m_p50;
    QLineSeries *m_p90;
    QLineSeries *m_zero;
    QValueAxis *m_x;
    QValueAxis *m_y;
};

} // namespace planner
