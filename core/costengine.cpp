// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "costengine.h"

#include "workloadpool.h"

#include <queue>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace planner {
namespace {

// Two figures within this relative distance are a tie (section 8).
constexpr double TieTolerance = 1e-9;
// Bounds the exact step walk of the breakeven search; only a scenario whose self-host marginal
// cost equals the API price to about 1e-7 comes near it.
constexpr long long MaxWalkSteps = 5'000'000;
constexpr double CurveSpanFactor = 100; // curves from V/100 to 100 V

// Hours of the week that share one weight.
struct WeightGroup
{
    double weight;
    double hours;
};

// Hours of the week that share one weight: they step to another replica at the same volumes.
struct StepGroup
{
    double weight;
    double hours;
    double volumePerReplica; // volume at which each further replica is needed
};

struct HybridChoice
{
    double replicas = 0;
    double costUsd = 0;
    double burstMtok = 0; // tokens sent to the API
    double burstUsd = 0; // what the APIs charge for them
    double burstLoad = 0; // the load not carried, in Mtok of the (pooled) mix
};

using HourPrefix = std::array<double, HoursPerWeek + 1>; // sums over the n busiest hours

// A pool's hybrid (section 11.2) in the Model's units (Mtok of the pool's mix, K * busy hours):
// what each hour's bursts cost and how many of the workloads' own tokens they are.
struct PoolBursts
{
    WeekWeights usdPerMtok {}; // by hour: A_h / B_h / K, or iota_h / K with valleys
    WeekWeights tokensPerMtok {}; // T_h / B_h / K, or kappa_h / K
    double batchUsdPerMtok = 0; // beta / K
    double batchTokensPerMtok = 0; // kappa / K
    // Over the hours in descending weight: sums of usdPerMtok * weight and of usdPerMtok, and
    // the same for tokensPerMtok.
    HourPrefix usdWeighted {};
    HourPrefix usd {};
    HourPrefix tokensWeighted {};
    HourPrefix tokens {};
};

// Self(V) for fixed and autoscale as a step function: alpha + stepUsd * sum over groups of
// hours * max(min, n_g(V)), plus peakStepUsd * max(min, n_0(V)) for an owned fleet bought for the
// busiest group (groups[0]), plus startUsd * the week's replica starts (section 9.1), which
// depend on the order of the hours (StartCounter).
struct StepFunction
{
    double alpha = 0;
    double stepUsd = 0;
    double peakStepUsd = 0;
    double startUsd = 0;
    double minReplicas = 1;
    std::vector<StepGroup> groups;

    // Starts are >= 0 and at most one per serving replica-hour, so they only widen the bounds.
    double lowerBound(double v) const { return bound(v, 0, 0); }
    double upperBound(double v) const { return bound(v, 1, startUsd); }

private:
    double bound(double v, double extra, double startBound) const
    {
        double sum = 0;
        for (const StepGroup &g : groups)
            sum += g.hours * std::max(minReplicas, v / g.volumePerReplica + extra);
        double cost = alpha + stepUsd * sum + startBound * sum;
        if (!groups.empty())
            cost += peakStepUsd * std::max(minReplicas, v / groups[0].volumePerReplica + extra);
        return cost;
    }
};

// The week's replica starts, sum_h max(0, a_h - a_{h-1}) with a_{-1} = a_167, kept up to date as
// the breakeven walk moves one weight group at a time.
class StartCounter
{
public:
    StartCounter(const WeekWeights &weights, const std::vector<StepGroup> &groups,
                 const std::vector<double> &counts, double minReplicas)
    {
        m_hoursOfGroup.resize(groups.size());
        for (int h = 0; h < HoursPerWeek; ++h) {
            m_serving[h] = minReplicas;
            for (size_t g = 0; g < groups.size(); ++g) {
                if (weights[h] == groups[g].weight) {
                    m_hoursOfGroup[g].push_back(h);
                    m_serving[h] = std::max(minReplicas, counts[g]);
                }
            }
        }
        for (int h = 0; h < HoursPerWeek; ++h)
            m_starts += startsAt(h);
    }

    double starts() const { return m_starts; }

    // Sets group g's serving replicas and returns the change in the week's starts.
    double move(size_t g, double serving)
    {
        const double before = m_starts;
        for (int h : m_hoursOfGroup[g]) {
            const int next = (h + 1) % HoursPerWeek;
            m_starts -= startsAt(h) + startsAt(next);
            m_serving[h] = serving;
            m_starts += startsAt(h) + startsAt(next);
        }
        return m_starts - before;
    }

private:
    double startsAt(int h) const
    {
        return std::max(0.0, m_serving[h] - m_serving[(h + HoursPerWeek - 1) % HoursPerWeek]);
    }

    WeekWeights m_serving {};
    std::vector<std::vector<int>> m_hoursOfGroup;
    double m_starts = 0;
};

class Model
{
public:
    // A scenario with a workloads list is priced as its pool (section 11.2); one workload is
    // exactly that workload's own scenario.
    explicit Model(const Scenario &s)
        : m_s(s.workloads.size() == 1 ? workloadScenario(s, 0) : s)
    {
        const WorkloadMix mix = workloadMix(m_s);
        m_blendedInputPrice = mix.blendedInputUsdPerMtok;
        m_apiPrice = mix.apiUsdPerMtok;
        m_secondsPerToken = mix.secondsPerToken;
        m_capacity = mix.capacityMtokPerHour;
        m_interactiveApiPrice = mix.interactiveUsdPerMtok;
        if (m_s.workloads.isEmpty()) {
            const WeekWeights &weights = m_s.profile.weights;
            const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
            for (int h = 0; h < HoursPerWeek; ++h)
                m_weights[h] = weights[h] * HoursPerWeek / total;
            if (m_s.batchFillsValleys)
                fillValleys();
        } else {
            takePool(poolWorkloads(m_s));
        }
        setPrices();
        sortWeights();
    }

    // The pool as one workload of K = V / sum_w (V_w / K_w), weights B_h / mean(B_h) and
    // p_api = API / V; each hour's bursts keep their own price.
    void takePool(const WorkloadPool &pool)
    {
        const double v = pool.volumeMtokPerMonth;
        m_s.volumeMtokPerMonth = v;
        m_capacity = v / pool.busyHoursPerMonth;
        m_secondsPerToken = 3600 / (m_capacity * 1e6);
        m_apiPrice = pool.apiUsdPerMonth / v;
        PoolBursts bursts;
        for (int h = 0; h < HoursPerWeek; ++h) {
            m_weights[h] = pool.busy[h] * HoursPerMonth / pool.busyHoursPerMonth;
            m_batch[h] = pool.batchBusy[h] * HoursPerMonth / pool.busyHoursPerMonth;
            bursts.usdPerMtok[h] = pool.interactiveUsdPerBusyHour[h] / m_capacity;
            bursts.tokensPerMtok[h] = pool.interactiveMtokPerBusyHour[h] / m_capacity;
        }
        bursts.batchUsdPerMtok = pool.batchUsdPerBusyHour / m_capacity;
        bursts.batchTokensPerMtok = pool.batchMtokPerBusyHour / m_capacity;
        for (int h = 0; h < HoursPerWeek; ++h) {
            if (pool.busy[h] > pool.batchBusy[h] && bursts.usdPerMtok[h] < bursts.batchUsdPerMtok)
                m_hybridConvex = false; // a burst's batch part would cost more than the rest
        }
        m_pool = bursts;
    }

