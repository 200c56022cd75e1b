// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariofields.h"

#include "trafficprofiles.h"

#include <QLocale>

namespace planner {
namespace {

// Ceilings beyond the cost model's own ranges: far above any real plan, low enough that every
// product of inputs stays finite in double precision.
constexpr double MaxVolume = 1e9;
constexpr double MaxPrice = 1e6;
constexpr double MaxMoney = 1e12;
constexpr double MaxRate = 1e9;
constexpr double MinRate = 1e-3; // throughputs and utilizations: "> 0" made concrete
constexpr double MaxReplicas = 1e6;

constexpr bool Open = false;
constexpr bool Closed = true;

const NumericField fields[] = {
    {"workload", "volume_mtok_per_month", &Scenario::volumeMtokPerMonth, 0, Open, MaxVolume, Closed,
     false, "Mtok/month", "Volume",
     "All tokens (input + output) per month, in millions. The API bill grows in proportion; "
     "self-hosting's cost per token falls as the GPUs it pays for get busier."},
    {"workload", "output_fraction", &Scenario::outputFraction, 0, Closed, 1, Closed, false, "",
     "Output share",
     "Share of the volume that is generated (output) tokens. Output tokens cost more on an API "
     "and are slower to generate on a GPU."},
    {"workload", "monthly_growth", &Scenario::monthlyGrowth, -0.5, Closed, 1, Closed, false,
     "per month", "Monthly growth",
     "Volume growth per month, used for the planning horizon and the payback month."},
    {"api", "input_usd_per_mtok", &Scenario::inputUsdPerMtok, 0, Closed, MaxPrice, Closed, false,
     "USD/Mtok", "API input price", "The provider's list price for input (prompt) tokens."},
    {"api", "output_usd_per_mtok", &Scenario::outputUsdPerMtok, 0, Closed, MaxPrice, Closed, false,
     "USD/Mtok", "API output price", "The provider's list price for output (generated) tokens."},
    {"api", "cached_input_usd_per_mtok", &Scenario::cachedInputUsdPerMtok, 0, Closed, MaxPrice,
     Closed, false, "USD/Mtok", "API cached input price",
     "Price of input tokens served from the provider's prompt cache."},
    {"api", "cached_input_fraction", &Scenario::cachedInputFraction, 0, Closed, 1, Closed, false,
     "", "Cached input share",
     "Share of input tokens that hit the prompt cache. More hits lower the API bill."},
    {"api", "batch_fraction", &Scenario::batchFraction, 0, Closed, 1, Closed, false, "",
     "Batch share", "Share of traffic sent through the provider's batch API."},
    {"api", "batch_discount", &Scenario::batchDiscount, 0, Closed, 1, Closed, false, "",
     "Batch discount", "Discount of the batch API on that share (0.5 = half price)."},
    {"selfhost", "gpu_hourly_usd", &Scenario::gpuHourlyUsd, 0, Closed, MaxPrice, Closed, false,
     "USD/h", "GPU price",
     "Price of one GPU-hour, rented or owned. Self-hosting's GPU bill moves in proportion."},
    {"selfhost", "ondemand_gpu_hourly_usd", &Scenario::ondemandGpuHourlyUsd, 0, Closed, MaxPrice,
     Closed, false, "USD/h", "On-demand GPU price",
     "Price of one GPU-hour rented by the hour above the always-on fleet (autoscale). 0 = the "
     "GPU price."},
    {"selfhost", "scale_up_minutes", &Scenario::scaleUpMinutes, 0, Closed, 60, Closed, false,
     "minutes", "Start-up time",
     "Paid minutes before a newly started replica serves (GPU start, model load); autoscale."},
    {"selfhost", "gpus_per_replica", &Scenario::gpusPerReplica, 1, Closed, 4096, Closed, true,
     "GPUs", "GPUs per replica",
     "GPUs that together serve one copy of the model (tensor parallel)."},
    {"selfhost", "prefill_tok_per_s", &Scenario::prefillTokPerS, MinRate, Closed, MaxRate, Closed,
     false, "tok/s", "Prefill rate",
     "One replica's saturated rate for input tokens. Higher means fewer replicas."},
    {"selfhost", "decode_tok_per_s", &Scenario::decodeTokPerS, MinRate, Closed, MaxRate, Closed,
     false, "tok/s", "Decode rate",
     "One replica's saturated rate for output tokens. Higher means fewer replicas."},
    {"selfhost", "mixed_tok_per_s", &Scenario::mixedTokPerS, 0, Closed, MaxRate, Closed, false,
     "tok/s", "Measured mixed rate",
     "One replica's measured total tokens per second at this workload's mix. When set (> 0) it "
     "replaces the prefill and decode rates."},
    {"selfhost", "average_utilization", &Scenario::averageUtilization, MinRate, Closed, 1, Closed,
     false, "", "Average utilization",
     "Busy share of paid GPU time (utilization provisioning). Halving it doubles the GPU cost "
     "per token."},
    {"selfhost", "max_utilization", &Scenario::maxUtilization, MinRate, Closed, 1, Closed, false,
     "", "Peak utilization target",
     "The busiest a replica may run before another is added: headroom for latency. Lower "
     "means more replicas."},
    {"selfhost", "min_replicas", &Scenario::minReplicas, 0, Closed, MaxReplicas, Closed, true,
     "replicas", "Minimum replicas",
     "Replicas that are always on, however low the load. 0 lets autoscale scale to zero."},
    {"selfhost", "spare_replicas", &Scenario::spareReplicas, 0, Closed, MaxReplicas, Closed, true,
     "replicas", "Spare replicas",
     "Extra replicas kept for failures (N+1). Each adds a month of GPU time."},
    {"overhead", "engineer_fte", &Scenario::engineerFte, 0, Closed, 1e4, Closed, false, "FTE",
     "Engineers", "People running the serving stack, in full-time equivalents."},
    {"overhead", "engineer_annual_usd", &Scenario::engineerAnnualUsd, 0, Closed, 1e8, Closed, false,
     "USD/year", "Engineer cost", "Fully loaded yearly cost of one engineer."},
    {"overhead", "oncall_monthly_usd", &Scenario::oncallMonthlyUsd, 0, Closed, MaxMoney, Closed,
     false, "USD/month", "On-call", "On-call pay for the self-hosted stack."},
    {"overhead", "other_monthly_usd", &Scenario::otherMonthlyUsd, 0, Closed, MaxMoney, Closed,
     false, "USD/month", "Other running costs", "Monitoring, storage, egress."},
    {"overhead", "model_updates_per_year", &Scenario::modelUpdatesPerYear, 0, Closed, 1e4, Closed,
     false, "per year", "Model updates", "Model evaluations and roll-outs per year."},
    {"overhead", "model_update_usd", &Scenario::modelUpdateUsd, 0, Closed, MaxMoney, Closed, false,
     "USD", "Cost per update", "The cost of one model evaluation and roll-out."},
    {"overhead", "setup_usd", &Scenario::setupUsd, 0, Closed, MaxMoney, Closed, false, "USD",
     "Setup cost", "One-time cost to build the serving stack, spread over the planning horizon."},
    {"analysis", "horizon_months", &Scenario::horizonMonths, 1, Closed, 120, Closed, true, "months",
     "Planning horizon", "Months over which the setup cost is spread and payback sought."},
    {"analysis", "seed", &Scenario::seed, 0, Closed, 4294967295.0, Closed, true, "", "Seed",
     "Seed of the random generator for the uncertainty analysis."},
    {"analysis", "samples", &Scenario::samples, 100, Closed, 1e6, Closed, true, "samples",
     "Samples", "Monte Carlo sample count for the uncertainty analysis."},
};

} // namespace

std::span<const NumericField> numericFields()
{
    return fields;
}

const NumericField *findNumericField(QStringView key)
{
    for (const NumericField &field : fields) {
        const QString qualified = QLatin1String(field.group) + u'.' + QLatin1String(field.key);
        if (key == QLatin1String(field.key) || key == qualified)
            return &field;
    }
    return nullptr;
}

QString rangeText(const NumericField &field)
{
    return field.validRange().text();
}

QString checkValue(const NumericField &field, double value)
{
    if (field.validRange().contains(value))
        return {};
    return QStringLiteral("%1.%2: %3 is out of range (%4)")
        .arg(QLatin1String(field.group), QLatin1String(field.key), formatValueForMessage(value),
             rangeText(field));
}

QString checkRange(const NumericField &field, const TriangularRange &range)
{
    for (double value : {range.low, range.mode, range.high}) {
        if (QString error = checkValue(field, value); !error.isEmpty())
            return error;
    }
    if (range.low <= range.mode && range.mode <= range.high)
        return {};
    return QStringLiteral("%1.%2: the range needs low <= mode <= high, got %3, %4, %5")
        .arg(QLatin1String(field.group), QLatin1String(field.key), formatValueForMessage(range.low),
             formatValueForMessage(range.mode), formatValueForMessage(range.high));
}

QString applyOverride(Scenario &scenario, QStringView assignment)
{
    const qsizetype equals = assignment.indexOf(u'=');
    if (equals <= 0)
        return QStringLiteral("--set expects KEY=VALUE, got \"%1\"").arg(assignment);
    QStringView key = assignment.left(equals).trimmed();
    const QStringView value = assignment.mid(equals + 1).trimmed();

    if (key == u"profile" || key == u"workload.profile") {
        const auto preset = trafficPreset(value);
        if (!preset)
            return QStringLiteral("workload.profile: unknown preset \"%1\" (one of %2)")
                .arg(value, trafficPresetNames().join(QStringLiteral(", ")));
        scenario.profile = *preset;
        return {};
    }
    if (key == u"provisioning" || key == u"selfhost.provisioning") {
        if (!provisioningFromKey(value, scenario.provisioning))
            return QStringLiteral("selfhost.provisioning: unknown mode \"%1\" (utilization, fixed "
                                  "or autoscale)")
                .arg(value);
        return {};
    }
    for (auto [name, member] :
         {std::pair {u"hybrid_failover_to_api", &Scenario::hybridFailoverToApi},
          std::pair {u"batch_fills_valleys", &Scenario::batchFillsValleys}}) {
        if (key != QStringView(name) && key != QStringLiteral("selfhost.").append(name))
            continue;
        if (value != u"true" && value != u"false")
            return QStringLiteral("selfhost.%1: \"%2\" is not true or false")
                .arg(QStringView(name), value);
        scenario.*member = value == u"true";
        return {};
    }
    if (key == u"name") {
        scenario.name = value.toString();
        return {};
    }

    const NumericField *field = findNumericField(key);
    if (!field)
        return QStringLiteral("--set: unknown key \"%1\"").arg(key);
    bool ok = false;
    const double number = QLocale::c().toDouble(value, &ok);
    if (!ok)
        return QStringLiteral("%1.%2: \"%3\" is not a number")
            .arg(QLatin1String(field->group), QLatin1String(field->key), value);
    if (QString error = checkValue(*field, number); !error.isEmpty())
        return error;
    scenario.*(field->member) = number;
    scenario.ranges.remove(QLatin1String(field->key));
    forgetReplacedOwnedGpu(scenario);
    return {};
}

} // namespace planner
