// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QList>
#include <QPointF>

#include <optional>

namespace planner {

enum class Option { Api, Selfhost, Hybrid };
QString optionKey(Option option); // "api", "selfhost", "hybrid"

// The breakeven search (section 5) ends at this multiple of the current volume: a null breakeven
// volume or first crossover means "none up to" it, not "none at any volume".
inline constexpr double BreakevenSearchVolumeFactor = 1000;

// Every figure of the cost model's section 8. Money in USD per month, volumes in Mtok per month.
// A figure that does not exist is std::nullopt. Replica counts are whole numbers.
struct Summary
{
    double apiUsdPerMonth = 0;
    double selfhostUsdPerMonth = 0;
    double hybridUsdPerMonth = 0;
    double selfhostGpuUsdPerMonth = 0;
    double selfhostOverheadUsdPerMonth = 0; // O + setup / H
    double apiUsdPerMtok = 0;
    double selfhostUsdPerMtok = 0;
    double hybridUsdPerMtok = 0;
    double replicaCapacityMtokPerHour = 0; // K
    double paidReplicaHours = 0; // RH
    double peakReplicas = 0; // R_peak
    double utilization = 0; // realized busy share of paid time
    double hybridReplicas = 0; // k*
    double hybridSelfhostShare = 0;
    std::optional<double> breakevenVolumeMtokPerMonth;
    std::optional<double> firstCrossoverMtokPerMonth;
    std::optional<double> breakevenUtilization;
    std::optional<double> breakevenGpuHourlyUsd;
    std::optional<int> paybackMonth; // in cash with owned GPUs (section 9.3)
    Option cheapest = Option::Api;

