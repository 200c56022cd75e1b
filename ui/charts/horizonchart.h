// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartpanel.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace planner {

// Cumulative cost of the API, self-hosting and the hybrid month by month over the planning
// horizon (set-up at month 0, volume growing), with the payback month marked.
class HorizonChart : public QChartView, public ChartPanel
{
    Q_OBJECT

public:
    explicit HorizonChart(QWidget *parent = nullptr);
    void setResults(const Scenario &scenario, const Evaluation &evaluation) override;
    QList<QChartView *> chartViews() override { return {this}; }
    QLineSeries *selfhostSeries() const { return m_selfhost; }

private:
    QLineSeries *m_api;
    QLineSeries *m_selfhost;
    QLineSeries *m_hybrid;
    QLineSeries *m_payback;
    QValueAxis *m_x;
    QValueAxis *m_y;
};

} // namespace planner
