// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uncertainty.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace planner {

// Which input matters most: the monthly savings when each input moves by -p% and +p%, as bars
// either side of the current savings, the largest swing on top.
class TornadoChart : public QChartView
{
    Q_OBJECT

public:
    explicit TornadoChart(QWidget *parent = nullptr);
    void setRows(const QList<SensitivityRow> &rows, double baseSavings, double percent);

    static constexpr int Rows = 6;

private:
    QBarSet *m_lower;
    QBarSet *m_higher;
    QBarCategoryAxis *m_inputs;
    QValueAxis *m_change;
};

} // namespace planner
