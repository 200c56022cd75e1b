// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadediting.h"

#include <QCoreApplication>

#include <algorithm>

namespace planner {
namespace {

// The api group's inputs an API model preset sets (see applyApiModel()).
constexpr const char *ApiModelKeys[]
    = {"input_usd_per_mtok", "output_usd_per_mtok", "cached_input_usd_per_mtok", "batch_discount"};

// The scenario as a list of workloads: itself when it is one already, else its single workload.
// The workload group's ranges go with the conversion: a workload's inputs may not be ranges.
Scenario asList(const Scenario &scenario)
{
    if (!scenario.workloads.isEmpty())
        return scenario;
    Scenario listed = scenario;
    Workload first;
    first.name = firstWorkloadName();
    first.volumeMtokPerMonth = scenario.volumeMtokPerMonth;
    first.outputFraction = scenario.outputFraction;
    first.profile = scenario.profile;
    listed.workloads = {first};
    for (const NumericField &field : numericFields()) {
        if (isPerWorkload(field))
            listed.ranges.remove(QLatin1String(field.key));
    }
    return listed;
}

} // namespace

bool isPerWorkload(const NumericField &field)
{
    return qstrcmp(field.group, "workload") == 0 && qstrcmp(field.key, "monthly_growth") != 0;
}

double totalVolumeMtokPerMonth(const Scenario &scenario)
{
    if (scenario.workloads.isEmpty())
        return scenario.volumeMtokPerMonth;
    double total = 0;
    for (const Workload &w : scenario.workloads)
        total += w.volumeMtokPerMonth;
    return total;
}

QString firstWorkloadName()
{
    return QCoreApplication::translate("planner", "main");
}

QString uniqueWorkloadName(const QList<Workload> &workloads, const QString &base)
{
    const auto taken = [&workloads](const QString &name) {
        return std::ranges::any_of(workloads,
                                   [&name](const Workload &w) { return w.name == name; });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

Scenario withWorkloadAdded(const Scenario &scenario)
{
    Scenario next = asList(scenario);
    if (next.workloads.size() >= MaxWorkloads)
        return scenario;
    const Scenario defaults = defaultScenario();
    Workload added;
    added.name = uniqueWorkloadName(
        next.workloads,
        QCoreApplication::translate("planner", "workload %1").arg(next.workloads.size() + 1));
    added.volumeMtokPerMonth = defaults.volumeMtokPerMonth;
    added.outputFraction = defaults.outputFraction;
    added.profile = defaults.profile;
    next.workloads.append(added);
    return next;
}

Scenario withWorkloadDuplicated(const Scenario &scenario, int index)
{
    Scenario next = asList(scenario);
    if (next.workloads.size() >= MaxWorkloads || index < 0 || index >= next.workloads.size())
        return scenario;
    Workload copy = next.workloads[index];
    copy.name = uniqueWorkloadName(
        next.workloads, QCoreApplication::translate("planner", "%1 copy").arg(copy.name));
    next.workloads.insert(index + 1, copy);
    return next;
}

Scenario withWorkloadRemoved(const Scenario &scenario, int index)
{
    if (index < 0 || index >= scenario.workloads.size())
        return scenario;
    Scenario next = scenario;
    next.workloads.removeAt(index);
    if (next.workloads.size() > 1)
        return next;
    Scenario plain = workloadScenario(next, 0);
    plain.name = scenario.name; // the scenario keeps its name; the workload's goes with the list
    return plain;
}

QMap<QString, double> apiModelOverrides(const ApiModelPreset &preset)
{
    Scenario priced;
    applyApiModel(priced, preset);
    QMap<QString, double> overrides;
    for (const char *key : ApiModelKeys)
        overrides.insert(QLatin1String(key),
                         priced.*(findNumericField(QString::fromLatin1(key))->member));
    return overrides;
}

const ApiModelPreset *matchingApiModel(const QMap<QString, double> &overrides)
{
    for (const ApiModelPreset &preset : builtinPresets().apiModels) {
        if (apiModelOverrides(preset) == overrides)
            return &preset;
    }
    return nullptr;
}

} // namespace planner
