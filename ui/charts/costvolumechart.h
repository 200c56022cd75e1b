// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartpanel.h"

#include <QChartView>

class QAreaSeries;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QLogValueAxis;

namespace planner {

// Chart 1: monthly cost of the API, self-hosting (its replica steps sharp) and the hybrid against
// volume on log axes, with the current volume and the breakeven volume marked, and the window
// between first crossover and breakeven shaded where they differ.
class CostVolumeChart : public QChartView, public ChartPanel
{
    Q_OBJECT

public:
    explicit CostVolumeChart(QWidget *parent = nullptr);
    void setResults(const Scenario &scenario, const Evaluation &evaluation) override;
    QList<QChartView *> chartViews() override { return {this}; }

    QLineSeries *apiSeries() const { return m_api; }
    QLineSeries *hybridSeries() const { return m_hybrid; }

private:
    void placeLabels();

    QLogValueAxis *m_x;
    QLogValueAxis *m_y;
    QLineSeries *m_api;
    QLineSeries *m_selfhost;
    QLineSeries *m_hybrid;
    QLineSeries *m_current;
    QLineSeries *m_breakeven;
    QLineSeries *m_windowUpper;
    QLineSeries *m_windowLower;
    QAreaSeries *m_window;
    QGraphicsSimpleTextItem *m_breakevenText;
    QGraphicsSimpleTextItem *m_currentText;
    double m_breakevenVolume = 0;
    double m_currentVolume = 0;
};

} // namespace planner
