// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

#include "scenariofields.h"
#include "trafficprofiles.h"

#include <algorithm>
#include <cmath>

namespace planner {

QString provisioningKey(Provisioning mode)
{
    switch (mode) {
    case Provisioning::Utilization:
        return QStringLiteral("utilization");
    case Provisioning::Fixed:
        return QStringLiteral("fixed");
    case Provisioning::Autoscale:
        return QStringLiteral("autoscale");
    }
    return {};
}

bool provisioningFromKey(QStringView key, Provisioning &mode)
{
    for (Provisioning candidate :
         {Provisioning::Utilization, Provisioning::Fixed, Provisioning::Autoscale}) {
        if (key == provisioningKey(candidate)) {
            mode = candidate;
            return true;
        }
    }
    return false;
}

Scenario defaultScenario()
{
    Scenario s;
    s.name = QStringLiteral("Llama 3.3 70B: 2x H100 vs hosted API");
    s.notes = QStringLiteral(
        "RAG-shaped requests (5000 input / 500 output tokens) with a day/night rhythm. "
        "Throughput: TensorRT-LLM v1.0, Llama 3.3 70B FP8 on 2x H100 SXM, 898 output tok/s at "
        "5000/500 = 9,878 tok/s in total. GPU: H100 median of 37 providers, $2.95/GPU-h "
        "(2026-05-20). API: Together AI Llama 3.3 70B Turbo, $0.88/Mtok in and out (LiteLLM, "
        "2026-07-24). Engineer: BLS median software developer wage x 1.42 loaded = $190k/yr; "
        "0.2 FTE, $1,800/month supporting infrastructure and $40k set-up for rented GPUs "
        "(ConfigIQ defaults). On-call and model-update costs are assumptions.");

    s.volumeMtokPerMonth = 30000;
    s.outputFraction = 500.0 / 5500.0;
    s.profile = *trafficPreset(u"diurnal");
    s.monthlyGrowth = 0.03;

    s.inputUsdPerMtok = 0.88;
    s.outputUsdPerMtok = 0.88;
    s.cachedInputUsdPerMtok = 0.88;
    s.cachedInputFraction = 0;
    s.batchFraction = 0;
    s.batchDiscount = 0.5;

    s.gpuHourlyUsd = 2.95;
    s.gpusPerReplica = 2;
    s.prefillTokPerS = 9878; // no separate prefill/decode split measured: both at the mixed rate
    s.decodeTokPerS = 9878;
    s.mixedTokPerS = 9878;
    s.provisioning = Provisioning::Autoscale;
    s.averageUtilization = 0.6;
    s.maxUtilization = 0.8;
    s.minReplicas = 1;
    s.spareReplicas = 1;

    s.engineerFte = 0.2;
    s.engineerUsdPerYear = 190000;
    s.oncallUsdPerMonth = 1000;
    s.otherUsdPerMonth = 1800;
    s.modelUpdatesPerYear = 4;
    s.modelUpdateUsd = 2500;
    s.setupUsd = 40000;

    s.horizonMonths = 24;
    s.seed = 1;
    s.samples = 10000;
    return s;
}

namespace {

// The profile's weights: each finite and in 0..1e12, not all 0. path is the profile's key.
void checkProfile(const TrafficProfile &profile, const QString &path, QStringList &errors)
{
    constexpr ValueRange MaxHourlyWeightRange {0, true, 1e12, true, false};
    double total = 0;
    for (int h = 0; h < HoursPerWeek; ++h) {
        const double w = profile.weights[h];
        if (!MaxHourlyWeightRange.contains(w)) {
            errors << outOfRangeMessage(QStringLiteral("%1.hourly_weights[%2]").arg(path).arg(h),
                                        QStringLiteral("An hour's weight"), {},
                                        MaxHourlyWeightRange, w);
            return;
        }
        total += w;
    }
    if (total <= 0)
        errors << QStringLiteral(
                      "%1.hourly_weights: all 168 weights are 0 (at least one must be > 0)")
                      .arg(path);
}

void checkRanges(const Scenario &scenario, QStringList &errors)
{
    for (auto it = scenario.ranges.begin(); it != scenario.ranges.end(); ++it) {
        const NumericField *field = findNumericField(it.key());
        if (!field) {
            errors << QStringLiteral("%1: not a numeric input, so it cannot have a range")
                          .arg(it.key());
            continue;
        }
        if (const Outcome<> check = checkRange(*field, *it); !check.ok())
            errors << check.errors;
        else if (it->mode != scenario.*(field->member))
            errors << QStringLiteral("%1.%2: the range's mode %3 differs from the value %4")
                          .arg(QLatin1String(field->group), QLatin1String(field->key),
                               formatValueForMessage(it->mode),
                               formatValueForMessage(scenario.*(field->member)));
    }
}

void checkOwnedGpu(const Scenario &scenario, QStringList &errors)
{
    if (!scenario.ownedGpu)
        return;
    const QStringList ownedErrors = validate(*scenario.ownedGpu).errors;
    errors << ownedErrors;
    const double owned = ownedGpuHourlyUsd(*scenario.ownedGpu);
    if (ownedErrors.isEmpty()
        && std::abs(scenario.gpuHourlyUsd - owned) > OwnedGpuPriceToleranceUsd)
        errors << QStringLiteral("selfhost.gpu_hourly_usd: %1 differs from the %2 that "
                                 "selfhost.owned_gpu gives")
                      .arg(QString::number(scenario.gpuHourlyUsd), QString::number(owned));
}

// Workload `index`'s own inputs (section 11.1), each error naming the workload and the field.
void checkWorkload(const Scenario &scenario, int index, QStringList &errors)
{
    const Workload &w = scenario.workloads[index];
    const QString label = workloadLabel(index, w.name);
    if (w.name.trimmed().isEmpty())
        errors << QStringLiteral("%1.name: empty (each workload needs a name)").arg(label);
    for (int other = 0; other < index; ++other) {
        if (scenario.workloads[other].name == w.name && !w.name.trimmed().isEmpty()) {
            errors << QStringLiteral("%1.name: \"%2\" is also the name of workloads[%3]")
                          .arg(label, w.name)
                          .arg(other);
            break;
        }
    }
    const std::pair<const char *, double> own[] = {
        {"workload.volume_mtok_per_month", w.volumeMtokPerMonth},
        {"workload.output_fraction", w.outputFraction},
    };
    for (const auto &[key, value] : own) {
        const NumericField &field = *findNumericField(QString::fromLatin1(key));
        errors << checkValueAt(field, value, label + u'.' + QLatin1String(field.key)).errors;
    }
    checkProfile(w.profile, label + QStringLiteral(".profile"), errors);
    for (auto it = w.apiOverrides.begin(); it != w.apiOverrides.end(); ++it) {
        const QString path = label + QStringLiteral(".api.") + it.key();
        const NumericField *field = findNumericField(QStringLiteral("api.") + it.key());
        if (!field)
            errors << QStringLiteral("%1: not an input of the api group").arg(path);
        else
            errors << checkValueAt(*field, *it, path).errors;
    }
}

void checkRangesOfWorkloads(const Scenario &scenario, QStringList &errors)
{
    for (const QString &key : rangesNotRead(scenario)) {
        const NumericField *field = findNumericField(key);
        const QString path = QLatin1String(field->group) + u'.' + key;
        if (field->member == &Scenario::volumeMtokPerMonth
            || field->member == &Scenario::outputFraction) {
            const QString own = field->member == &Scenario::volumeMtokPerMonth
                ? QStringLiteral("volume")
                : QStringLiteral("output fraction");
            errors << QStringLiteral("%1: not used when the scenario has a workloads list; give "
                                     "each workload its own %2")
                          .arg(path, own);
        } else {
            errors << QStringLiteral("%1: not used, since every workload gives its own %2 in its "
                                     "api group; a workload's inputs cannot be ranges")
                          .arg(path, key);
        }
    }
}

void checkWorkloads(const Scenario &scenario, QStringList &errors)
{
    checkRangesOfWorkloads(scenario, errors);
    if (scenario.workloads.size() > MaxWorkloads)
        errors << QStringLiteral("workloads: %1 workloads (at most %2)")
                      .arg(scenario.workloads.size())
                      .arg(MaxWorkloads);
    for (int i = 0; i < scenario.workloads.size(); ++i)
        checkWorkload(scenario, i, errors);
}

} // namespace

QString workloadLabel(int index, const QString &name)
{
    const QString position = QStringLiteral("workloads[%1]").arg(index);
    return name.isEmpty() ? position : QStringLiteral("%1 \"%2\"").arg(position, name);
}

Scenario workloadScenario(const Scenario &scenario, int index)
{
    const Workload &w = scenario.workloads.at(index);
    Scenario s = scenario;
    s.workloads.clear();
    s.name = w.name;
    s.volumeMtokPerMonth = w.volumeMtokPerMonth;
    s.outputFraction = w.outputFraction;
    s.profile = w.profile;
    s.ranges.remove(QStringLiteral("volume_mtok_per_month"));
    s.ranges.remove(QStringLiteral("output_fraction"));
    for (auto it = w.apiOverrides.begin(); it != w.apiOverrides.end(); ++it) {
        s.*(findNumericField(QStringLiteral("api.") + it.key())->member) = *it;
        s.ranges.remove(it.key()); // a range around the shared price no longer describes it
    }
    return s;
}

QStringList rangesNotRead(const Scenario &scenario)
{
    QStringList keys;
    if (scenario.workloads.isEmpty())
        return keys;
    for (auto it = scenario.ranges.begin(); it != scenario.ranges.end(); ++it) {
        const NumericField *field = findNumericField(it.key());
        if (!field)
            continue; // not an input at all: refused by checkRanges()
        const bool perWorkload = field->member == &Scenario::volumeMtokPerMonth
            || field->member == &Scenario::outputFraction;
        const bool overriddenEverywhere = QLatin1String(field->group) == u"api"
            && std::all_of(scenario.workloads.begin(), scenario.workloads.end(),
                           [&](const Workload &w) { return w.apiOverrides.contains(it.key()); });
        if (perWorkload || overriddenEverywhere)
            keys << it.key();
    }
    return keys;
}

Outcome<> validate(const Scenario &scenario)
{
    QStringList errors;
    for (const NumericField &field : numericFields())
        errors << checkValue(field, scenario.*(field.member)).errors;
    checkRanges(scenario, errors);
    checkOwnedGpu(scenario, errors);
    checkProfile(scenario.profile, QStringLiteral("workload.profile"), errors);
    checkWorkloads(scenario, errors);
    return checkOutcome(errors);
}

} // namespace planner
