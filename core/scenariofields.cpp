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
constexpr double MaxLatencyMs = 1e7;

constexpr bool Open = false;
constexpr bool Closed = true;

// The window's slider: even steps, orders of magnitude, or a share in percent.
constexpr SliderScale linear(double min, double max, int decimals)
{
    return {min, max, false, decimals, false};
}
constexpr SliderScale logarithmic(double min, double max, int decimals)
{
    return {min, max, true, decimals, false};
}
constexpr SliderScale percent(double min, double max, int decimals)
{
    return {min, max, false, decimals, true};
}
constexpr SliderScale NoSlider;

// Where the input panel shows an input; order runs top to bottom within a box and the strip.
constexpr PanelPlace shownIn(PanelBox box, int order)
{
    return {box, order, Lever::No};
}
constexpr PanelPlace mainLever(int order)
{
    return {PanelBox::None, order, Lever::Always};
}
constexpr PanelPlace leverIn(Lever mode, PanelBox box, int order)
{
    return {box, order, mode};
}
constexpr PanelPlace onDemandOnly(PanelPlace place)
{
    place.applies = Applies::WhenRentingOnDemand;
    return place;
}
constexpr PanelPlace NotShown;

const NumericField fields[] = {
    {"workload", "volume_mtok_per_month", &Scenario::volumeMtokPerMonth, 0, Open, MaxVolume, Closed,
     false, "Mtok/month", "Volume",
     "All tokens (input + output) per month, in millions. The API bill grows in proportion; "
     "self-hosting's cost per token falls as the GPUs it pays for get busier.",
     logarithmic(1, 1e6, 0), mainLever(0)},
    {"workload", "output_fraction", &Scenario::outputFraction, 0, Closed, 1, Closed, false, "",
     "Output share",
     "Share of the volume that is generated (output) tokens. Output tokens cost more on an API "
     "and are slower to generate on a GPU.",
     percent(0, 1, 1), shownIn(PanelBox::Workload, 1)},
    {"workload", "monthly_growth", &Scenario::monthlyGrowth, -0.5, Closed, 1, Closed, false,
     "per month", "Monthly growth",
     "Volume growth per month, used for the planning horizon and the payback month.",
     percent(-0.2, 0.3, 1), shownIn(PanelBox::Workload, 2)},
    {"api", "input_usd_per_mtok", &Scenario::inputUsdPerMtok, 0, Closed, MaxPrice, Closed, false,
     "USD/Mtok", "API input price", "The provider's list price for input (prompt) tokens.",
     logarithmic(0.01, 100, 3), shownIn(PanelBox::Api, 1)},
    {"api", "output_usd_per_mtok", &Scenario::outputUsdPerMtok, 0, Closed, MaxPrice, Closed, false,
     "USD/Mtok", "API output price", "The provider's list price for output (generated) tokens.",
     logarithmic(0.01, 100, 3), shownIn(PanelBox::Api, 2)},
    {"api", "cached_input_usd_per_mtok", &Scenario::cachedInputUsdPerMtok, 0, Closed, MaxPrice,
     Closed, false, "USD/Mtok", "API cached input price",
     "Price of input tokens served from the provider's prompt cache.", logarithmic(0.001, 100, 4),
     shownIn(PanelBox::Api, 3)},
    {"api", "cached_input_fraction", &Scenario::cachedInputFraction, 0, Closed, 1, Closed, false,
     "", "Cached input share",
     "Share of input tokens that hit the prompt cache. More hits lower the API bill.",
     percent(0, 1, 0), shownIn(PanelBox::Api, 4)},
    {"api", "batch_fraction", &Scenario::batchFraction, 0, Closed, 1, Closed, false, "",
     "Batch share", "Share of traffic sent through the provider's batch API.", percent(0, 1, 0),
     shownIn(PanelBox::Api, 5)},
    {"api", "batch_discount", &Scenario::batchDiscount, 0, Closed, 1, Closed, false, "",
     "Batch discount", "Discount of the batch API on that share (0.5 = half price).",
     percent(0, 1, 0), shownIn(PanelBox::Api, 6)},
    {"selfhost", "gpu_hourly_usd", &Scenario::gpuHourlyUsd, 0, Closed, MaxPrice, Closed, false,
     "USD/h", "GPU price",
     "Price of one GPU-hour, rented or owned. Self-hosting's GPU bill moves in proportion.",
     linear(0, 15, 2), mainLever(9)},
    {"selfhost", "ondemand_gpu_hourly_usd", &Scenario::ondemandGpuHourlyUsd, 0, Closed, MaxPrice,
     Closed, false, "USD/h", "On-demand GPU price",
     "Price of one GPU-hour rented by the hour above the always-on fleet (autoscale); the GPU "
     "price then pays the always-on minimum and the spares. A higher on-demand price makes every "
     "replica above the minimum dearer, so peaky traffic favours the API or more always-on "
     "replicas. 0 = the GPU price. Not used with owned GPUs.",
     linear(0, 15, 3), onDemandOnly(mainLever(10)), "same as GPU price"},
    {"selfhost", "scale_up_minutes", &Scenario::scaleUpMinutes, 0, Closed, 60, Closed, false,
     "minutes", "Minutes to start a replica",
     "Paid minutes before a newly started replica serves (GPU start, model load), at the "
     "on-demand price, for every replica autoscale starts. Longer starts make sharp peaks "
     "dearer. Not used with owned GPUs.",
     linear(0, 60, 0), onDemandOnly(shownIn(PanelBox::SelfHost, 6))},
    {"selfhost", "gpus_per_replica", &Scenario::gpusPerReplica, 1, Closed, MaxGpusPerReplica,
     Closed, true, "GPUs", "GPUs per replica",
     "GPUs that together serve one copy of the model (tensor parallel).", linear(1, 16, 0),
     shownIn(PanelBox::SelfHost, 1)},
    {"selfhost", "prefill_tok_per_s", &Scenario::prefillTokPerS, MinRate, Closed, MaxRate, Closed,
     false, "tok/s", "Prefill rate",
     "One replica's saturated rate for input tokens. Higher means fewer replicas.",
     logarithmic(10, 200000, 0), shownIn(PanelBox::SelfHost, 3)},
    {"selfhost", "decode_tok_per_s", &Scenario::decodeTokPerS, MinRate, Closed, MaxRate, Closed,
     false, "tok/s", "Decode rate",
     "One replica's saturated rate for output tokens. Higher means fewer replicas.",
     logarithmic(10, 200000, 0), shownIn(PanelBox::SelfHost, 4)},
    {"selfhost", "mixed_tok_per_s", &Scenario::mixedTokPerS, 0, Closed, MaxRate, Closed, false,
     "tok/s", "Measured mixed rate",
     "One replica's measured total tokens per second at this workload's mix. When set (> 0) it "
     "replaces the prefill and decode rates.",
     linear(0, 100000, 0), shownIn(PanelBox::SelfHost, 2)},
    {"selfhost", "average_utilization", &Scenario::averageUtilization, MinRate, Closed, 1, Closed,
     false, "", "Average utilization",
     "Busy share of paid GPU time (utilization provisioning). Halving it doubles the GPU cost "
     "per token.",
     percent(0.01, 1, 1), leverIn(Lever::InUtilizationMode, PanelBox::SelfHost, 7)},
    {"selfhost", "max_utilization", &Scenario::maxUtilization, MinRate, Closed, 1, Closed, false,
     "", "Peak utilization target",
     "The busiest a replica may run before another is added: headroom for latency. Lower "
     "means more replicas.",
     percent(0.01, 1, 1), leverIn(Lever::InFleetModes, PanelBox::SelfHost, 8)},
    {"selfhost", "min_replicas", &Scenario::minReplicas, 0, Closed, MaxReplicas, Closed, true,
     "replicas", "Minimum replicas",
     "Replicas that are always on, however low the load. 0 lets autoscale scale to zero.",
     linear(0, 20, 0), shownIn(PanelBox::SelfHost, 5)},
    {"selfhost", "spare_replicas", &Scenario::spareReplicas, 0, Closed, MaxReplicas, Closed, true,
     "replicas", "Spare replicas",
     "Extra replicas kept for failures (N+1). Each adds a month of GPU time.", linear(0, 10, 0),
     shownIn(PanelBox::SelfHost, 6)},
    {"overhead", "engineer_fte", &Scenario::engineerFte, 0, Closed, 1e4, Closed, false, "FTE",
     "Engineers", "People running the serving stack, in full-time equivalents.", linear(0, 5, 2),
     mainLever(11)},
    {"overhead", "engineer_annual_usd", &Scenario::engineerUsdPerYear, 0, Closed, 1e8, Closed,
     false, "USD/year", "Engineer cost", "Fully loaded yearly cost of one engineer.",
     linear(50000, 500000, 0), shownIn(PanelBox::Overhead, 1)},
    {"overhead", "oncall_monthly_usd", &Scenario::oncallUsdPerMonth, 0, Closed, MaxMoney, Closed,
     false, "USD/month", "On-call", "On-call pay for the self-hosted stack.", linear(0, 20000, 0),
     shownIn(PanelBox::Overhead, 2)},
    {"overhead", "other_monthly_usd", &Scenario::otherUsdPerMonth, 0, Closed, MaxMoney, Closed,
     false, "USD/month", "Other running costs", "Monitoring, storage, egress.", linear(0, 20000, 0),
     shownIn(PanelBox::Overhead, 3)},
    {"overhead", "model_updates_per_year", &Scenario::modelUpdatesPerYear, 0, Closed, 1e4, Closed,
     false, "per year", "Model updates", "Model evaluations and roll-outs per year.",
     linear(0, 24, 0), shownIn(PanelBox::Overhead, 4)},
    {"overhead", "model_update_usd", &Scenario::modelUpdateUsd, 0, Closed, MaxMoney, Closed, false,
     "USD", "Cost per update", "The cost of one model evaluation and roll-out.",
     linear(0, 50000, 0), shownIn(PanelBox::Overhead, 5)},
    {"overhead", "setup_usd", &Scenario::setupUsd, 0, Closed, MaxMoney, Closed, false, "USD",
     "Setup cost", "One-time cost to build the serving stack, spread over the planning horizon.",
     linear(0, 500000, 0), shownIn(PanelBox::Overhead, 6)},
    {"analysis", "horizon_months", &Scenario::horizonMonths, 1, Closed, 120, Closed, true, "months",
     "Planning horizon", "Months over which the setup cost is spread and payback sought.",
     linear(1, 120, 0), shownIn(PanelBox::Overhead, 7)},
    {"selfhost", "slo_ttft_ms", &Scenario::sloTtftMs, 0, Closed, MaxLatencyMs, Closed, false, "ms",
     "TTFT target (p95)",
     "The 95th-percentile time to first token the service must keep; 0 = no target. With a "
     "benchmark sweep, the replicas get the busiest run that meets it.",
     linear(0, 5000, 0), shownIn(PanelBox::SelfHost, 20)},
    {"selfhost", "slo_itl_ms", &Scenario::sloItlMs, 0, Closed, MaxLatencyMs, Closed, false, "ms",
     "ITL target (p95)",
     "The 95th-percentile inter-token latency the service must keep; 0 = no target. With a "
     "benchmark sweep, the replicas get the busiest run that meets it.",
     linear(0, 200, 0), shownIn(PanelBox::SelfHost, 21)},
    {"analysis", "seed", &Scenario::seed, 0, Closed, 4294967295.0, Closed, true, "", "Seed",
     "Seed of the random generator for the uncertainty analysis.", NoSlider, NotShown},
    {"analysis", "samples", &Scenario::samples, 100, Closed, 1e6, Closed, true, "samples",
     "Samples", "Monte Carlo sample count for the uncertainty analysis.", NoSlider, NotShown},
};

