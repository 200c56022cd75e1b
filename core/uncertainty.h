// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QList>

#include <vector>

namespace planner {

// A reproducible stream of uniform numbers in [0, 1): the same seed gives the same numbers on
// every machine and standard library (SplitMix64, 53-bit mantissas).
class UniformStream
{
public:
    explicit UniformStream(quint64 seed)
        : m_state(seed)
    { }
    quint64 nextBits();
    double next() { return double(nextBits() >> 11) * 0x1.0p-53; }

private:
    quint64 m_state;
};

// The value of a triangular distribution at cumulative probability u in [0, 1].
double triangularQuantile(const TriangularRange &range, double u);

// Section 6: the scenario's uncertain inputs (its ranges) sampled N times, each sample evaluated
// through the full model. Savings are API - Self (and API - Hybrid), USD per month.
struct UncertaintyResult
{
    int samples = 0;
    quint64 seed = 0;
    double pSelfhostCheaper = 0; // share of samples where Self < API
    double pHybridCheaper = 0; // share of samples where Hybrid < API
    double savingsP10 = 0;
    double savingsP50 = 0;
    double savingsP90 = 0;
    std::vector<double> savings; // every sample's savings, ascending
    // The same for the hybrid: API - Hybrid, USD per month.
    double hybridSavingsP10 = 0;
    double hybridSavingsP50 = 0;
    double hybridSavingsP90 = 0;
    std::vector<double> hybridSavings; // ascending
};

// Sample i draws its inputs from a stream seeded by (seed, i) alone, so the result is the same
// whatever the thread count (threads = 0: one per core). A workloads list is sampled as its
// pool: its ranges are on shared inputs only (validate() refuses the others).
UncertaintyResult runMonteCarlo(const Scenario &scenario, int samples, quint64 seed,
                                int threads = 0);

// The p-th percentile (0..100) of ascending values, interpolating between order statistics.
double percentileOf(const std::vector<double> &ascending, double p);

// One bar of the tornado: an input moved by -p% and +p% (kept in its valid range), and the
// monthly savings (API - Self) at each end.
struct SensitivityRow
{
    QString key;
    double lowValue = 0;
    double highValue = 0;
    double savingsLow = 0;
    double savingsHigh = 0;
    double swing() const { return std::abs(savingsHigh - savingsLow); }
};

// Every non-integer numeric input of the model (analysis settings excluded), largest swing first.
// With a workloads list (section 11) an input is moved wherever the pool reads it: the volume
// and output fraction on every workload, an api key on the shared group and on every workload
// that gives its own. The row's values are then the pool's volume, or the token-weighted mean
// of the values the workloads read, so a one-workload list gives its plain scenario's rows.
QList<SensitivityRow> sensitivity(const Scenario &scenario, double percent);

} // namespace planner
