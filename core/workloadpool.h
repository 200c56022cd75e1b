// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QList>

#include <cmath>

namespace planner {

// An exact fit must not round up to another replica (cost model, section 3).
inline constexpr double FitTolerance = 1e-9;

// ceil(load / capacity), 0 for no load, with a relative tolerance of FitTolerance so that an
// exact fit does not round up.
// Inline: the engine's hourly loops call it on every slider step and Monte Carlo sample.
inline double replicasFor(double loadMtokPerHour, double capacityMtokPerHour)
{
    if (loadMtokPerHour <= 0)
        return 0;
    return std::ceil(loadMtokPerHour / capacityMtokPerHour / (1 + FitTolerance));
}

// One workload's mix priced and served (cost model, sections 2 and 3), from the scenario's own
// output fraction, api group and replica rates. USD per Mtok, Mtok per replica-hour.
struct WorkloadMix
{
    double blendedInputUsdPerMtok = 0; // p_in'
    double apiUsdPerMtok = 0; // p_api, with the batch discount
    double interactiveUsdPerMtok = 0; // p_int, without it (section 9.4)
    double secondsPerToken = 0; // s
    double capacityMtokPerHour = 0; // K
};
WorkloadMix workloadMix(const Scenario &scenario);

// The level L >= 0 with sum_h max(0, L - base_h) = fill (section 9.4's water level); fill >= 0.
double waterLevel(const WeekWeights &base, double fill);

// Several workloads on one fleet (section 11.2), hour by hour of the week, in busy replica-hours
// (replica-hours at full speed), so that workloads of different mixes add up. Hours are those of
// the week: index 0 = Monday 00:00.
struct WorkloadPool
{
    double volumeMtokPerMonth = 0; // V = sum_w V_w
    double apiUsdPerMonth = 0; // sum_w V_w * p_w
    double busyHoursPerMonth = 0; // sum_w V_w / K_w
    WeekWeights busy {}; // B_h, valleys filled when batch_fills_valleys
    WeekWeights batchBusy {}; // D_h, the batch work placed in hour h (0 without valleys)
    // What a busy replica-hour of the API-bound traffic costs on the APIs, and how many tokens
    // it is: A_h / B_h and T_h / B_h without valleys; iota_h and kappa_h (interactive part) with.
    WeekWeights interactiveUsdPerBusyHour {};
    WeekWeights interactiveMtokPerBusyHour {};
    double batchUsdPerBusyHour = 0; // beta (valleys only)
    double batchMtokPerBusyHour = 0; // kappa (valleys only)
    // Per workload, in list order: its own traffic (B_{w,h}, without its batch share when that
    // fills the valleys) and its share D_w / D of the batch placed in hour h.
    QList<WeekWeights> workloadBusy;
    QList<WeekWeights> workloadBatchBusy;
};

// The pool of every workload of a valid scenario with a non-empty workloads list.
WorkloadPool poolWorkloads(const Scenario &scenario);

} // namespace planner
