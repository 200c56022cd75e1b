// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartpanel.h"
#include "uncertainty.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace planner {

// Which input matters most: the monthly savings when each input moves by -p% and +p%, as bars
// either side of the current savings, the largest swing on top.
class TornadoChart : public QChartView, public ChartPanel
{
    Q_OBJECT

public:
    explicit TornadoChart(QWidget *parent = nullptr);
    // The scenario's inputs moved by Percent each way.
    void setResults(const Scenario &scenario, const Evaluation &evaluation) override;
    QList<QChartView *> chartViews() override { return {this}; }
    void setRows(const QList<SensitivityRow> &rows, double baseSavings, double percent);

    static constexpr int Rows = 6;
    static constexpr double Percent = 20;

private:
    QBarSet *m_lower;
    QBarSet *m_higher;
    QBarCategoryAxis *m_inputs;
    QValueAxis *m_change;
};

} // namespace planner