    void setPrices()
    {
        const Scenario &s = m_s;
        m_capacityAtTarget = m_capacity * s.maxUtilization;
        m_replicaHourUsd = s.gpusPerReplica * s.gpuHourlyUsd;
        if (s.ownedGpu) {
            m_owned = ownedGpuHourlyParts(*s.ownedGpu);
            m_replicaHourUsd = s.gpusPerReplica * m_owned->total();
        }
        // On-demand capacity is only what autoscale rents above its floor (section 9.1).
        const bool rentsOnDemand = s.provisioning == Provisioning::Autoscale && !m_owned;
        m_ondemandPriced = rentsOnDemand && s.ondemandGpuHourlyUsd > 0;
        m_ondemandReplicaHourUsd
            = m_ondemandPriced ? s.gpusPerReplica * s.ondemandGpuHourlyUsd : m_replicaHourUsd;
        m_startHours = rentsOnDemand ? s.scaleUpMinutes / 60 : 0;
        m_hybridSpares = s.hybridFailoverToApi ? 0 : s.spareReplicas;
        m_overhead = s.engineerFte * s.engineerUsdPerYear / 12 + s.oncallUsdPerMonth
            + s.modelUpdatesPerYear * s.modelUpdateUsd / 12 + s.otherUsdPerMonth;
        m_fixedOverhead = m_overhead + s.setupUsd / s.horizonMonths;
    }

    // The weights in descending order with their prefix sums, their groups of equal weight, and
    // for a pool the prefix sums of each hour's burst price and tokens in the same order.
    void sortWeights()
    {
        std::array<int, HoursPerWeek> order {};
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [this](int a, int b) { return m_weights[a] > m_weights[b]; });
        m_prefix[0] = 0;
        for (int i = 0; i < HoursPerWeek; ++i) {
            m_sorted[i] = m_weights[order[i]];
            m_prefix[i + 1] = m_prefix[i] + m_sorted[i];
            m_hourCount[i + 1] = i + 1;
        }
        if (m_pool) {
            PoolBursts &p = *m_pool;
            for (int i = 0; i < HoursPerWeek; ++i) {
                const int h = order[i];
                p.usdWeighted[i + 1] = p.usdWeighted[i] + p.usdPerMtok[h] * m_sorted[i];
                p.usd[i + 1] = p.usd[i] + p.usdPerMtok[h];
                p.tokensWeighted[i + 1] = p.tokensWeighted[i] + p.tokensPerMtok[h] * m_sorted[i];
                p.tokens[i + 1] = p.tokens[i] + p.tokensPerMtok[h];
            }
        }
        m_maxWeight = m_sorted.front();
        for (int i = 0; i < HoursPerWeek;) {
            int j = i;
            while (j < HoursPerWeek && m_sorted[j] == m_sorted[i])
                ++j;
            m_weightGroups.push_back({m_sorted[i], double(j - i)});
            i = j;
        }
    }

    // Section 9.4 in weight units (load / (V / 730)): the interactive load i_h = (1 - b) w_h and
    // 168 b of batch per week, placed up to the water level l with sum_h max(0, l - i_h) = 168 b.
    void fillValleys()
    {
        const double b = m_s.batchFraction;
        WeekWeights interactive {};
        for (int h = 0; h < HoursPerWeek; ++h)
            interactive[h] = (1 - b) * m_weights[h];
        const double level = waterLevel(interactive, HoursPerWeek * b);
        for (int h = 0; h < HoursPerWeek; ++h) {
            m_weights[h] = std::max(interactive[h], level);
            m_batch[h] = m_weights[h] - interactive[h];
        }
    }

    // The scenario priced: for a workloads list, with the pool's volume V = sum_w V_w.
    const Scenario &scenario() const { return m_s; }
    double apiPrice() const { return m_apiPrice; }
    double blendedInputPrice() const { return m_blendedInputPrice; }
    double secondsPerToken() const { return m_secondsPerToken; }
    double capacity() const { return m_capacity; }
    double replicaHourUsd() const { return m_replicaHourUsd; }
    double overhead() const { return m_overhead; }
    double fixedOverhead() const { return m_fixedOverhead; }
    double weight(int hour) const { return m_weights[hour]; }
    double capacityAtTarget() const { return m_capacityAtTarget; }

    double apiCost(double v) const { return v * m_apiPrice; }
    double gpuCost(double replicaHours) const { return m_replicaHourUsd * replicaHours; }
    double selfCost(double v) const { return selfGpuCost(v) + m_fixedOverhead; }
    double hourLoad(double v, int hour) const { return v / HoursPerMonth * m_weights[hour]; }
    // The batch work placed in hour h when it fills the valleys (section 9.4), else 0.
    double hourBatch(double v, int hour) const { return v / HoursPerMonth * m_batch[hour]; }
    bool owned() const { return m_owned.has_value(); }
    double hybridSpares() const { return m_hybridSpares; }

    // GPU(V): sections 3, 9.1 (committed floor, on-demand above it) and 9.3 (owned fleet).
    double selfGpuCost(double v) const
    {
        const double hours = replicaHours(v);
        if (m_owned && m_s.provisioning != Provisioning::Fixed) // fixed: r * RH is the same sum
            return ownedGpuCost(fleet(v, hours), hours);
        if (m_ondemandReplicaHourUsd != m_replicaHourUsd) {
            const double committed = (m_s.minReplicas + m_s.spareReplicas) * HoursPerMonth;
            return gpuCost(committed) + m_ondemandReplicaHourUsd * (hours - committed);
        }
        return gpuCost(hours);
    }

    // The owned fleet F of section 9.3: replicas bought.
    double fleet(double v, double replicaHours) const
    {
        if (m_s.provisioning == Provisioning::Utilization)
            return std::ceil(replicaHours / HoursPerMonth / (1 + FitTolerance));
        return peakReplicas(v) + m_s.spareReplicas;
    }

    // Owned GPUs' monthly cash cost without the purchase: colocation for the fleet, power for
    // the hours it runs.
    double ownedRunningCost(double fleetReplicas, double replicaHours) const
    {
        return m_s.gpusPerReplica
            * (fleetReplicas * HoursPerMonth * m_owned->colocationUsd
               + replicaHours * m_owned->powerUsd);
    }

    double ownedGpuCost(double fleetReplicas, double replicaHours) const
    {
        return ownedRunningCost(fleetReplicas, replicaHours)
            + m_s.gpusPerReplica * fleetReplicas * HoursPerMonth * m_owned->amortizationUsd;
    }

    // Owned GPUs, utilization mode: Self - API at v with a fleet of j replicas.
    double ownedUtilizationMargin(double v, double j) const
    {
        const double hours = replicaHoursAtUtilization(v, m_s.averageUtilization);
        return ownedGpuCost(j, hours) + m_fixedOverhead - apiCost(v);
    }

    // The largest volume a fleet of j owned replicas serves in utilization mode (section 9.3).
    double fleetStepEnd(double j) const
    {
        return (j * (1 + FitTolerance) - m_s.spareReplicas) * HoursPerMonth * m_capacity
            * m_s.averageUtilization;
    }

