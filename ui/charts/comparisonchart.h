// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costengine.h"

#include <QChartView>

namespace planner {

// Two to four scenarios' monthly cost curves overlaid on log axes, a colour per scenario: the
// self-host curve solid and wide, the API thin, and a dot on each at its own volume.
class ComparisonChart : public QChartView
{
    Q_OBJECT

public:
    explicit ComparisonChart(QWidget *parent = nullptr);
    void setScenarios(const QList<Scenario> &scenarios, const QList<Evaluation> &evaluations);

    static QColor colorOf(int index);
    static QString letterOf(int index); // "A" to "D"
};

} // namespace planner
