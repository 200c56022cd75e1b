// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadpool.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace planner {
namespace {

// One workload's terms of section 11.2: its hourly busy load without the batch share that fills
// the valleys, its weekly batch in busy replica-hours, and the prices of each.
struct WorkloadTerms
{
    WeekWeights interactiveBusy {}; // I_{w,h}
    double batchBusyPerWeek = 0; // D_w
    double capacity = 0; // K_w
    double interactiveUsdPerMtok = 0; // p_w without valleys (its batch share is API-priced)
    double batchUsdPerMtok = 0; // p_int_w * (1 - d_w), valleys only
};

WorkloadTerms termsOf(const Scenario &s, WorkloadPool &pool)
{
    const WorkloadMix mix = workloadMix(s);
    const double v = s.volumeMtokPerMonth;
    const double b = s.batchFillsValleys ? s.batchFraction : 0;
    WorkloadTerms t;
    t.capacity = mix.capacityMtokPerHour;
    t.interactiveUsdPerMtok = s.batchFillsValleys ? mix.interactiveUsdPerMtok : mix.apiUsdPerMtok;
    t.batchUsdPerMtok = mix.interactiveUsdPerMtok * (1 - s.batchDiscount);
    t.batchBusyPerWeek = b * v / HoursPerMonth * HoursPerWeek / t.capacity;
    const double total = std::accumulate(s.profile.weights.begin(), s.profile.weights.end(), 0.0);
    for (int h = 0; h < HoursPerWeek; ++h) {
        const double load = v / HoursPerMonth * (s.profile.weights[h] * HoursPerWeek / total);
        t.interactiveBusy[h] = (1 - b) * load / t.capacity;
    }
    pool.volumeMtokPerMonth += v;
    pool.apiUsdPerMonth += v * mix.apiUsdPerMtok;
    pool.busyHoursPerMonth += v / t.capacity;
    return t;
}

// The batch busy hours D_h = B_h - I_h, shared out among the workloads by D_w / D, and the
// batch's price and tokens per busy hour (beta and kappa).
void placeBatch(const QList<WorkloadTerms> &terms, double level, const WeekWeights &interactive,
                WorkloadPool &pool)
{
    double batchPerWeek = 0;
    for (const WorkloadTerms &t : terms)
        batchPerWeek += t.batchBusyPerWeek;
    for (int h = 0; h < HoursPerWeek; ++h) {
        pool.busy[h] = std::max(interactive[h], level);
        pool.batchBusy[h] = pool.busy[h] - interactive[h];
    }
    for (const WorkloadTerms &t : terms) {
        const double share = batchPerWeek > 0 ? t.batchBusyPerWeek / batchPerWeek : 0;
        WeekWeights placed {};
        for (int h = 0; h < HoursPerWeek; ++h)
            placed[h] = pool.batchBusy[h] * share;
        pool.workloadBatchBusy.append(placed);
        pool.batchUsdPerBusyHour += share * t.capacity * t.batchUsdPerMtok;
        pool.batchMtokPerBusyHour += share * t.capacity;
    }
}

} // namespace

WorkloadMix workloadMix(const Scenario &s)
{
    WorkloadMix m;
    m.blendedInputUsdPerMtok = (1 - s.cachedInputFraction) * s.inputUsdPerMtok
        + s.cachedInputFraction * s.cachedInputUsdPerMtok;
    m.apiUsdPerMtok = ((1 - s.outputFraction) * m.blendedInputUsdPerMtok
                       + s.outputFraction * s.outputUsdPerMtok)
        * (1 - s.batchFraction * s.batchDiscount);
    m.secondsPerToken = s.mixedTokPerS > 0
        ? 1 / s.mixedTokPerS
        : (1 - s.outputFraction) / s.prefillTokPerS + s.outputFraction / s.decodeTokPerS;
    m.capacityMtokPerHour = 3600 / (m.secondsPerToken * 1e6);
    m.interactiveUsdPerMtok
        = (1 - s.outputFraction) * m.blendedInputUsdPerMtok + s.outputFraction * s.outputUsdPerMtok;
    return m;
}

double waterLevel(const WeekWeights &base, double fill)
{
    WeekWeights ascending = base;
    std::sort(ascending.begin(), ascending.end());
    double level = 0;
    double filled = 0; // sum of the j + 1 quietest hours
    for (int j = 0; j < HoursPerWeek; ++j) {
        filled += ascending[j];
        level = (fill + filled) / (j + 1);
        if (j + 1 == HoursPerWeek || level <= ascending[j + 1])
            break;
    }
    return level;
}

WorkloadPool poolWorkloads(const Scenario &scenario)
{
    WorkloadPool pool;
    QList<WorkloadTerms> terms;
    WeekWeights interactive {}; // I_h
    double batchPerWeek = 0; // D
    for (int w = 0; w < scenario.workloads.size(); ++w) {
        terms.append(termsOf(workloadScenario(scenario, w), pool));
        pool.workloadBusy.append(terms.back().interactiveBusy);
        batchPerWeek += terms.back().batchBusyPerWeek;
        for (int h = 0; h < HoursPerWeek; ++h)
            interactive[h] += terms.back().interactiveBusy[h];
    }
    const double level = batchPerWeek > 0 ? waterLevel(interactive, batchPerWeek) : 0;
    placeBatch(terms, level, interactive, pool);
    for (int h = 0; h < HoursPerWeek; ++h) {
        if (interactive[h] <= 0)
            continue; // no API-bound traffic of its own: nothing to price
        double usd = 0;
        double mtok = 0;
        for (const WorkloadTerms &t : terms) {
            usd += t.interactiveBusy[h] * t.capacity * t.interactiveUsdPerMtok;
            mtok += t.interactiveBusy[h] * t.capacity;
        }
        pool.interactiveUsdPerBusyHour[h] = usd / interactive[h];
        pool.interactiveMtokPerBusyHour[h] = mtok / interactive[h];
    }
    return pool;
}

} // namespace planner
