// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty.h"

#include "costengine.h"
#include "scenariofields.h"

#include <algorithm>
#include <cmath>
#include <thread>
#include <tuple>

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

namespace {

// value * factor kept inside the field's valid range: an open bound is approached, never reached.
double movedWithin(const NumericField &field, double value, double factor)
{
    const double lowest = field.minInclusive ? field.min : std::nextafter(field.min, INFINITY);
    const double highest = field.maxInclusive ? field.max : std::nextafter(field.max, -INFINITY);
    return std::clamp(value * factor, lowest, highest);
}

// A tornado end: the scenario with one input moved, and the value the row shows.
struct MovedInput
{
    Scenario scenario;
    double value = 0;
};

// With a workloads list (cost model, section 11) an input is moved wherever the pool reads it:
// the workload group's volume and output fraction on every workload (the mix held, as in the
// breakeven figures of 11.2), an api key on the shared group and on every workload's own. The
// row shows the pool's volume, or the token-weighted mean of the values the workloads read.
void moveOnEveryWorkload(MovedInput &moved, const NumericField &field, double factor)
{
    const bool isVolume = field.member == &Scenario::volumeMtokPerMonth;
    const bool isOutputFraction = field.member == &Scenario::outputFraction;
    if (!isVolume && !isOutputFraction && QLatin1String(field.group) != u"api")
        return; // shared by every workload: moved once, as for one workload
    const QString key = QLatin1String(field.key);
    double volume = 0;
    double weighted = 0;
    for (Workload &w : moved.scenario.workloads) {
        double value = moved.value; // an api key the workload does not give: the shared one
        if (isVolume)
            value = w.volumeMtokPerMonth = movedWithin(field, w.volumeMtokPerMonth, factor);
        else if (isOutputFraction)
            value = w.outputFraction = movedWithin(field, w.outputFraction, factor);
        else if (const auto own = w.apiOverrides.find(key); own != w.apiOverrides.end())
            value = *own = movedWithin(field, *own, factor);
        volume += w.volumeMtokPerMonth;
        weighted += w.volumeMtokPerMonth * value;
    }
    moved.value = isVolume ? volume : weighted / volume;
}

MovedInput moveInput(const Scenario &scenario, const NumericField &field, double factor)
{
    MovedInput moved {scenario, movedWithin(field, scenario.*(field.member), factor)};
    moved.scenario.*(field.member) = moved.value;
    if (!scenario.workloads.isEmpty())
        moveOnEveryWorkload(moved, field, factor);
    return moved;
}

} // namespace

QList<SensitivityRow> sensitivity(const Scenario &scenario, double percent)
{
    QList<SensitivityRow> rows;
    for (const NumericField &field : numericFields()) {
        if (field.integer || QLatin1String(field.group) == u"analysis" || isLatencyTarget(field))
            continue; // a latency target moves no cost by itself: it picks a benchmark run
        SensitivityRow row;
        row.key = QLatin1String(field.key);
        for (auto [factor, value, savings] :
             {std::tuple {1 - percent / 100, &row.lowValue, &row.savingsLow},
              std::tuple {1 + percent / 100, &row.highValue, &row.savingsHigh}}) {
            const MovedInput moved = moveInput(scenario, field, factor);
            const MonthlyCosts costs = monthlyCosts(moved.scenario);
            *value = moved.value;
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