    // Above the floor, Self - API is linear between fleet steps; these bound it with the fleet at
    // RH / 730 (lower) and RH / 730 + 1 (upper), as c0 + c1 V.
    std::pair<double, double> ownedUtilizationBound(double extraReplicas) const
    {
        const double perMtok = 1 / (m_capacity * m_s.averageUtilization); // RH per Mtok
        const double perHour = m_s.gpusPerReplica * m_owned->total();
        const double c0 = perHour * m_s.spareReplicas * HoursPerMonth
            + m_s.gpusPerReplica * HoursPerMonth
                * (m_owned->amortizationUsd + m_owned->colocationUsd) * extraReplicas
            + m_fixedOverhead;
        return {c0, perHour * perMtok - m_apiPrice};
    }

    // Breakeven volume for owned GPUs in utilization mode: walk the fleet steps down from vmax.
    std::optional<double> ownedUtilizationBreakeven(double vmax) const
    {
        if (selfCost(vmax) > apiCost(vmax))
            return std::nullopt;
        const double floorVolume = utilizationFloorVolume();
        double v = vmax; // Self <= API on [v, vmax]
        if (const auto [c0, c1] = ownedUtilizationBound(1); c1 < 0)
            v = std::clamp(-c0 / c1, floorVolume, vmax);
        for (long long walked = 0; v > floorVolume && walked < MaxWalkSteps; ++walked) {
            const double j = fleet(v, replicaHours(v));
            const double left = std::max(floorVolume, fleetStepEnd(j - 1));
            const double atLeft = ownedUtilizationMargin(left, j);
            if (atLeft > 0) {
                const double atV = ownedUtilizationMargin(v, j);
                return left + atLeft * (v - left) / (atLeft - atV);
            }
            v = left;
        }
        if (v > floorVolume)
            return v; // the walk stopped: the bound it reached
        const double floorCost = selfCost(v);
        return floorCost <= 0 ? 0.0 : floorCost / m_apiPrice;
    }

    // First crossover for owned GPUs in utilization mode: walk the fleet steps up from the floor.
    std::optional<double> ownedUtilizationCrossover(double vmax) const
    {
        const double floorVolume = utilizationFloorVolume();
        const double floorCost = selfCost(0);
        if (floorCost <= 0)
            return 0.0;
        if (m_apiPrice > 0 && floorCost / m_apiPrice <= std::min(floorVolume, vmax))
            return floorCost / m_apiPrice;
        double v = floorVolume; // Self > API on (0, v]
        const auto [c0, c1] = ownedUtilizationBound(0);
        if (c1 >= 0 && c0 + c1 * v > 0)
            return std::nullopt;
        if (c1 < 0)
            v = std::max(v, -c0 / c1);
        for (long long walked = 0; v < vmax && walked < MaxWalkSteps; ++walked) {
            double j = fleet(v, replicaHours(v));
            if (v >= fleetStepEnd(j))
                j += 1; // v ends a piece: the one above has another replica
            const double right = std::min(vmax, fleetStepEnd(j));
            const double atLeft = ownedUtilizationMargin(v, j);
            if (atLeft <= 0)
                return v;
            const double atRight = ownedUtilizationMargin(right, j);
            if (atRight <= 0)
                return v + atLeft * (right - v) / (atLeft - atRight);
            v = right;
        }
        return std::nullopt;
    }

    double purchaseUsd(double replicas) const
    {
        return m_s.gpusPerReplica * replicas * m_s.ownedGpu->purchaseUsd;
    }

    double peakReplicas(double v) const
    {
        return std::max(m_s.minReplicas,
                        replicasFor(v / HoursPerMonth * m_maxWeight, m_capacityAtTarget));
    }

    // The utilization formula: paid replica-hours when the GPUs are busy a share u of the time.
    double replicaHoursAtUtilization(double v, double u) const
    {
        return std::max(m_s.minReplicas * HoursPerMonth, v / (m_capacity * u))
            + m_s.spareReplicas * HoursPerMonth;
    }

    double replicaHours(double v) const
    {
        switch (m_s.provisioning) {
        case Provisioning::Utilization:
            return replicaHoursAtUtilization(v, m_s.averageUtilization);
        case Provisioning::Fixed:
            return (peakReplicas(v) + m_s.spareReplicas) * HoursPerMonth;
        case Provisioning::Autoscale: {
            if (m_startHours > 0)
                return autoscaleHoursWithStarts(v);
            double sum = 0;
            for (const WeightGroup &g : m_weightGroups)
                sum += g.hours
                    * (std::max(m_s.minReplicas,
                                replicasFor(v / HoursPerMonth * g.weight, m_capacityAtTarget))
                       + m_s.spareReplicas);
            return HoursPerMonth / HoursPerWeek * sum;
        }
        }
        return 0;
    }

    // Section 9.1: replica-hours in hour order, with the paid start-up time of each start.
    double autoscaleHoursWithStarts(double v) const
    {
        const auto serving = [&](int h) {
            return std::max(m_s.minReplicas, replicasFor(hourLoad(v, h), m_capacityAtTarget));
        };
        double sum = 0;
        double starts = 0;
        double previous = serving(HoursPerWeek - 1);
        for (int h = 0; h < HoursPerWeek; ++h) {
            const double current = serving(h);
            sum += current + m_s.spareReplicas;
            starts += std::max(0.0, current - previous);
            previous = current;
        }
        return HoursPerMonth / HoursPerWeek * (sum + m_startHours * starts);
    }

    // The replica-hours above the committed floor, paid at r_o; 0 when every hour is paid at r.
    double ondemandReplicaHours(double v) const
    {
        return m_ondemandReplicaHourUsd != m_replicaHourUsd ? committedAndOndemandHours(v).second
                                                            : 0;
    }

    // The replica-hours paid at the committed price r and at the on-demand price r_o.
    std::pair<double, double> committedAndOndemandHours(double v) const
    {
        const double hours = replicaHours(v);
        if (m_s.provisioning != Provisioning::Autoscale)
            return {hours, 0};
        const double committed = (m_s.minReplicas + m_s.spareReplicas) * HoursPerMonth;
        return {committed, hours - committed};
    }

    struct Burst
    {
        double load = 0; // Mtok of the mix per month that k always-on replicas cannot carry
        double tokens = 0; // the workloads' own Mtok that this sends to the APIs
        double usd = 0; // what the APIs charge for them
    };

    // 730/168 * sum_h c_h * max(0, L_h - C_k) over the hours that need more than k replicas
    // (with the same tolerance as replicasFor), with weighted[n] = sum of c_h w_h and perHour[n]
    // = sum of c_h over the n busiest hours.
    double overCapacity(double v, double k, const HourPrefix &weighted,
                        const HourPrefix &perHour) const
    {
        const double carried = k * m_capacityAtTarget;
        const double threshold = carried * (1 + FitTolerance) * HoursPerMonth / v;
        const auto over = std::partition_point(m_sorted.begin(), m_sorted.end(),
                                               [threshold](double w) { return w > threshold; });
        const auto hours = over - m_sorted.begin();
        const double excess
            = (v * weighted[hours] - HoursPerMonth * perHour[hours] * carried) / HoursPerWeek;
        return std::max(0.0, excess);
    }