const SwitchField switches[] = {
    {"selfhost", "hybrid_failover_to_api", &Scenario::hybridFailoverToApi,
     "The API covers failures",
     "The hybrid keeps no spare replicas: while a replica is down, the API takes its traffic. "
     "The hybrid's baseline then costs its spares less, so the hybrid gets cheaper and may keep "
     "more replicas. Self-hosting alone keeps its spares.",
     "the hybrid keeps no spares; the API takes a failed replica's traffic",
     "the hybrid keeps the spare replicas", shownIn(PanelBox::SelfHost, 10)},
    {"selfhost", "batch_fills_valleys", &Scenario::batchFillsValleys,
     "Batch work fills the quiet hours",
     "The batch share (API box) may run at any hour, so self-hosted GPUs run it in the quietest "
     "hours instead of following the traffic shape. Peaks stay as they were while the valleys "
     "fill, so a fleet sized for the peak serves the batch work for little or nothing extra; the "
     "hybrid sends batch work first when it bursts to the API.",
     "self-hosted batch work runs in the quietest hours", "batch work follows the traffic shape",
     shownIn(PanelBox::SelfHost, 11)},
};

} // namespace

std::span<const NumericField> numericFields()
{
    return fields;
}

std::span<const SwitchField> switchFields()
{
    return switches;
}

