// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "costengine.h"

#include <queue>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace planner {
namespace {

// An exact fit must not round up to another replica (cost model, section 3).
constexpr double FitTolerance = 1e-9;
// Two figures within this relative distance are a tie (section 8).
constexpr double TieTolerance = 1e-9;
// Bounds the exact step walk of the breakeven search; only a scenario whose self-host marginal
// cost equals the API price to about 1e-7 comes near it.
constexpr long long MaxWalkSteps = 5'000'000;
constexpr double VolumeRangeFactor = 1000; // breakeven search up to 1000x the current volume
constexpr double CurveSpanFactor = 100; // curves from V/100 to 100 V

double replicasFor(double loadMtokPerHour, double capacityMtokPerHour)
{
    if (loadMtokPerHour <= 0)
        return 0;
    return std::ceil(loadMtokPerHour / capacityMtokPerHour / (1 + FitTolerance));
}

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
    double burstMtok = 0;
};

// Self(V) for fixed and autoscale as a step function: alpha + stepUsd * sum over groups of
// hours * max(min, n_g(V)). Each replica step of a group adds stepUsd * hours.
struct StepFunction
{
    double alpha = 0;
    double stepUsd = 0;
    double minReplicas = 1;
    std::vector<StepGroup> groups;

    double lowerBound(double v) const { return bound(v, 0); }
    double upperBound(double v) const { return bound(v, 1); }

private:
    double bound(double v, double extra) const
    {
        double sum = 0;
        for (const StepGroup &g : groups)
            sum += g.hours * std::max(minReplicas, v / g.volumePerReplica + extra);
        return alpha + stepUsd * sum;
    }
};

class Model
{
public:
    explicit Model(const Scenario &s)
        : m_s(s)
    {
        m_blendedInputPrice = (1 - s.cachedInputFraction) * s.inputUsdPerMtok
            + s.cachedInputFraction * s.cachedInputUsdPerMtok;
        m_apiPrice
            = ((1 - s.outputFraction) * m_blendedInputPrice + s.outputFraction * s.outputUsdPerMtok)
            * (1 - s.batchFraction * s.batchDiscount);

        m_secondsPerToken = s.mixedTokPerS > 0
            ? 1 / s.mixedTokPerS
            : (1 - s.outputFraction) / s.prefillTokPerS + s.outputFraction / s.decodeTokPerS;
        m_capacity = 3600 / (m_secondsPerToken * 1e6);
        m_capacityAtTarget = m_capacity * s.maxUtilization;
        m_replicaHourUsd = s.gpusPerReplica * s.gpuHourlyUsd;
        m_overhead = s.engineerFte * s.engineerUsdPerYear / 12 + s.oncallUsdPerMonth
            + s.modelUpdatesPerYear * s.modelUpdateUsd / 12 + s.otherUsdPerMonth;
        m_fixedOverhead = m_overhead + s.setupUsd / s.horizonMonths;

        const double total
            = std::accumulate(s.profile.weights.begin(), s.profile.weights.end(), 0.0);
        for (int h = 0; h < HoursPerWeek; ++h)
            m_weights[h] = s.profile.weights[h] * HoursPerWeek / total;
        m_sorted = m_weights;
        std::sort(m_sorted.begin(), m_sorted.end(), std::greater<>());
        m_prefix[0] = 0;
        for (int i = 0; i < HoursPerWeek; ++i)
            m_prefix[i + 1] = m_prefix[i] + m_sorted[i];
        m_maxWeight = m_sorted.front();
        for (int i = 0; i < HoursPerWeek;) {
            int j = i;
            while (j < HoursPerWeek && m_sorted[j] == m_sorted[i])
                ++j;
            m_weightGroups.push_back({m_sorted[i], double(j - i)});
            i = j;
        }
    }

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
    double selfCost(double v) const { return gpuCost(replicaHours(v)) + m_fixedOverhead; }
    double hourLoad(double v, int hour) const { return v / HoursPerMonth * m_weights[hour]; }

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

