// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartpanel.h"

#include <QChartView>

class QLineSeries;
class QLogValueAxis;
class QValueAxis;

namespace planner {

// Chart 2: self-hosting's cost per Mtok against average utilization (the utilization formula at
// the current volume) beside the flat API price, with the breakeven and current utilization.
class UtilizationChart : public QChartView, public ChartPanel
{
    Q_OBJECT

public:
    explicit UtilizationChart(QWidget *parent = nullptr);
    void setResults(const Scenario &scenario, const Evaluation &evaluation) override;
    QList<QChartView *> chartViews() override { return {this}; }

private:
    QValueAxis *m_x;
    QLogValueAxis *m_y;
    QLineSeries *m_selfhost;
    QLineSeries *m_api;
    QLineSeries *m_current;
    QLineSeries *m_breakeven;
};

} // namespace planner
