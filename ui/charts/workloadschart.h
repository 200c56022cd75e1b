// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartpanel.h"
#include "portfolio.h"

#include <QWidget>

class QAbstractAxis;
class QAreaSeries;
class QLineSeries;
class QTableView;
class QValueAxis;

namespace planner {

class WorkloadTableModel;

// Several workloads on one fleet (cost model, section 11): the plan's week stacked by workload in
// busy replicas per hour, each workload in its colour with the batch work moved into the valleys
// hatched above in the same colour, the capacity the plan provides as a dark dashed line and the
// bursts above it; beside it, the table of each workload's API cost, its verdict alone and its
// place in the plan. Empty for a scenario without a workloads list.
class WorkloadsChart : public QWidget, public ChartPanel
{
    Q_OBJECT

public:
    explicit WorkloadsChart(QWidget *parent = nullptr);
    void setResults(const Scenario &scenario, const Evaluation &evaluation) override;
    // Draws a plan worked out already (planPortfolio(scenario)).
    void setPlan(const Scenario &scenario, const Portfolio &portfolio);
    // planPortfolio(scenario), worked out once per scenario: the window's headline states the
    // plan this tab draws, and the search over subsets is the dearest part of a slider step.
    const Portfolio &planOf(const Scenario &scenario);
    QList<QChartView *> chartViews() override { return {m_weekView}; }
    void setDraft(bool) override { } // hourly steps: never antialiased (as the hybrid's week)

    QChartView *weekView() const { return m_weekView; }
    QTableView *table() const { return m_table; }
    WorkloadTableModel *model() const { return m_model; }
    // The area of plotted workload i's own traffic, and of its batch in the valleys.
    QAreaSeries *trafficArea(int i) const { return m_bands.value(2 * i).area; }
    QAreaSeries *batchArea(int i) const { return m_bands.value(2 * i + 1).area; }
    QAreaSeries *burstArea() const { return m_burst.area; }
    QLineSeries *capacityLine() const { return m_capacity; }
    QValueAxis *busyAxis() const { return m_busyAxis; }

    // The colour of the workload at index i of the scenario's list, the same in table and chart.
    static QColor colorOf(int index);
    // The legend's name of a workload's batch moved into the quiet hours, hatched in its colour.
    static QString batchName(const QString &workload);
    // That hatching: diagonal stripes of color on a pale tint of it, so that even a legend
    // marker's few pixels read as the workload's colour.
    static QBrush batchBrush(const QColor &color);
    // The legend's name of the capacity line: the fleet's busy capacity (n_h * u_max), or what
    // the hybrid's always-on replicas carry (k* * u_max).
    static QString capacityName(Option planOption);

private:
    struct Band
    {
        QLineSeries *upper = nullptr;
        QLineSeries *lower = nullptr;
        QAreaSeries *area = nullptr;
    };
    Band addBand(const QColor &color);
    void rebuildBands(qsizetype plotted);
    void setBand(const Band &band, const QList<QPointF> &lower, const QList<QPointF> &upper);

    QChartView *m_weekView;
    QTableView *m_table;
    WorkloadTableModel *m_model;
    Scenario m_plannedScenario;
    Portfolio m_plan;
    QList<Band> m_bands; // per plotted workload: its traffic, then its batch in the valleys
    Band m_burst;
    QLineSeries *m_capacity = nullptr;
    QAbstractAxis *m_days;
    QValueAxis *m_busyAxis;
};

} // namespace planner