const SwitchField *findSwitchField(QStringView key)
{
    for (const SwitchField &field : switches) {
        const QString qualified = QLatin1String(field.group) + u'.' + QLatin1String(field.key);
        if (key == QLatin1String(field.key) || key == qualified)
            return &field;
    }
    return nullptr;
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

bool isLatencyTarget(const NumericField &field)
{
    return field.member == &Scenario::sloTtftMs || field.member == &Scenario::sloItlMs;
}

QString rangeText(const NumericField &field)
{
    return field.validRange().text();
}

Outcome<> checkValue(const NumericField &field, double value)
{
    if (field.validRange().contains(value))
        return {}; // spares building the path on every valid input
    return checkValueAt(field, value, QLatin1String(field.group) + u'.' + QLatin1String(field.key));
}

Outcome<> checkValueAt(const NumericField &field, double value, const QString &path)
{
    if (field.validRange().contains(value))
        return {};
    return failure(outOfRangeMessage(path, QLatin1String(field.label), QLatin1String(field.unit),
                                     field.validRange(), value));
}

Outcome<> checkRange(const NumericField &field, const TriangularRange &range)
{
    for (double value : {range.low, range.mode, range.high}) {
        if (Outcome<> check = checkValue(field, value); !check.ok())
            return check;
    }
    if (range.low <= range.mode && range.mode <= range.high)
        return {};
    return failure(QStringLiteral("%1.%2: the range needs low <= mode <= high, got %3, %4, %5")
                       .arg(QLatin1String(field.group), QLatin1String(field.key),
                            formatValueForMessage(range.low), formatValueForMessage(range.mode),
                            formatValueForMessage(range.high)));
}

namespace {

// VALUE of --set as a number valid for field, errors naming the input by path.
Outcome<double> numberFor(const NumericField &field, const QString &path, QStringView value)
{
    bool ok = false;
    const double number = QLocale::c().toDouble(value, &ok);
    if (!ok)
        return failure(QStringLiteral("%1: \"%2\" is not a number").arg(path, value));
    if (Outcome<> check = checkValueAt(field, number, path); !check.ok())
        return check.failed();
    return number;
}

Outcome<bool> switchFor(const QString &path, QStringView value)
{
    if (value != u"true" && value != u"false")
        return failure(QStringLiteral("%1: \"%2\" is not true or false").arg(path, value));
    return value == u"true";
}

Outcome<TrafficProfile> presetFor(const QString &path, QStringView value)
{
    const auto preset = trafficPreset(value);
    if (!preset)
        return failure(QStringLiteral("%1: unknown preset \"%2\" (one of %3)")
                           .arg(path, value, trafficPresetNames().join(QStringLiteral(", "))));
    return *preset;
}

// The workload whose name, followed by a dot, starts key; the longest such name, so that a name
// may itself hold a dot. -1 when none does.
int workloadNamedIn(const Scenario &scenario, QStringView key)
{
    int found = -1;
    for (int w = 0; w < scenario.workloads.size(); ++w) {
        const QString &name = scenario.workloads[w].name;
        if (key.startsWith(name + u'.')
            && (found < 0 || name.size() > scenario.workloads[found].name.size()))
            found = w;
    }
    return found;
}

// --set workloads.NAME.FIELD=VALUE (cost model section 11.1): key is NAME.FIELD.
Outcome<> applyWorkloadOverride(Scenario &scenario, QStringView key, QStringView value)
{
    const int index = workloadNamedIn(scenario, key);
    if (index < 0) {
        QStringList names;
        for (const Workload &w : scenario.workloads)
            names << QStringLiteral("\"%1\"").arg(w.name);
        return failure(QStringLiteral("--set: no workload named in \"workloads.%1\" (%2)")
                           .arg(key,
                                names.isEmpty() ? QStringLiteral("the scenario has none")
                                                : QStringLiteral("its workloads are ")
                                        + names.join(QStringLiteral(", "))));
    }
    Workload &w = scenario.workloads[index];
    const QStringView field = key.mid(w.name.size() + 1);
    const QString path = workloadLabel(index, w.name) + u'.' + field.toString();
    if (field == u"profile") {
        const Outcome<TrafficProfile> preset = presetFor(path, value);
        if (preset.ok())
            w.profile = *preset;
        return preset.failed();
    }
    if (field == u"selfhost_ok") {
        const Outcome<bool> on = switchFor(path, value);
        if (on.ok())
            w.selfhostOk = *on;
        return on.failed();
    }
    const bool api = field.startsWith(u"api.");
    const NumericField *numeric
        = findNumericField((api ? QString() : QStringLiteral("workload.")) + field.toString());
    if (!numeric || (!api && numeric->member == &Scenario::monthlyGrowth))
        return failure(QStringLiteral("%1: not an input of a workload (volume_mtok_per_month, "
                                      "output_fraction, profile, selfhost_ok or api.KEY)")
                           .arg(path));
    const Outcome<double> number = numberFor(*numeric, path, value);
    if (!number.ok())
        return number.failed();
    if (api)
        w.apiOverrides.insert(QLatin1String(numeric->key), *number);
    else
        w
            .*(numeric->member == &Scenario::volumeMtokPerMonth ? &Workload::volumeMtokPerMonth
                                                                : &Workload::outputFraction)
            = *number;
    return {};
}

} // namespace

Outcome<> applyOverride(Scenario &scenario, QStringView assignment)
{
    const qsizetype equals = assignment.indexOf(u'=');
    if (equals <= 0)
        return failure(QStringLiteral("--set expects KEY=VALUE, got \"%1\"").arg(assignment));
    QStringView key = assignment.left(equals).trimmed();
    const QStringView value = assignment.mid(equals + 1).trimmed();

    if (key.startsWith(u"workloads."))
        return applyWorkloadOverride(scenario, key.mid(10), value);
    if (key == u"profile" || key == u"workload.profile") {
        const Outcome<TrafficProfile> preset = presetFor(QStringLiteral("workload.profile"), value);
        if (preset.ok())
            scenario.profile = *preset;
        return preset.failed();
    }
    if (key == u"provisioning" || key == u"selfhost.provisioning") {
        if (!provisioningFromKey(value, scenario.provisioning))
            return failure(
                QStringLiteral("selfhost.provisioning: unknown mode \"%1\" (utilization, "
                               "fixed or autoscale)")
                    .arg(value));
        return {};
    }
    if (const SwitchField *field = findSwitchField(key)) {
        const Outcome<bool> on
            = switchFor(QLatin1String(field->group) + u'.' + QLatin1String(field->key), value);
        if (on.ok())
            scenario.*(field->member) = *on;
        return on.failed();
    }
    if (key == u"name") {
        scenario.name = value.toString();
        return {};
    }

    const NumericField *field = findNumericField(key);
    if (!field)
        return failure(QStringLiteral("--set: unknown key \"%1\"").arg(key));
    const Outcome<double> number
        = numberFor(*field, QLatin1String(field->group) + u'.' + QLatin1String(field->key), value);
    if (!number.ok())
        return number.failed();
    scenario.*(field->member) = *number;
    scenario.ranges.remove(QLatin1String(field->key));
    forgetReplacedOwnedGpu(scenario);
    return {};
}

} // namespace planner
