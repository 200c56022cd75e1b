// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty.h"

#include "costengine.h"
#include "scenariofields.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace planner {

quint64 UniformStream::nextBits()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double triangularQuantile(const TriangularRange &r, double u)
{
    const double width = r.high - r.low;
    if (width <= 0)
        return r.mode;
    const double modeAt = (r.mode - r.low) / width;
    if (u < modeAt)
        return r.low + std::sqrt(u * width * (r.mode - r.low));
    return r.high - std::sqrt((1 - u) * width * (r.high - r.mode));
}

double percentileOf(const std::vector<double> &ascending, double p)
{
    if (ascending.empty())
        return 0;
    const double position = p / 100 * double(ascending.size() - 1);
    const auto below = static_cast<size_t>(std::floor(position));
    const size_t above = std::min(below + 1, ascending.size() - 1);
    const double fraction = position - double(below);
    return ascending[below] + fraction * (ascending[above] - ascending[below]);
}

namespace {

struct RangedField
{
    const NumericField *field;
    TriangularRange range;
};

struct SampleOutcome
{
    double savings;
    double hybridSavings;
    bool selfhostCheaper;
    bool hybridCheaper;
};

SampleOutcome sampleOnce(Scenario scenario, const QList<RangedField> &ranged, quint64 seed,
                         quint64 index)
{
    // Each sample has a stream of its own, derived from the seed and its index only.
    UniformStream stream(UniformStream(seed ^ (index * 0xD1B54A32D192ED03ULL)).nextBits());
    for (const RangedField &r : ranged) {
        double value = triangularQuantile(r.range, stream.next());
        if (r.field->integer)
            value = std::clamp(std::round(value), std::ceil(r.range.low), std::floor(r.range.high));
        scenario.*(r.field->member) = value;
    }
    const MonthlyCosts costs = monthlyCosts(scenario);
    return {costs.api - costs.selfhost, costs.api - costs.hybrid, costs.selfhost < costs.api,
            costs.hybrid < costs.api};
}

} // namespace

UncertaintyResult runMonteCarlo(const Scenario &scenario, int samples, quint64 seed, int threads)
{
    QList<RangedField> ranged;
    for (const NumericField &field : numericFields()) {
        const auto range = scenario.ranges.constFind(QLatin1String(field.key));
        if (range != scenario.ranges.cend())
            ranged.append({&field, *range});
    }
    std::vector<SampleOutcome> outcomes(static_cast<size_t>(std::max(samples, 0)));
    const int workers = std::max(
        1, std::min(threads > 0 ? threads : int(std::thread::hardware_concurrency()), samples));
    const auto work = [&](int worker) {
        for (size_t i = size_t(worker); i < outcomes.size(); i += size_t(workers))
            outcomes[i] = sampleOnce(scenario, ranged, seed, i);
    };
    std::vector<std::thread> pool;
    for (int w = 1; w < workers; ++w)
        pool.emplace_back(work, w);
    work(0);
    for (std::thread &t : pool)
        t.join();

    UncertaintyResult result;
    result.samples = samples;
    result.seed = seed;
    result.savings.reserve(outcomes.size());
    result.hybridSavings.reserve(outcomes.size());
    int selfhostWins = 0;
    int hybridWins = 0;
    for (const SampleOutcome &o : outcomes) {
        result.savings.push_back(o.savings);
        result.hybridSavings.push_back(o.hybridSavings);
        selfhostWins += o.selfhostCheaper;
        hybridWins += o.hybridCheaper;
    }
    std::sort(result.savings.begin(), result.savings.end());
    std::sort(result.hybridSavings.begin(), result.hybridSavings.end());
    if (samples > 0) {
        result.pSelfhostCheaper = double(selfhostWins) / samples;
        result.pHybridCheaper = double(hybridWins) / samples;
    }
    result.savingsP10 = percentileOf(result.savings, 10);
    result.savingsP50 = percentileOf(result.savings, 50);
    result.savingsP90 = percentileOf(result.savings, 90);
    result.hybridSavingsP10 = percentileOf(result.hybridSavings, 10);
    result.hybridSavingsP50 = percentileOf(result.hybridSavings, 50);
    result.hybridSavingsP90 = percentileOf(result.hybridSavings, 90);
    return result;
}

QList<SensitivityRow> sensitivity(const Scenario &scenario, double percent)
{
    QList<SensitivityRow> rows;
    for (const NumericField &field : numericFields()) {
        if (field.integer || QLatin1String(field.group) == u"analysis" || isLatencyTarget(field))
            continue; // a latency target moves no cost by itself: it picks a benchmark run
        const double value = scenario.*(field.member);
        // Kept inside the valid range: an open bound is approached, never reached.
        const auto keepValid = [&](double moved) {
            const double lowest
                = field.minInclusive ? field.min : std::nextafter(field.min, INFINITY);
            const double highest
                = field.maxInclusive ? field.max : std::nextafter(field.max, -INFINITY);
            return std::clamp(moved, lowest, highest);
        };
        SensitivityRow row;
        row.key = QLatin1String(field.key);
        row.lowValue = keepValid(value * (1 - percent / 100));
        row.highValue = keepValid(value * (1 + percent / 100));
        for (auto [moved, savings] : {std::pair {row.lowValue, &row.savingsLow},
                                      std::pair {row.highValue, &row.savingsHigh}}) {
            Scenario at = scenario;
            at.*(field.member) = moved;
            const MonthlyCosts costs = monthlyCosts(at);
            *savings = costs.api - costs.selfhost;
        }
        rows.append(row);
    }
    std::stable_sort(
        rows.begin(), rows.end(),
        [](const SensitivityRow &a, const SensitivityRow &b) { return a.swing() > b.swing(); });
    return rows;
}

} // namespace planner
