// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portfolio.h"

#include <QAbstractTableModel>

namespace planner {

// One row per workload of the plan (cost model, section 11.3), in file order: its API cost, its
// cheapest option and cost decided alone, and where the plan puts it. Each name carries the
// workload's colour in the stacked week.
class WorkloadTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, ApiCost, AloneOption, AloneCost, InPlan, ColumnCount };

    explicit WorkloadTableModel(QObject *parent = nullptr);
    void setResults(const Scenario &scenario, const Portfolio &portfolio);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const WorkloadVerdict &verdict, bool selfhostOk, int column) const;

    QList<WorkloadVerdict> m_rows;
    QList<bool> m_selfhostOk;
};

} // namespace planner
