// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartpanel.h"

#include <QChartView>

class QBarSet;
class QValueAxis;

namespace planner {

// Chart 4: where the money goes: GPU busy, GPU idle, engineering and operations, and API, stacked
// for each of the three options.
class BreakdownChart : public QChartView, public ChartPanel
{
    Q_OBJECT

public:
    explicit BreakdownChart(QWidget *parent = nullptr);
    void setResults(const Scenario &scenario, const Evaluation &evaluation) override;
    QList<QChartView *> chartViews() override { return {this}; }

private:
    QBarSet *m_busy;
    QBarSet *m_idle;
    QBarSet *m_overhead;
    QBarSet *m_api;
    QValueAxis *m_y;
};

} // namespace planner
