// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costengine.h"

#include <QDialog>

class QTableWidget;

namespace planner {

class ComparisonChart;

// Two to four scenarios side by side: their cost curves overlaid, their key figures in a table
// with the cheapest option of each (and the plan of each with several workloads), and the
// comparison as a PDF.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareDialog(const QList<Scenario> &scenarios, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    void addPlanRow();
    void fitTableToRows();

    QList<Scenario> m_scenarios;
    ComparisonChart *m_chart;
    QTableWidget *m_table;
};

} // namespace planner