    // Section 9.5.
    std::optional<double> servingUtilization; // busy share of the serving replicas' paid time
    std::optional<int> hybridPaybackMonth;
    std::optional<int> selfhostCheaperFromMonth;
    std::optional<double> selfhostCapexUsd; // owned GPUs only, USD once
    std::optional<double> breakevenPurchaseUsd; // owned GPUs only, USD per GPU
    double breakevenSearchLimitMtokPerMonth = 0; // 1000 V: a null breakeven means none up to it
};

// Monthly cost of each option against volume, log-spaced from 1/100 to 100x the current volume.
// The self-host curve keeps its replica steps sharp: each step is a vertical pair of points.
struct VolumeCurves
{
    QList<QPointF> api;
    QList<QPointF> selfhost;
    QList<QPointF> hybrid;
};

// Self-host cost per Mtok against average utilization (the utilization formula at the current
// volume), and the flat API price, for u in [0.01, 1].
struct UtilizationCurves
{
    QList<QPointF> selfhost;
    QList<QPointF> api;
    // This scenario on the curve's footing: average_utilization in utilization mode, else the
    // serving utilization (or average_utilization when no replica serves).
    double scenarioUtilization = 0;
};

// The week's hourly load split by the optimal hybrid: x = hour of the week (0..167), y = Mtok.
struct WeekSplit
{
    QList<QPointF> selfhosted;
    QList<QPointF> burstToApi;
    // The part of `selfhosted` that is batch work placed in the valleys (section 9.4); empty
    // unless batch_fills_valleys.
    QList<QPointF> batchInValleys;
    double baselineCapacityMtokPerHour = 0; // C_k*
};

// Where the money goes, USD per month, for one option.
struct CostBreakdown
{
    double gpuBusy = 0;
    double gpuIdle = 0;
    double engineeringAndOperations = 0; // O + setup / H
    double api = 0;
};

// Cumulative cost of each option month by month over the planning horizon, with the volume
// growing by monthly_growth: x = month 0..H (month 0 holds the set-up cost), y = USD. Owned GPUs
// are counted in cash: bought as the fleet (and the hybrid's baseline) grows (sections 9.3, 9.5).
struct HorizonCurves
{
    QList<QPointF> api;
    QList<QPointF> selfhost;
    QList<QPointF> hybrid;
};

// One workload of a pool (section 11.2) on its own: its API bill and its share of the fleet's
// busy time. Money in USD, volumes in Mtok.
struct PooledWorkload
{
    QString name;
    double volumeMtokPerMonth = 0; // V_w
    double apiUsdPerMtok = 0; // p_w, its own API's blended price
    double apiUsdPerMonth = 0; // V_w * p_w
    double capacityMtokPerHour = 0; // K_w, one replica's capacity for its mix
    double busyReplicaHours = 0; // V_w / K_w
};

// The intermediate terms of the summary's figures (cost model sections 2, 3 and 5), so that a
// front end can show how each figure is worked out without working anything out itself.
// Money in USD, volumes in Mtok.
struct Explanation
{
    // p_in' = (1 - c) * input + c * cached input; for a pool, that of the shared api group,
    // which no workload need pay (each workload's own price is in `workloads`).
    double blendedInputUsdPerMtok = 0;
    double apiUsdPerMtok = 0; // p_api, the blended API price; for a pool API / V
    double secondsPerToken = 0; // s, one replica's time per token of the mix; for a pool 1 / K
    double busyReplicaHours = 0; // per month: V / K; for a pool sum_w V_w / K_w
    QList<PooledWorkload> workloads; // a pool's workloads in list order; empty for one workload
    double replicaHourUsd = 0; // r = G * gpu_hourly_usd
    double runningOverheadUsdPerMonth = 0; // O, before the set-up share
    double setupShareUsdPerMonth = 0; // setup_usd / H
    double spareReplicasUsdPerMonth = 0; // r * spare_replicas * 730
    double servingReplicaHours = 0; // RH - spare_replicas * 730, the serving utilization's basis
    // The part of RH above autoscale's committed floor, paid at the on-demand price (section
    // 9.1); 0 when every replica-hour is paid at r.
    double ondemandReplicaHours = 0;
    std::optional<double> ownedGpus; // G * F, the GPUs an owned fleet buys (section 9.3)
    double hybridBurstMtokPerMonth = 0; // burst_k*, what the cheapest hybrid sends to the API
    // What the APIs charge for it: p_api * burst_k* for one workload without valleys; a pool's
    // bursts are priced hour by hour by each hour's mix (sections 9.4, 11.2).
    double hybridBurstUsdPerMonth = 0;
    // X = (API - r * spare * 730 - O - setup / H) / r, the replica-hours the API bill pays for
    // (section 5, breakeven utilization); null when r = 0.
    std::optional<double> affordableReplicaHours;
    double selfhostSavingsUsdPerMonth = 0; // API - Self; negative when self-hosting costs more
    double hybridSavingsUsdPerMonth = 0; // API - Hybrid
    double hybridSavingsOverSelfhostUsdPerMonth = 0; // Self - Hybrid
    // The first crossover lies below the breakeven volume (beyond the 1e-9 tie), or there is no
    // breakeven: self-hosting wins in a window and loses again at the next replica (section 5).
    bool crossoverWindow = false;
};

struct Evaluation
{
    Summary summary;
    VolumeCurves costVsVolume;
    UtilizationCurves costPerMtokVsUtilization;
    QList<QPointF> hybridCostVsReplicas; // x = baseline replicas k, y = Hybrid(k)
    WeekSplit week;
    CostBreakdown apiBreakdown;
    CostBreakdown selfhostBreakdown;
    CostBreakdown hybridBreakdown;
    HorizonCurves cumulativeCost;
    Explanation explanation;
};

// The three monthly costs alone: what each Monte Carlo sample and sensitivity step needs.
struct MonthlyCosts
{
    double api = 0;
    double selfhost = 0;
    double hybrid = 0;
    double hybridReplicas = 0; // k*, 0 when the hybrid keeps everything on the API
};
MonthlyCosts monthlyCosts(const Scenario &scenario);
// The summary's `cheapest`: the lowest of the three, a tie going to the one named first.
Option cheapestOf(const MonthlyCosts &costs);

inline constexpr int CurvePoints = 400;

// The cost model, sections 2 to 5 and 8. The scenario must be valid (validate() returns no
// error); every figure is then finite or null. Cheap enough to call on every slider step.
Summary summarize(const Scenario &scenario);
Evaluation evaluate(const Scenario &scenario);

// Monthly costs at another volume, all other inputs held.
double apiCostAt(const Scenario &scenario, double volumeMtokPerMonth);
double selfhostCostAt(const Scenario &scenario, double volumeMtokPerMonth);

} // namespace planner
