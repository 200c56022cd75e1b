// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfoliotext.h"

#include "format.h"

#include <QCoreApplication>

#include <cmath>

namespace planner {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("planner::PortfolioText", text);
}

// Against deciding each workload alone; differences under half a dollar read as none.
QString savingClause(double savingUsdPerMonth)
{
    if (savingUsdPerMonth >= 0.5)
        return tr("%1 less than deciding each alone").arg(format::money(savingUsdPerMonth));
    if (savingUsdPerMonth <= -0.5)
        return tr("%1 more than deciding each alone").arg(format::money(-savingUsdPerMonth));
    return tr("the same as deciding each alone");
}

QString selfhostClause(const Portfolio &p, const QStringList &selfhosted)
{
    if (p.planOption != Option::Hybrid || !p.planHybridReplicas)
        return tr("Self-host %1 on one fleet").arg(listOfNames(selfhosted));
    const double k = *p.planHybridReplicas;
    return (k == 1 ? tr("Self-host %1 on %2 replica (hybrid, peaks to their APIs)")
                   : tr("Self-host %1 on %2 replicas (hybrid, peaks to their APIs)"))
        .arg(listOfNames(selfhosted), format::number(k, 0));
}

} // namespace

QString listOfNames(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return tr("%1 and %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

QString planSentence(const Portfolio &p)
{
    QStringList selfhosted;
    QStringList kept;
    for (const WorkloadVerdict &w : p.workloads)
        (w.inPlan ? selfhosted : kept) << w.name;
    QString plan;
    if (selfhosted.isEmpty()) {
        plan = tr("Keep every workload on its API");
    } else {
        plan = selfhostClause(p, selfhosted);
        if (!kept.isEmpty())
            plan += (kept.size() == 1 ? tr("; keep %1 on its API") : tr("; keep %1 on their APIs"))
                        .arg(listOfNames(kept));
    }
    return tr("%1: %2 a month, %3.")
        .arg(plan, format::money(p.planUsdPerMonth), savingClause(p.poolingSavingUsdPerMonth));
}

QString planCell(const Portfolio &p)
{
    const QString cost = format::money(p.planUsdPerMonth);
    if (p.planSelfhosted.isEmpty())
        return tr("%1: all on their APIs").arg(cost);
    return tr("%1: %2 of %3 self-hosted (%4)")
        .arg(cost)
        .arg(p.planSelfhosted.size())
        .arg(p.workloads.size())
        .arg(p.planOption == Option::Hybrid ? tr("hybrid") : tr("one fleet"));
}

QString planPlace(const WorkloadVerdict &verdict)
{
    return verdict.inPlan ? tr("Self-hosted") : tr("On its API");
}

} // namespace planner