    // The hybrid's bursts with k always-on replicas (sections 4, 9.4 and 11.2).
    Burst burst(double v, double k) const
    {
        if (k <= 0)
            return {v, v, apiCost(v)};
        if (m_s.batchFillsValleys)
            return valleyBurst(v, k);
        const double load = overCapacity(v, k, m_prefix, m_hourCount);
        if (!m_pool)
            return {load, load, m_apiPrice * load};
        return {load, overCapacity(v, k, m_pool->tokensWeighted, m_pool->tokens),
                overCapacity(v, k, m_pool->usdWeighted, m_pool->usd)};
    }

    // Section 9.4: the bursts of k always-on replicas when the batch fills the valleys; the batch
    // part of each hour's burst goes first, at the batch discount. A pool prices each hour's
    // interactive part by that hour's mix (section 11.2).
    Burst valleyBurst(double v, double k) const
    {
        const double carried = k * m_capacityAtTarget;
        double interactive = 0;
        double batch = 0;
        double pooledUsd = 0;
        double pooledTokens = 0;
        for (int h = 0; h < HoursPerWeek; ++h) {
            const double load = hourLoad(v, h);
            if (replicasFor(load, m_capacityAtTarget) <= k)
                continue;
            const double over = load - carried;
            const double batchPart = std::min(hourBatch(v, h), over);
            batch += batchPart;
            interactive += over - batchPart;
            if (m_pool) {
                pooledUsd += m_pool->usdPerMtok[h] * (over - batchPart);
                pooledTokens += m_pool->tokensPerMtok[h] * (over - batchPart);
            }
        }
        constexpr double weeksPerMonth = HoursPerMonth / HoursPerWeek;
        const double load = weeksPerMonth * (interactive + batch);
        if (m_pool)
            return {load, weeksPerMonth * (pooledTokens + m_pool->batchTokensPerMtok * batch),
                    weeksPerMonth * (pooledUsd + m_pool->batchUsdPerMtok * batch)};
        return {load, load,
                weeksPerMonth
                    * (m_interactiveApiPrice * interactive
                       + m_interactiveApiPrice * (1 - m_s.batchDiscount) * batch)};
    }

    // The hybrid's API bill for what k always-on replicas do not carry.
    double hybridBurstCost(double v, double k) const { return burst(v, k).usd; }

    double hybridGpuCost(double k) const { return gpuCost((k + m_hybridSpares) * HoursPerMonth); }

    double hybridCost(double v, double k) const
    {
        const double api = hybridBurstCost(v, k);
        if (k <= 0)
            return api;
        return api + hybridGpuCost(k) + m_fixedOverhead;
    }

    // The best baseline k >= max(1, min_replicas), and whether it beats the API alone.
    HybridChoice bestHybrid(double v) const
    {
        const double from = std::max(1.0, m_s.minReplicas);
        const double to = peakReplicas(v);
        const double k
            = m_hybridConvex ? convexMinimum(v, from, to) : cheapestBaseline(v, from, to);
        const double apiAlone = hybridCost(v, 0);
        HybridChoice best {0, apiAlone, v, apiAlone, v};
        if (const double cost = hybridCost(v, k); cost < best.costUsd) {
            const Burst bursts = burst(v, k);
            best = {k, cost, bursts.tokens, bursts.usd, bursts.load};
        }
        return best;
    }

