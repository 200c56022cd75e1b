// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadtablemodel.h"

#include "charts/workloadschart.h"
#include "figures.h"
#include "format.h"
#include "portfoliotext.h"

#include <QFont>

namespace planner {

WorkloadTableModel::WorkloadTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void WorkloadTableModel::setResults(const Scenario &scenario, const Portfolio &portfolio)
{
    beginResetModel();
    m_rows = portfolio.workloads;
    m_selfhostOk.clear();
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_selfhostOk << (i < scenario.workloads.size() ? scenario.workloads[i].selfhostOk : true);
    endResetModel();
}

int WorkloadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkloadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkloadTableModel::text(const WorkloadVerdict &verdict, bool selfhostOk, int column) const
{
    switch (column) {
    case Name:
        return verdict.name;
    case ApiCost:
        return format::money(verdict.apiUsdPerMonth);
    case AloneOption:
        return selfhostOk ? optionName(verdict.aloneCheapest) : tr("API (kept on it)");
    case AloneCost:
        return format::money(verdict.aloneUsdPerMonth);
    case InPlan:
        return planPlace(verdict);
    default:
        return {};
    }
}

QVariant WorkloadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkloadVerdict &verdict = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(verdict, m_selfhostOk[index.row()], index.column());
    case Qt::ToolTipRole:
        return index.column() == AloneOption
            ? tr("Decided alone (its own fleet, team and set-up): %1, %2 a month.")
                  .arg(text(verdict, m_selfhostOk[index.row()], AloneOption),
                       format::money(verdict.aloneUsdPerMonth))
            : QVariant();
    case Qt::DecorationRole:
        return index.column() == Name ? QVariant(WorkloadsChart::colorOf(index.row())) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ApiCost || index.column() == AloneCost
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == InPlan && verdict.inPlan) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant WorkloadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Workload");
    case ApiCost:
        return tr("API cost");
    case AloneOption:
        return tr("Alone");
    case AloneCost:
        return tr("Alone cost");
    case InPlan:
        return tr("Plan");
    default:
        return {};
    }
}

} // namespace planner
