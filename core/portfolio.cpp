// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolio.h"

#include "workloadpool.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace planner {
namespace {

// Two costs within this relative distance are a tie (cost model, section 8).
constexpr double TieTolerance = 1e-9;

// One candidate of section 11.3: the workloads in S (bit i = workload i) pooled and priced as
// one option, the rest on their APIs.
struct Candidate
{
    unsigned subset = 0;
    Option option = Option::Api;
    double costUsd = 0;
    double hybridReplicas = 0;
};

bool isTie(double a, double b)
{
    return std::abs(a - b) <= TieTolerance * std::max(std::abs(a), std::abs(b));
}

// Section 11.3's order: the cheaper, then the smaller S, then self-hosting over the hybrid, then
// the lower bitmask.
bool isBetter(const Candidate &a, const Candidate &b)
{
    if (!isTie(a.costUsd, b.costUsd))
        return a.costUsd < b.costUsd;
    const int sizeA = std::popcount(a.subset);
    const int sizeB = std::popcount(b.subset);
    if (sizeA != sizeB)
        return sizeA < sizeB;
    if (a.option != b.option)
        return a.option == Option::Selfhost;
    return a.subset < b.subset;
}

// The scenario of the workloads in subset, in list order.
Scenario subsetScenario(const Scenario &scenario, unsigned subset)
{
    Scenario pooled = scenario;
    pooled.workloads.clear();
    for (int w = 0; w < scenario.workloads.size(); ++w) {
        if (subset & (1U << w))
            pooled.workloads.append(scenario.workloads[w]);
    }
    return pooled;
}

QList<WorkloadVerdict> verdictsAlone(const Scenario &scenario)
{
    QList<WorkloadVerdict> verdicts;
    for (int w = 0; w < scenario.workloads.size(); ++w) {
        const MonthlyCosts costs = monthlyCosts(workloadScenario(scenario, w));
        WorkloadVerdict v;
        v.name = scenario.workloads[w].name;
        v.apiUsdPerMonth = costs.api;
        v.aloneCheapest = scenario.workloads[w].selfhostOk ? cheapestOf(costs) : Option::Api;
        v.aloneUsdPerMonth = v.aloneCheapest == Option::Api ? costs.api
            : v.aloneCheapest == Option::Selfhost           ? costs.selfhost
                                                            : costs.hybrid;
        verdicts.append(v);
    }
    return verdicts;
}

// Every subset of the self-hostable workloads, as self-hosting and as the hybrid (k* > 0).
Candidate cheapestCandidate(const Scenario &scenario, const QList<WorkloadVerdict> &verdicts)
{
    unsigned allowed = 0;
    double apiTotal = 0;
    for (int w = 0; w < scenario.workloads.size(); ++w) {
        if (scenario.workloads[w].selfhostOk)
            allowed |= 1U << w;
        apiTotal += verdicts[w].apiUsdPerMonth;
    }
    Candidate best {0, Option::Api, apiTotal, 0};
    for (unsigned subset = 1; subset <= allowed; ++subset) {
        if ((subset & ~allowed) != 0)
            continue;
        double outside = 0;
        for (int w = 0; w < scenario.workloads.size(); ++w) {
            if (!(subset & (1U << w)))
                outside += verdicts[w].apiUsdPerMonth;
        }
        const MonthlyCosts costs = monthlyCosts(subsetScenario(scenario, subset));
        const Candidate selfhost {subset, Option::Selfhost, costs.selfhost + outside, 0};
        if (isBetter(selfhost, best))
            best = selfhost;
        const Candidate hybrid {subset, Option::Hybrid, costs.hybrid + outside,
                                costs.hybridReplicas};
        if (costs.hybridReplicas > 0 && isBetter(hybrid, best))
            best = hybrid;
    }
    return best;
}

// Serving replicas in each hour of the pool's week, as section 3's provisioning modes pay them.
WeekWeights servingReplicas(const Scenario &s, const WorkloadPool &pool)
{
    WeekWeights serving {};
    for (int h = 0; h < HoursPerWeek; ++h)
        serving[h] = std::max(s.minReplicas, replicasFor(pool.busy[h], s.maxUtilization));
    const double peak = *std::max_element(serving.begin(), serving.end());
    if (s.provisioning == Provisioning::Fixed)
        serving.fill(peak);
    if (s.provisioning == Provisioning::Utilization)
        serving.fill(
            std::max(s.minReplicas, pool.busyHoursPerMonth / s.averageUtilization / HoursPerMonth));
    return serving;
}

PortfolioWeek planWeek(const Scenario &scenario, const Candidate &plan)
{
    PortfolioWeek week;
    if (plan.subset == 0)
        return week;
    const Scenario pooled = subsetScenario(scenario, plan.subset);
    const WorkloadPool pool = poolWorkloads(pooled);
    for (int w = 0; w < scenario.workloads.size(); ++w) {
        if (plan.subset & (1U << w))
            week.workloads.append(w);
    }
    week.interactiveBusy = pool.workloadBusy;
    week.batchInValleys = pool.workloadBatchBusy;
    if (plan.option == Option::Hybrid) {
        week.baselineBusyReplicas = plan.hybridReplicas * scenario.maxUtilization;
        week.capacityBusy.fill(week.baselineBusyReplicas);
        return week;
    }
    const WeekWeights serving = servingReplicas(pooled, pool);
    for (int h = 0; h < HoursPerWeek; ++h)
        week.capacityBusy[h] = serving[h] * scenario.maxUtilization;
    return week;
}

} // namespace

Portfolio planPortfolio(const Scenario &scenario)
{
    Portfolio p;
    p.workloads = verdictsAlone(scenario);
    for (const WorkloadVerdict &v : p.workloads) {
        p.apiUsdPerMonth += v.apiUsdPerMonth;
        p.separateUsdPerMonth += v.aloneUsdPerMonth;
    }
    const Candidate plan = cheapestCandidate(scenario, p.workloads);
    p.planUsdPerMonth = plan.costUsd;
    p.planOption = plan.option;
    if (plan.option == Option::Hybrid)
        p.planHybridReplicas = plan.hybridReplicas;
    for (int w = 0; w < scenario.workloads.size(); ++w) {
        p.workloads[w].inPlan = (plan.subset & (1U << w)) != 0;
        if (p.workloads[w].inPlan)
            p.planSelfhosted.append(w);
    }
    p.poolingSavingUsdPerMonth = p.separateUsdPerMonth - p.planUsdPerMonth;
    p.week = planWeek(scenario, plan);
    return p;
}

} // namespace planner
