// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uncertainty.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace planner {

// The Monte Carlo distribution of monthly savings (API - self-host) as a histogram, with the
// 10th, 50th and 90th percentiles and the breakeven at zero marked.
class DistributionChart : public QChartView
{
    Q_OBJECT

public:
    explicit DistributionChart(QWidget *parent = nullptr);
    void setResult(const UncertaintyResult &result);

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