    // Mtok per month that k always-on replicas cannot carry. Hours that need no more than k
    // replicas (with the same tolerance as replicasFor) send nothing to the API.
    double burst(double v, double k) const
    {
        if (k <= 0)
            return v;
        const double carried = k * m_capacityAtTarget;
        const double threshold = carried * (1 + FitTolerance) * HoursPerMonth / v;
        const auto over = std::partition_point(m_sorted.begin(), m_sorted.end(),
                                               [threshold](double w) { return w > threshold; });
        const auto hours = static_cast<int>(over - m_sorted.begin());
        const double excess
            = (v * m_prefix[hours] - HoursPerMonth * hours * carried) / HoursPerWeek;
        return std::max(0.0, excess);
    }

    double hybridCost(double v, double k) const
    {
        const double api = m_apiPrice * burst(v, k);
        if (k <= 0)
            return api;
        return api + gpuCost((k + m_s.spareReplicas) * HoursPerMonth) + m_fixedOverhead;
    }

    // Hybrid(k) is convex in k for k >= min (a convex burst plus a linear GPU bill), so the first
    // k whose successor is not cheaper is the smallest minimiser.
    HybridChoice bestHybrid(double v) const
    {
        double lo = m_s.minReplicas;
        double hi = peakReplicas(v);
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
        HybridChoice best {0, hybridCost(v, 0), v};
        if (const double cost = hybridCost(v, lo); cost < best.costUsd)
            best = {lo, cost, burst(v, lo)};
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

    static double stepCost(const StepFunction &f, const std::vector<double> &n)
    {
        double sum = 0;
        for (size_t i = 0; i < n.size(); ++i)
            sum += f.groups[i].hours * std::max(f.minReplicas, n[i]);
        return f.alpha + f.stepUsd * sum;
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
            return utilizationCrossover();
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
        double self = stepCost(f, n);
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
            self -= f.stepUsd * f.groups[g].hours;
            n[g] -= 1;
            if (n[g] > f.minReplicas)
                steps.push({(n[g] - 1) * f.groups[g].volumePerReplica, g});
        }
        return steps.empty() ? self / p : steps.top().first;
    }

