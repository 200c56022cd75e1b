// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"
#include "ownedgpu.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace planner {

inline constexpr double HoursPerMonth = 730.0; // 8760 / 12
inline constexpr int HoursPerWeek = 168;
// The most GPUs one replica may span, in the scenario and in the roofline estimate.
inline constexpr int MaxGpusPerReplica = 4096;

using WeekWeights = std::array<double, HoursPerWeek>;

enum class Provisioning { Utilization, Fixed, Autoscale };

QString provisioningKey(Provisioning mode);
// Returns false for an unknown key and leaves mode untouched.
bool provisioningFromKey(QStringView key, Provisioning &mode);

// The shape of a typical week. hour 0 = Monday 00:00. A named preset keeps its name so that
// saving writes {"preset": NAME} back; custom weights have an empty presetName.
struct TrafficProfile
{
    QString presetName;
    WeekWeights weights {};

    bool operator==(const TrafficProfile &) const = default;
};

// Where a measured mixed rate came from, for the report: kept with the rate it describes, so
// that a rate typed over it later no longer claims the source.
struct ThroughputSource
{
    double mixedTokPerS = 0;
    QString note; // e.g. the benchmark run, its latencies, the targets and the sweep's files

    bool operator==(const ThroughputSource &) const = default;
};

// An uncertain input: a triangular distribution, low <= mode <= high (cost model, section 6).
// The input's single value is the mode.
struct TriangularRange
{
    double low = 0;
    double mode = 0;
    double high = 0;

    bool operator==(const TriangularRange &) const = default;
};

inline constexpr int MaxWorkloads = 8; // cost model, section 11.1

// One of several workloads sharing one fleet (cost model, section 11.1). Its API fields override
// the scenario's api group key by key; the rest of selfhost, overhead and analysis is shared.
struct Workload
{
    QString name; // unique, non-empty
    double volumeMtokPerMonth = 0;
    double outputFraction = 0;
    TrafficProfile profile;
    // Overrides of the scenario's api group, by file key ("input_usd_per_mtok"); only the keys
    // the file gave, so that saving writes back exactly those.
    QMap<QString, double> apiOverrides;
    bool selfhostOk = true; // false keeps it on its API in every plan

    bool operator==(const Workload &) const = default;
};

// One scenario: every input of the cost model (docs/cost-model.md, section 1). All money is USD,
// volumes in Mtok (millions of tokens) per month. Integer fields are stored as whole doubles so
// that every numeric input can be handled through one field table (scenariofields.h).
struct Scenario
{
    QString name;
    QString notes;

    // workload
    double volumeMtokPerMonth = 0;
    double outputFraction = 0;
    TrafficProfile profile;
    double monthlyGrowth = 0;

    // api
    double inputUsdPerMtok = 0;
    double outputUsdPerMtok = 0;
    double cachedInputUsdPerMtok = 0;
    double cachedInputFraction = 0;
    double batchFraction = 0;
    double batchDiscount = 0;

    // selfhost
    double gpuHourlyUsd = 0;
    // The purchase and running costs the GPU price was worked out from, when the GPUs are owned;
    // kept so that the report shows them and the helper reopens with them. gpuHourlyUsd must
    // agree with ownedGpuHourlyUsd(*ownedGpu).
    std::optional<OwnedGpu> ownedGpu;
    double gpusPerReplica = 1;
    double prefillTokPerS = 1;
    double decodeTokPerS = 1;
    double mixedTokPerS = 0; // 0 = unset: use prefill and decode
    std::optional<ThroughputSource> throughputSource; // set by a benchmark import
    Provisioning provisioning = Provisioning::Utilization;
    double averageUtilization = 1;
    double maxUtilization = 1;
    double minReplicas = 1; // 0 lets autoscale scale to zero in empty hours
    double spareReplicas = 0;
    // Cost model v2 (section 9); each default gives the v1 result.
    double ondemandGpuHourlyUsd = 0; // autoscale above the floor; 0 = gpuHourlyUsd
    double scaleUpMinutes = 0; // paid minutes before a started replica serves (autoscale)
    bool hybridFailoverToApi = false; // the hybrid keeps no spares: the API takes a failure
    bool batchFillsValleys = false; // the batch share runs in the quietest hours
    // Latency targets (section 10), p95 in milliseconds, 0 = none: they choose the run of a
    // benchmark sweep whose throughput the replicas get, and enter no cost themselves.
    double sloTtftMs = 0;
    double sloItlMs = 0;

    // overhead
    double engineerFte = 0;
    double engineerUsdPerYear = 0;
    double oncallUsdPerMonth = 0;
    double otherUsdPerMonth = 0;
    double modelUpdatesPerYear = 0;
    double modelUpdateUsd = 0;
    double setupUsd = 0;

    // analysis
    double horizonMonths = 12;
    double seed = 1;
    double samples = 10000;

    // Several workloads on one fleet (section 11); empty = the single workload above. When set,
    // the workload group's volume, mix and profile are not used (monthly_growth still is).
    QList<Workload> workloads;

    // Ranges of the uncertain inputs, by file key ("gpu_hourly_usd"); each mode equals the
    // input's value above.
    QMap<QString, TriangularRange> ranges;

    bool operator==(const Scenario &) const = default;
};

// The built-in default scenario: Llama 3.3 70B FP8 on 2x H100 at the market median GPU price,
// against the same model on a hosted API, with RAG-shaped requests (docs/scenario-format.md).
Scenario defaultScenario();

// Workload `index` of scenario.workloads as a scenario of its own: its volume, mix, profile and
// API (the scenario's api group with its overrides), everything else shared; no workloads list.
Scenario workloadScenario(const Scenario &scenario, int index);

// The keys of the scenario's ranges that its workloads list leaves unread (section 11.1): the
// workload group's volume and output fraction, and an api input every workload gives itself.
// A valid scenario has none.
QStringList rangesNotRead(const Scenario &scenario);

// How messages name workload `index`: `workloads[1] "chat"`, or `workloads[1]` without a name.
QString workloadLabel(int index, const QString &name);

// Every problem with the scenario, one error per problem, each naming the field, the bad value
// and the valid range; a workload's errors name it with workloadLabel(). The engine requires a
// valid scenario (one whose check is ok()).
Outcome<> validate(const Scenario &scenario);

} // namespace planner