    // Hybrid(k) is convex in k for k >= 1 (a convex burst plus a linear GPU bill), so the first
    // k whose successor is not cheaper is the smallest minimiser.
    double convexMinimum(double v, double lo, double hi) const
    {
        // Beyond 2^52 replicas (a horizon of steep growth) halves of whole numbers round away:
        // the search stops there rather than loop.
        constexpr double ExactHalves = 4503599627370496.0;
        while (lo < hi && hi < ExactHalves) {
            const double mid = lo + std::floor((hi - lo) / 2);
            if (hybridCost(v, mid + 1) >= hybridCost(v, mid))
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

    // The smallest k in [from, to] with the lowest Hybrid(k) when the batch fills the valleys and
    // a burst's batch part costs more than some hour's rest: Hybrid(k) need not be convex. It is
    // linear in k between the baselines where an hour's burst changes form (its batch part all
    // that is left over, or nothing left over), so those, their neighbours and the ends are the
    // only candidates: a fleet of millions of replicas is searched as fast as one of three.
    double cheapestBaseline(double v, double from, double to) const
    {
        std::vector<double> candidates {from, to};
        const auto consider = [&](double k) {
            if (k > from && k < to)
                candidates.push_back(k);
        };
        for (int h = 0; h < HoursPerWeek; ++h) {
            const double load = hourLoad(v, h);
            const double fits = replicasFor(load, m_capacityAtTarget);
            consider(fits - 1);
            consider(fits);
            const double batchOnly = (load - hourBatch(v, h)) / m_capacityAtTarget;
            consider(std::floor(batchOnly));
            consider(std::ceil(batchOnly));
        }
        std::ranges::sort(candidates);
        double best = from;
        double bestCost = hybridCost(v, from);
        for (const double k : candidates) {
            if (const double cost = hybridCost(v, k); cost < bestCost) {
                best = k;
                bestCost = cost;
            }
        }
        return best;
    }

    StepFunction stepFunction() const
    {
        StepFunction f;
        f.minReplicas = m_s.minReplicas;
        f.alpha = gpuCost(m_s.spareReplicas * HoursPerMonth) + m_fixedOverhead;
        f.stepUsd = gpuCost(HoursPerMonth / HoursPerWeek);
        const double stepVolume = HoursPerMonth * m_capacityAtTarget * (1 + FitTolerance);
        if (m_s.provisioning == Provisioning::Fixed) {
            f.groups.push_back({m_maxWeight, double(HoursPerWeek), stepVolume / m_maxWeight});
            return f;
        }
        if (m_owned) {
            // Power per replica-hour served; write-off and colocation per replica of the fleet.
            const double power = m_s.gpusPerReplica * m_owned->powerUsd;
            const double fleetUsd = m_s.gpusPerReplica * HoursPerMonth
                * (m_owned->amortizationUsd + m_owned->colocationUsd);
            f.alpha = (fleetUsd + power * HoursPerMonth) * m_s.spareReplicas + m_fixedOverhead;
            f.stepUsd = power * (HoursPerMonth / HoursPerWeek);
            f.peakStepUsd = fleetUsd;
        } else {
            f.alpha
                += (m_replicaHourUsd - m_ondemandReplicaHourUsd) * HoursPerMonth * m_s.minReplicas;
            f.stepUsd = m_ondemandReplicaHourUsd * (HoursPerMonth / HoursPerWeek);
            f.startUsd = f.stepUsd * m_startHours;
        }
        for (const WeightGroup &g : m_weightGroups) {
            if (g.weight > 0)
                f.groups.push_back({g.weight, g.hours, stepVolume / g.weight});
            else
                f.alpha += f.stepUsd * g.hours * m_s.minReplicas; // idle hours keep the floor
        }
        return f;
    }

    std::vector<double> replicasPerGroup(const StepFunction &f, double v) const
    {
        std::vector<double> n;
        n.reserve(f.groups.size());
        for (const StepGroup &g : f.groups)
            n.push_back(replicasFor(v / HoursPerMonth * g.weight, m_capacityAtTarget));
        return n;
    }

    static double stepCost(const StepFunction &f, const std::vector<double> &n,
                           const StartCounter *starts)
    {
        double sum = 0;
        for (size_t i = 0; i < n.size(); ++i)
            sum += f.groups[i].hours * std::max(f.minReplicas, n[i]);
        double cost = f.alpha + f.stepUsd * sum;
        if (f.peakStepUsd > 0 && !n.empty())
            cost += f.peakStepUsd * std::max(f.minReplicas, n[0]);
        if (starts)
            cost += f.startUsd * starts->starts();
        return cost;
    }

    // The exact change of Self when group g moves from n[g] to n[g] + delta replicas (both at or
    // above the floor); updates n[g] and the start count.
    static double moveGroup(const StepFunction &f, std::vector<double> &n, size_t g, double delta,
                            StartCounter *starts)
    {
        n[g] += delta;
        double change = f.stepUsd * f.groups[g].hours * delta;
        if (g == 0)
            change += f.peakStepUsd * delta;
        if (starts)
            change += f.startUsd * starts->move(g, n[g]);
        return change;
    }

    std::optional<StartCounter> startCounter(const StepFunction &f,
                                             const std::vector<double> &n) const
    {
        if (f.startUsd <= 0)
            return std::nullopt;
        return StartCounter(m_weights, f.groups, n, f.minReplicas);
    }

    // The smallest volume above v at which the self-host cost steps up.
    double nextStepAbove(const StepFunction &f, double v) const
    {
        double next = INFINITY;
        for (const StepGroup &g : f.groups) {
            const double n = replicasFor(v / HoursPerMonth * g.weight, m_capacityAtTarget);
            next = std::min(next, std::max(f.minReplicas, n) * g.volumePerReplica);
        }
        return next;
    }

    // The utilization formula's kink: below it the min_replicas floor is paid for.
    double utilizationFloorVolume() const
    {
        return m_s.minReplicas * HoursPerMonth * m_capacity * m_s.averageUtilization;
    }

    // Utilization mode: D(V) = Self(V) - API(V) is convex with D(0+) >= 0, so {D <= 0} is one
    // interval; this is its left end, or null when it is empty.
    std::optional<double> utilizationCrossover() const
    {
        const double floorCost = selfCost(0);
        if (floorCost <= 0)
            return 0.0;
        if (m_apiPrice <= 0)
            return std::nullopt;
        if (floorCost / m_apiPrice <= utilizationFloorVolume())
            return floorCost / m_apiPrice;
        const double netSavingPerMtok
            = m_apiPrice - m_replicaHourUsd / (m_capacity * m_s.averageUtilization);
        if (netSavingPerMtok <= 0)
            return std::nullopt;
        return (selfCost(0) - gpuCost(m_s.minReplicas * HoursPerMonth)) / netSavingPerMtok;
    }

    std::optional<double> breakevenVolume(double vmax) const
    {
        if (selfCost(vmax) > apiCost(vmax))
            return std::nullopt;
        if (m_s.provisioning == Provisioning::Utilization)
            return m_owned ? ownedUtilizationBreakeven(vmax) : utilizationCrossover();
        if (m_apiPrice <= 0)
            return 0.0; // Self is 0 everywhere
        const StepFunction f = stepFunction();
        const double p = m_apiPrice;

        // Skip the volumes where even the upper bound of Self is below the API: the bound's
        // excess is convex, so those volumes form one interval ending at vmax.
        double v = vmax;
        const auto surelyCheaper = [&](double x) {
            return f.upperBound(x) - p * x <= 0;
        };
        if (surelyCheaper(v)) {
            if (surelyCheaper(0))
                return 0.0;
            double lo = 0;
            for (int i = 0; i < 200 && v - lo > v * 1e-13; ++i) {
                const double mid = (lo + v) / 2;
                (surelyCheaper(mid) ? v : lo) = mid;
            }
        }

        // Walk down the steps: Self <= API holds on [v, vmax]; find where it stops holding.
        std::vector<double> n = replicasPerGroup(f, v);
        std::optional<StartCounter> starts = startCounter(f, n);
        StartCounter *counter = starts ? &*starts : nullptr;
        double self = stepCost(f, n, counter);
        using Step = std::pair<double, size_t>; // (volume where group steps down, group)
        std::priority_queue<Step> steps;
        for (size_t g = 0; g < n.size(); ++g) {
            if (n[g] > f.minReplicas)
                steps.push({(n[g] - 1) * f.groups[g].volumePerReplica, g});
        }
        for (long long walked = 0; walked < MaxWalkSteps && !steps.empty(); ++walked) {
            const auto [stepVolume, g] = steps.top();
            if (self / p > stepVolume)
                return self / p;
            steps.pop();
            self += moveGroup(f, n, g, -1, counter);
            if (n[g] > f.minReplicas)
                steps.push({(n[g] - 1) * f.groups[g].volumePerReplica, g});
        }
        return steps.empty() ? self / p : steps.top().first;
    }

    std::optional<double> firstCrossover(double vmax) const
    {
        if (m_s.provisioning == Provisioning::Utilization) {
            const auto crossover
                = m_owned ? ownedUtilizationCrossover(vmax) : utilizationCrossover();
            if (crossover && *crossover <= vmax)
                return crossover;
            return std::nullopt;
        }
        if (m_apiPrice <= 0)
            return selfCost(vmax) <= 0 ? std::optional<double>(0.0) : std::nullopt;
        const StepFunction f = stepFunction();
        const double p = m_apiPrice;

        // Skip the volumes where even the lower bound of Self is above the API. The bound's
        // shortfall p V - lower(V) is concave: find its peak, then the rising edge before it.
        const auto shortfall = [&](double x) {
            return p * x - f.lowerBound(x);
        };
        double peak = vmax;
        for (const StepGroup &g : f.groups) {
            const double kink = f.minReplicas * g.volumePerReplica;
            if (kink < vmax && shortfall(kink) > shortfall(peak))
                peak = kink;
        }
        if (shortfall(peak) < 0)
            return std::nullopt;
        double start = 0;
        if (shortfall(0) < 0) {
            double hi = peak;
            for (int i = 0; i < 200 && hi - start > hi * 1e-13; ++i) {
                const double mid = (start + hi) / 2;
                (shortfall(mid) >= 0 ? hi : start) = mid;
            }
        }

        // Walk up the steps from start, where Self > API, to the first piece that reaches API.
        std::vector<double> n = replicasPerGroup(f, start);
        for (double &count : n) // any volume above 0 needs a replica in every loaded hour
            count = std::max({count, f.minReplicas, 1.0});
        std::optional<StartCounter> starts = startCounter(f, n);
        StartCounter *counter = starts ? &*starts : nullptr;
        double self = stepCost(f, n, counter);
        using Step = std::pair<double, size_t>;
        std::priority_queue<Step, std::vector<Step>, std::greater<>> steps;
        for (size_t g = 0; g < n.size(); ++g)
            steps.push({n[g] * f.groups[g].volumePerReplica, g});
        double lower = start;
        for (long long walked = 0; walked < MaxWalkSteps; ++walked) {
            const double stepVolume = steps.empty() ? INFINITY : steps.top().first;
            if (self - p * std::min(stepVolume, vmax) <= 0)
                return std::max(lower, self / p);
            if (stepVolume >= vmax)
                return std::nullopt;
            const size_t g = steps.top().second;
            steps.pop();
            self += moveGroup(f, n, g, 1, counter);
            steps.push({n[g] * f.groups[g].volumePerReplica, g});
            lower = stepVolume;
        }
        return lower;
    }

    // X of section 5: the replica-hours beyond the spares that the API bill pays for. r > 0.
    double affordableReplicaHours(double v) const
    {
        return (apiCost(v) - gpuCost(m_s.spareReplicas * HoursPerMonth) - m_fixedOverhead)
            / m_replicaHourUsd;
    }

    std::optional<double> breakevenUtilization(double v) const
    {
        if (m_replicaHourUsd <= 0)
            return std::nullopt;
        const double x = affordableReplicaHours(v);
        if (x <= 0 || x < m_s.minReplicas * HoursPerMonth)
            return std::nullopt;
        const double u = v / (m_capacity * x);
        if (u > 1)
            return std::nullopt;
        return u;
    }

    // The committed GPU price at which Self = API, any on-demand price held (section 9.5).
    std::optional<double> breakevenGpuPrice(double v) const
    {
        if (m_owned)
            return std::nullopt;
        const double margin = apiCost(v) - m_fixedOverhead;
        if (m_ondemandPriced) {
            const auto [committed, ondemand] = committedAndOndemandHours(v);
            const double price
                = (margin - m_ondemandReplicaHourUsd * ondemand) / (m_s.gpusPerReplica * committed);
            if (committed <= 0 || price < 0)
                return std::nullopt;
            return price;
        }
        if (margin < 0)
            return std::nullopt;
        return margin / (m_s.gpusPerReplica * replicaHours(v));
    }

    // The purchase price per owned GPU at which Self = API (section 9.5).
    std::optional<double> breakevenPurchase(double v) const
    {
        const double hours = replicaHours(v);
        const double replicas = fleet(v, hours);
        const double margin = apiCost(v) - m_fixedOverhead - ownedRunningCost(replicas, hours);
        if (replicas <= 0 || margin < 0)
            return std::nullopt;
        return margin * m_s.ownedGpu->amortizationMonths / (m_s.gpusPerReplica * replicas);
    }

    double volumeInMonth(double v, int month) const
    {
        return v * std::pow(1 + m_s.monthlyGrowth, month - 1);
    }

    int horizon() const { return static_cast<int>(m_s.horizonMonths); }

    // The API bill, cumulative by month 0..H.
    std::vector<double> apiOutlays(double v) const
    {
        std::vector<double> total {0};
        for (int month = 1; month <= horizon(); ++month)
            total.push_back(total.back() + apiCost(volumeInMonth(v, month)));
        return total;
    }

    // Self-hosting's cumulative spend by month 0..H, the setup paid at month 0. Owned GPUs are
    // paid in cash: bought as the fleet grows, then colocation and power (section 9.3).
    std::vector<double> selfhostOutlays(double v) const
    {
        std::vector<double> total {m_s.setupUsd};
        double bought = 0;
        for (int month = 1; month <= horizon(); ++month) {
            const double volume = volumeInMonth(v, month);
            if (!m_owned) {
                total.push_back(total.back() + (selfGpuCost(volume) + m_overhead));
                continue;
            }
            const double hours = replicaHours(volume);
            const double replicas = fleet(volume, hours);
            const double purchase = purchaseUsd(std::max(0.0, replicas - bought));
            bought = std::max(bought, replicas);
            total.push_back(total.back() + purchase + ownedRunningCost(replicas, hours)
                            + m_overhead);
        }
        return total;
    }

    // The hybrid's cumulative spend by month 0..H with k* chosen each month and the setup paid
    // at month 0 (section 9.5), and the first month whose k* > 0 (0 when none).
    std::pair<std::vector<double>, int> hybridOutlays(double v) const
    {
        std::vector<double> total {m_s.setupUsd};
        int firstSelfhosted = 0;
        double bought = 0;
        for (int month = 1; month <= horizon(); ++month) {
            const double volume = volumeInMonth(v, month);
            const HybridChoice choice = bestHybrid(volume);
            const bool selfhosts = choice.replicas > 0;
            if (selfhosts && firstSelfhosted == 0)
                firstSelfhosted = month;
            double spend = choice.costUsd - (selfhosts ? m_s.setupUsd / m_s.horizonMonths : 0);
            if (m_owned) {
                const double replicas = selfhosts ? choice.replicas + m_hybridSpares : 0;
                spend = hybridBurstCost(volume, choice.replicas)
                    + purchaseUsd(std::max(0.0, replicas - bought));
                if (selfhosts)
                    spend += ownedRunningCost(replicas, replicas * HoursPerMonth) + m_overhead;
                bought = std::max(bought, replicas);
            }
            total.push_back(total.back() + spend);
        }
        return {total, firstSelfhosted};
    }

    static std::optional<int> firstMonthPaidBack(const std::vector<double> &outlays,
                                                 const std::vector<double> &api, int from)
    {
        for (size_t month = std::max(1, from); month < outlays.size(); ++month) {
            if (outlays[month] <= api[month])
                return int(month);
        }
        return std::nullopt;
    }

    std::optional<int> paybackMonth(double v) const
    {
        return firstMonthPaidBack(selfhostOutlays(v), apiOutlays(v), 1);
    }

    std::optional<int> hybridPaybackMonth(double v) const
    {
        const auto [outlays, firstSelfhosted] = hybridOutlays(v);
        if (firstSelfhosted == 0)
            return std::nullopt;
        return firstMonthPaidBack(outlays, apiOutlays(v), firstSelfhosted);
    }

    std::optional<int> selfhostCheaperFromMonth(double v) const
    {
        for (int month = 1; month <= horizon(); ++month) {
            const double volume = volumeInMonth(v, month);
            if (selfCost(volume) <= apiCost(volume))
                return month;
        }
        return std::nullopt;
    }

private:
    Scenario m_s;
    double m_blendedInputPrice = 0;
    double m_apiPrice = 0;
    double m_secondsPerToken = 0;
    double m_capacity = 0;
    double m_capacityAtTarget = 0;
    double m_replicaHourUsd = 0;
    bool m_ondemandPriced = false; // autoscale rents above its floor at its own price
    double m_ondemandReplicaHourUsd = 0; // r_o
    double m_startHours = 0; // paid hours of each replica start
    double m_hybridSpares = 0;
    double m_interactiveApiPrice = 0; // p_int: the blended price without the batch discount
    std::optional<OwnedGpuHourly> m_owned;
    WeekWeights m_batch {}; // the batch work's weight in each hour, when it fills the valleys
    double m_overhead = 0;
    double m_fixedOverhead = 0;
    double m_maxWeight = 0;
    WeekWeights m_weights {};
    WeekWeights m_sorted {};
    HourPrefix m_prefix {};
    HourPrefix m_hourCount {}; // n: the prefix of a constant 1
    std::optional<PoolBursts> m_pool; // several workloads (section 11.2)
    bool m_hybridConvex = true; // Hybrid(k) convex in k, so that bestHybrid may bisect
    std::vector<WeightGroup> m_weightGroups; // descending weight
};

// The paid replica-hours that serve: the basis of the serving and breakeven utilizations.
double servingReplicaHours(const Scenario &s, double paidReplicaHours)
{
    return paidReplicaHours - s.spareReplicas * HoursPerMonth;
}

// The section 9.5 figures.
void addV2Figures(const Model &model, const Scenario &s, Summary &r)
{
    const double v = s.volumeMtokPerMonth;
    const double servingHours = servingReplicaHours(s, r.paidReplicaHours);
    if (servingHours > 0)
        r.servingUtilization = v / model.capacity() / servingHours;
    r.hybridPaybackMonth = model.hybridPaybackMonth(v);
    r.selfhostCheaperFromMonth = model.selfhostCheaperFromMonth(v);
    r.breakevenSearchLimitMtokPerMonth = v * BreakevenSearchVolumeFactor;
    if (model.owned()) {
        r.selfhostCapexUsd = model.purchaseUsd(model.fleet(v, r.paidReplicaHours));
        r.breakevenPurchaseUsd = model.breakevenPurchase(v);
    }
}

Summary summarize(const Model &model, const Scenario &s, HybridChoice &hybrid)
{
    const double v = s.volumeMtokPerMonth;
    const double vmax = v * BreakevenSearchVolumeFactor;
    Summary r;
    r.apiUsdPerMonth = model.apiCost(v);
    r.paidReplicaHours = model.replicaHours(v);
    r.selfhostGpuUsdPerMonth = model.selfGpuCost(v);
    r.selfhostOverheadUsdPerMonth = model.fixedOverhead();
    r.selfhostUsdPerMonth = r.selfhostGpuUsdPerMonth + r.selfhostOverheadUsdPerMonth;
    hybrid = model.bestHybrid(v);
    r.hybridUsdPerMonth = hybrid.costUsd;
    r.apiUsdPerMtok = r.apiUsdPerMonth / v;
    r.selfhostUsdPerMtok = r.selfhostUsdPerMonth / v;
    r.hybridUsdPerMtok = r.hybridUsdPerMonth / v;
    r.replicaCapacityMtokPerHour = model.capacity();
    r.peakReplicas = model.peakReplicas(v);
    r.utilization = v / model.capacity() / r.paidReplicaHours;
    r.hybridReplicas = hybrid.replicas;
    r.hybridSelfhostShare = 1 - hybrid.burstMtok / v;
    r.breakevenVolumeMtokPerMonth = model.breakevenVolume(vmax);
    r.firstCrossoverMtokPerMonth = model.firstCrossover(vmax);
    r.breakevenUtilization = model.breakevenUtilization(v);
    r.breakevenGpuHourlyUsd = model.breakevenGpuPrice(v);
    r.paybackMonth = model.paybackMonth(v);
    r.cheapest = cheapestOf({r.apiUsdPerMonth, r.selfhostUsdPerMonth, r.hybridUsdPerMonth});
    addV2Figures(model, s, r);
    return r;
}

VolumeCurves volumeCurves(const Model &model, const Scenario &s)
{
    VolumeCurves c;
    c.api.reserve(CurvePoints);
    c.selfhost.reserve(CurvePoints + 2 * CurvePoints);
    c.hybrid.reserve(CurvePoints);
    const bool stepped = s.provisioning != Provisioning::Utilization;
    const StepFunction steps = stepped ? model.stepFunction() : StepFunction {};
    const double floorVolume = model.utilizationFloorVolume();
    const double first = s.volumeMtokPerMonth / CurveSpanFactor;
    const double ratio = std::pow(CurveSpanFactor * CurveSpanFactor, 1.0 / (CurvePoints - 1));
    double previousVolume = 0;
    double previousSelf = 0;
    for (int i = 0; i < CurvePoints; ++i) {
        const double v = first * std::pow(ratio, i);
        const double self = model.selfCost(v);
        if (i > 0 && stepped && self != previousSelf) {
            const double step = model.nextStepAbove(steps, previousVolume);
            if (step > previousVolume && step < v) {
                c.selfhost.append({step, previousSelf});
                c.selfhost.append({step, self});
            }
        } else if (i > 0 && !stepped && floorVolume > previousVolume && floorVolume < v) {
            c.selfhost.append({floorVolume, model.selfCost(floorVolume)});
        }
        c.api.append({v, model.apiCost(v)});
        c.selfhost.append({v, self});
        c.hybrid.append({v, model.bestHybrid(v).costUsd});
        previousVolume = v;
        previousSelf = self;
    }
    return c;
}

UtilizationCurves utilizationCurves(const Model &model, const Scenario &s, const Summary &summary)
{
    UtilizationCurves c;
    constexpr double lowest = 0.01;
    const double v = s.volumeMtokPerMonth;
    c.selfhost.reserve(CurvePoints);
    for (int i = 0; i < CurvePoints; ++i) {
        const double u = lowest + (1 - lowest) * i / (CurvePoints - 1);
        const double cost
            = model.gpuCost(model.replicaHoursAtUtilization(v, u)) + model.fixedOverhead();
        c.selfhost.append({u, cost / v});
    }
    c.api = {{lowest, model.apiPrice()}, {1, model.apiPrice()}};
    c.scenarioUtilization = s.provisioning == Provisioning::Utilization
        ? s.averageUtilization
        : summary.servingUtilization.value_or(s.averageUtilization);
    return c;
}

QList<QPointF> hybridCostVsReplicas(const Model &model, const Scenario &s, double bestReplicas)
{
    const double v = s.volumeMtokPerMonth;
    const double peak = model.peakReplicas(v);
    std::vector<double> ks {0};
    const double span = peak - s.minReplicas;
    const int samples = static_cast<int>(std::min(span, double(CurvePoints - 2))) + 1;
    for (int i = 0; i < samples; ++i) {
        const double k
            = samples == 1 ? s.minReplicas : std::round(s.minReplicas + span * i / (samples - 1));
        if (k != ks.back())
            ks.push_back(k);
    }
    if (bestReplicas > 0 && !std::binary_search(ks.begin(), ks.end(), bestReplicas))
        ks.insert(std::upper_bound(ks.begin(), ks.end(), bestReplicas), bestReplicas);
    QList<QPointF> points;
    points.reserve(qsizetype(ks.size()));
    for (double k : ks)
        points.append({k, model.hybridCost(v, k)});
    return points;
}

WeekSplit weekSplit(const Model &model, const Scenario &s, double replicas)
{
    WeekSplit w;
    w.baselineCapacityMtokPerHour = replicas * model.capacityAtTarget();
    w.selfhosted.reserve(HoursPerWeek);
    w.burstToApi.reserve(HoursPerWeek);
    for (int h = 0; h < HoursPerWeek; ++h) {
        const double load = model.hourLoad(s.volumeMtokPerMonth, h);
        const bool fits = replicas > 0 && replicasFor(load, model.capacityAtTarget()) <= replicas;
        const double carried = replicas <= 0 ? 0 : fits ? load : w.baselineCapacityMtokPerHour;
        w.selfhosted.append({double(h), carried});
        w.burstToApi.append({double(h), load - carried});
        if (s.batchFillsValleys) {
            const double batch = model.hourBatch(s.volumeMtokPerMonth, h);
            w.batchInValleys.append({double(h), batch - std::min(batch, load - carried)});
        }
    }
    return w;
}

// Self-hosting and the hybrid pay the set-up at month 0 (the hybrid only when it self-hosts at
// all) and then the running costs of each month at that month's volume.
HorizonCurves horizonCurves(const Model &model, const Scenario &s)
{
    HorizonCurves c;
    const int months = static_cast<int>(s.horizonMonths);
    const double setupShare = s.setupUsd / s.horizonMonths;
    const std::vector<double> api = model.apiOutlays(s.volumeMtokPerMonth);
    const std::vector<double> self = model.selfhostOutlays(s.volumeMtokPerMonth);
    double hybrid = model.bestHybrid(s.volumeMtokPerMonth).replicas > 0 ? s.setupUsd : 0;
    c.api.append({0, api[0]});
    c.selfhost.append({0, self[0]});
    // Owned GPUs: the hybrid's baseline in cash too, as its payback month counts it.
    const std::vector<double> ownedHybrid
        = model.owned() ? model.hybridOutlays(s.volumeMtokPerMonth).first : std::vector<double> {};
    c.hybrid.append({0, model.owned() ? ownedHybrid[0] : hybrid});
    for (int month = 1; month <= months; ++month) {
        const double volume = model.volumeInMonth(s.volumeMtokPerMonth, month);
        const HybridChoice choice = model.bestHybrid(volume);
        hybrid += choice.costUsd - (choice.replicas > 0 ? setupShare : 0);
        c.api.append({double(month), api[month]});
        c.selfhost.append({double(month), self[month]});
        c.hybrid.append({double(month), model.owned() ? ownedHybrid[month] : hybrid});
    }
    return c;
}

CostBreakdown gpuBreakdown(const Model &model, double gpuUsd, double busyMtok)
{
    CostBreakdown b;
    const double busy = model.replicaHourUsd() * busyMtok / model.capacity();
    b.gpuBusy = std::min(gpuUsd, busy);
    b.gpuIdle = gpuUsd - b.gpuBusy;
    b.engineeringAndOperations = model.fixedOverhead();
    return b;
}

// A pool's workloads, each on its own API and mix (section 11.2); none for a plain scenario.
QList<PooledWorkload> pooledWorkloads(const Scenario &pool)
{
    QList<PooledWorkload> workloads;
    for (int w = 0; w < pool.workloads.size(); ++w) {
        const Scenario s = workloadScenario(pool, w);
        const WorkloadMix mix = workloadMix(s);
        const double v = s.volumeMtokPerMonth;
        workloads.append({s.name, v, mix.apiUsdPerMtok, v * mix.apiUsdPerMtok,
                          mix.capacityMtokPerHour, v / mix.capacityMtokPerHour});
    }
    return workloads;
}

Explanation explain(const Model &model, const Scenario &s, const Summary &summary,
                    const HybridChoice &hybrid)
{
    const double v = s.volumeMtokPerMonth;
    Explanation x;
    x.blendedInputUsdPerMtok = model.blendedInputPrice();
    x.apiUsdPerMtok = model.apiPrice();
    x.secondsPerToken = model.secondsPerToken();
    x.busyReplicaHours = v / model.capacity();
    x.workloads = pooledWorkloads(s);
    x.replicaHourUsd = model.replicaHourUsd();
    x.runningOverheadUsdPerMonth = model.overhead();
    x.setupShareUsdPerMonth = s.setupUsd / s.horizonMonths;
    x.spareReplicasUsdPerMonth = model.gpuCost(s.spareReplicas * HoursPerMonth);
    x.servingReplicaHours = servingReplicaHours(s, summary.paidReplicaHours);
    x.ondemandReplicaHours = model.ondemandReplicaHours(v);
    if (model.owned())
        x.ownedGpus = s.gpusPerReplica * model.fleet(v, summary.paidReplicaHours);
    x.hybridBurstMtokPerMonth = hybrid.burstMtok;
    x.hybridBurstUsdPerMonth = hybrid.burstUsd;
    if (model.replicaHourUsd() > 0)
        x.affordableReplicaHours = model.affordableReplicaHours(v);
    x.selfhostSavingsUsdPerMonth = summary.apiUsdPerMonth - summary.selfhostUsdPerMonth;
    x.hybridSavingsUsdPerMonth = summary.apiUsdPerMonth - summary.hybridUsdPerMonth;
    x.hybridSavingsOverSelfhostUsdPerMonth
        = summary.selfhostUsdPerMonth - summary.hybridUsdPerMonth;
    const auto first = summary.firstCrossoverMtokPerMonth;
    const auto breakeven = summary.breakevenVolumeMtokPerMonth;
    x.crossoverWindow = first && (!breakeven || *breakeven > *first * (1 + TieTolerance));
    return x;
}

} // namespace

QString optionKey(Option option)
{
    switch (option) {
    case Option::Api:
        return QStringLiteral("api");
    case Option::Selfhost:
        return QStringLiteral("selfhost");
    case Option::Hybrid:
        return QStringLiteral("hybrid");
    }
    return {};
}

Summary summarize(const Scenario &scenario)
{
    const Model model(scenario);
    HybridChoice hybrid;
    return summarize(model, model.scenario(), hybrid);
}

Evaluation evaluate(const Scenario &input)
{
    const Model model(input);
    const Scenario &scenario = model.scenario(); // a workloads list: the pool, V = sum V_w
    HybridChoice hybrid;
    Evaluation e;
    e.summary = summarize(model, scenario, hybrid);
    e.explanation = explain(model, scenario, e.summary, hybrid);
    e.costVsVolume = volumeCurves(model, scenario);
    e.costPerMtokVsUtilization = utilizationCurves(model, scenario, e.summary);
    e.hybridCostVsReplicas = hybridCostVsReplicas(model, scenario, hybrid.replicas);
    e.week = weekSplit(model, scenario, hybrid.replicas);

    const Summary &s = e.summary;
    const double v = scenario.volumeMtokPerMonth;
    e.apiBreakdown.api = s.apiUsdPerMonth;
    e.selfhostBreakdown = gpuBreakdown(model, s.selfhostGpuUsdPerMonth, v);
    if (hybrid.replicas > 0) {
        const double gpu = model.hybridGpuCost(hybrid.replicas);
        e.hybridBreakdown = gpuBreakdown(model, gpu, v - hybrid.burstLoad);
    }
    e.hybridBreakdown.api = model.hybridBurstCost(v, hybrid.replicas);
    e.cumulativeCost = horizonCurves(model, scenario);
    return e;
}

Option cheapestOf(const MonthlyCosts &costs)
{
    if (costs.api <= costs.selfhost && costs.api <= costs.hybrid)
        return Option::Api;
    if (costs.selfhost <= costs.hybrid)
        return Option::Selfhost;
    return Option::Hybrid;
}

MonthlyCosts monthlyCosts(const Scenario &scenario)
{
    const Model model(scenario);
    const double v = model.scenario().volumeMtokPerMonth;
    const HybridChoice hybrid = model.bestHybrid(v);
    return {model.apiCost(v), model.selfCost(v), hybrid.costUsd, hybrid.replicas};
}

double apiCostAt(const Scenario &scenario, double volumeMtokPerMonth)
{
    return Model(scenario).apiCost(volumeMtokPerMonth);
}

double selfhostCostAt(const Scenario &scenario, double volumeMtokPerMonth)
{
    return Model(scenario).selfCost(volumeMtokPerMonth);
}

} // namespace planner