    std::optional<double> firstCrossover(double vmax) const
    {
        if (m_s.provisioning == Provisioning::Utilization) {
            const auto crossover = utilizationCrossover();
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
        for (double &count : n)
            count = std::max(count, f.minReplicas);
        double self = stepCost(f, n);
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
            self += f.stepUsd * f.groups[g].hours;
            n[g] += 1;
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

    std::optional<double> breakevenGpuPrice(double v) const
    {
        const double margin = apiCost(v) - m_fixedOverhead;
        if (margin < 0)
            return std::nullopt;
        return margin / (m_s.gpusPerReplica * replicaHours(v));
    }

    std::optional<int> paybackMonth(double v) const
    {
        double selfTotal = m_s.setupUsd;
        double apiTotal = 0;
        const int horizon = static_cast<int>(m_s.horizonMonths);
        for (int month = 1; month <= horizon; ++month) {
            const double volume = v * std::pow(1 + m_s.monthlyGrowth, month - 1);
            selfTotal += gpuCost(replicaHours(volume)) + m_overhead;
            apiTotal += apiCost(volume);
            if (selfTotal <= apiTotal)
                return month;
        }
        return std::nullopt;
    }

private:
    const Scenario &m_s;
    double m_blendedInputPrice = 0;
    double m_apiPrice = 0;
    double m_secondsPerToken = 0;
    double m_capacity = 0;
    double m_capacityAtTarget = 0;
    double m_replicaHourUsd = 0;
    double m_overhead = 0;
    double m_fixedOverhead = 0;
    double m_maxWeight = 0;
    WeekWeights m_weights {};
    WeekWeights m_sorted {};
    std::array<double, HoursPerWeek + 1> m_prefix {};
    std::vector<WeightGroup> m_weightGroups; // descending weight
};

Option cheapestOf(double api, double self, double hybrid)
{
    if (api <= self && api <= hybrid)
        return Option::Api;
    if (self <= hybrid)
        return Option::Selfhost;
    return Option::Hybrid;
}

Summary summarize(const Model &model, const Scenario &s, HybridChoice &hybrid)
{
    const double v = s.volumeMtokPerMonth;
    const double vmax = v * VolumeRangeFactor;
    Summary r;
    r.apiUsdPerMonth = model.apiCost(v);
    r.paidReplicaHours = model.replicaHours(v);
    r.selfhostGpuUsdPerMonth = model.gpuCost(r.paidReplicaHours);
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
    r.cheapest = cheapestOf(r.apiUsdPerMonth, r.selfhostUsdPerMonth, r.hybridUsdPerMonth);
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

UtilizationCurves utilizationCurves(const Model &model, const Scenario &s,
                                    const Explanation &explanation)
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
        : explanation.servingUtilization.value_or(s.averageUtilization);
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
    double api = 0;
    double self = s.setupUsd;
    double hybrid = model.bestHybrid(s.volumeMtokPerMonth).replicas > 0 ? s.setupUsd : 0;
    c.api.append({0, api});
    c.selfhost.append({0, self});
    c.hybrid.append({0, hybrid});
    for (int month = 1; month <= months; ++month) {
        const double volume = s.volumeMtokPerMonth * std::pow(1 + s.monthlyGrowth, month - 1);
        api += model.apiCost(volume);
        self += model.gpuCost(model.replicaHours(volume)) + model.overhead();
        const HybridChoice choice = model.bestHybrid(volume);
        hybrid += choice.costUsd - (choice.replicas > 0 ? setupShare : 0);
        c.api.append({double(month), api});
        c.selfhost.append({double(month), self});
        c.hybrid.append({double(month), hybrid});
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

Explanation explain(const Model &model, const Scenario &s, const Summary &summary,
                    const HybridChoice &hybrid)
{
    const double v = s.volumeMtokPerMonth;
    Explanation x;
    x.blendedInputUsdPerMtok = model.blendedInputPrice();
    x.apiUsdPerMtok = model.apiPrice();
    x.secondsPerToken = model.secondsPerToken();
    x.replicaHourUsd = model.replicaHourUsd();
    x.runningOverheadUsdPerMonth = model.overhead();
    x.setupShareUsdPerMonth = s.setupUsd / s.horizonMonths;
    x.spareReplicasUsdPerMonth = model.gpuCost(s.spareReplicas * HoursPerMonth);
    const double servingHours = summary.paidReplicaHours - s.spareReplicas * HoursPerMonth;
    if (servingHours > 0)
        x.servingUtilization = v / model.capacity() / servingHours;
    x.hybridBurstMtokPerMonth = hybrid.burstMtok;
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
    return summarize(model, scenario, hybrid);
}

Evaluation evaluate(const Scenario &scenario)
{
    const Model model(scenario);
    HybridChoice hybrid;
    Evaluation e;
    e.summary = summarize(model, scenario, hybrid);
    e.explanation = explain(model, scenario, e.summary, hybrid);
    e.costVsVolume = volumeCurves(model, scenario);
    e.costPerMtokVsUtilization = utilizationCurves(model, scenario, e.explanation);
    e.hybridCostVsReplicas = hybridCostVsReplicas(model, scenario, hybrid.replicas);
    e.week = weekSplit(model, scenario, hybrid.replicas);

    const Summary &s = e.summary;
    const double v = scenario.volumeMtokPerMonth;
    e.apiBreakdown.api = s.apiUsdPerMonth;
    e.selfhostBreakdown = gpuBreakdown(model, s.selfhostGpuUsdPerMonth, v);
    if (hybrid.replicas > 0) {
        const double gpu
            = model.gpuCost((hybrid.replicas + scenario.spareReplicas) * HoursPerMonth);
        e.hybridBreakdown = gpuBreakdown(model, gpu, v - hybrid.burstMtok);
    }
    e.hybridBreakdown.api = model.apiPrice() * hybrid.burstMtok;
    e.cumulativeCost = horizonCurves(model, scenario);
    return e;
}

MonthlyCosts monthlyCosts(const Scenario &scenario)
{
    const Model model(scenario);
    const double v = scenario.volumeMtokPerMonth;
    return {model.apiCost(v), model.selfCost(v), model.bestHybrid(v).costUsd};
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
