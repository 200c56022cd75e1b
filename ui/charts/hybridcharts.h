// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartpanel.h"

#include <QWidget>

class QAreaSeries;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace planner {

// Chart 3: the hybrid split. Left, the week's hourly load stacked as self-hosted (with the batch
// work placed in the valleys on top of it, when batch fills them) and burst to the API, with the
// baseline capacity; right, the hybrid's monthly cost against baseline replicas with
// its optimum marked.
class HybridCharts : public QWidget, public ChartPanel
{
    Q_OBJECT

public:
    explicit HybridCharts(QWidget *parent = nullptr);
    void setResults(const Scenario &scenario, const Evaluation &evaluation) override;
    QList<QChartView *> chartViews() override { return {m_weekView, m_replicasView}; }
    void setDraft(bool draft) override;

    QChartView *weekView() const { return m_weekView; }
    QChartView *replicasView() const { return m_replicasView; }

private:
    void fitNiceRange(QValueAxis *axis, double low, double high);

    QChartView *m_weekView;
    QChartView *m_replicasView;
    QAreaSeries *m_selfArea;
    QAreaSeries *m_batchArea;
    QLineSeries *m_interactiveUpper;
    QLineSeries *m_batchUpper; // the self-hosted load while batch is shown, else empty
    QLineSeries *m_selfUpper;
    QLineSeries *m_burstUpper;
    QLineSeries *m_capacity;
    QValueAxis *m_loadAxis;
    QLineSeries *m_costLine;
    QScatterSeries *m_optimum;
    QValueAxis *m_replicasAxis;
    QValueAxis *m_costAxis;
};

} // namespace planner
