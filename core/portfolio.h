// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costengine.h"

#include <QList>
#include <QString>

#include <optional>

namespace planner {

// One workload's line of the plan (cost model, section 11.3).
struct WorkloadVerdict
{
    QString name;
    double apiUsdPerMonth = 0; // V_w * p_w
    Option aloneCheapest = Option::Api; // its own scenario's cheapest; Api when !selfhostOk
    double aloneUsdPerMonth = 0;
    bool inPlan = false; // self-hosted (alone or in the hybrid's pool) by the plan

    bool operator==(const WorkloadVerdict &) const = default;
};

// The plan's week stacked by workload, in busy replicas per hour of the week (B_{w,h}), so that
// workloads with different mixes add up on one axis. Workloads outside the plan are not drawn.
struct PortfolioWeek
{
    QList<int> workloads; // indices into Scenario::workloads, in file order
    QList<WeekWeights> interactiveBusy; // per plotted workload: its own traffic, hour by hour
    QList<WeekWeights> batchInValleys; // per plotted workload: batch moved into valleys, or 0
    // What the plan's always-on replicas carry (k* * u_max busy replicas) for the hybrid; the
    // fleet's hourly busy capacity (n_h * u_max) for self-hosting; 0 for the all-API plan.
    WeekWeights capacityBusy {};
    double baselineBusyReplicas = 0; // k* * u_max for the hybrid, else 0
};

// Section 11.3: the cheapest subset S of the self-hostable workloads, and each one alone.
struct Portfolio
{
    double apiUsdPerMonth = 0;
    double separateUsdPerMonth = 0;
    double planUsdPerMonth = 0;
    QList<int> planSelfhosted; // indices of S in file order
    Option planOption = Option::Api;
    std::optional<double> planHybridReplicas; // k* when the plan is the hybrid
    double poolingSavingUsdPerMonth = 0; // separate - plan
    QList<WorkloadVerdict> workloads; // file order
    PortfolioWeek week;
};

// The plan of a valid scenario with a workloads list (at most 2^8 - 1 subsets searched).
// evaluate() of the same scenario gives the pooled figures of every workload together.
Portfolio planPortfolio(const Scenario &scenario);

} // namespace planner
