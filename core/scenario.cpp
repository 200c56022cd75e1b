// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

#include "scenariofields.h"
#include "trafficprofiles.h"

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

Outcome<> validate(const Scenario &scenario)
{
    QStringList errors;
    for (const NumericField &field : numericFields())
        errors << checkValue(field, scenario.*(field.member)).errors;
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
    if (scenario.ownedGpu) {
        const QStringList ownedErrors = validate(*scenario.ownedGpu).errors;
        errors << ownedErrors;
        const double owned = ownedGpuHourlyUsd(*scenario.ownedGpu);
        if (ownedErrors.isEmpty()
            && std::abs(scenario.gpuHourlyUsd - owned) > OwnedGpuPriceToleranceUsd)
            errors << QStringLiteral("selfhost.gpu_hourly_usd: %1 differs from the %2 that "
                                     "selfhost.owned_gpu gives")
                          .arg(QString::number(scenario.gpuHourlyUsd), QString::number(owned));
    }
    double total = 0;
    for (int h = 0; h < HoursPerWeek; ++h) {
        const double w = scenario.profile.weights[h];
        if (!std::isfinite(w) || w < 0 || w > 1e12) {
            errors << QStringLiteral(
                          "workload.profile.hourly_weights[%1]: %2 is out of range (0..1e12)")
                          .arg(h)
                          .arg(formatValueForMessage(w));
            return checkOutcome(errors);
        }
        total += w;
    }
    if (total <= 0)
        errors << QStringLiteral(
            "workload.profile.hourly_weights: all 168 weights are 0 (at least one must be > 0)");
    return checkOutcome(errors);
}

} // namespace planner
