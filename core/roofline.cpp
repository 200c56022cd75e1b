// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roofline.h"

#include "scenariofields.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace planner {
namespace {

// GB are 1e9 bytes, as the presets give memory and the data README gives model sizes (8.03e9
// parameters at BF16 = 16.06 GB). A GPU sold as "80 GB" holds about 80 GiB, so reading it as
// 80e9 bytes errs towards "does not fit", by about 7%.
constexpr double BytesPerGb = 1e9;
constexpr double BytesPerSecondPerTbps = 1e12;
constexpr double FlopPerSecondPerTflops = 1e12;

struct InputBound
{
    const char *label;
    const char *unit;
    double value;
    ValueRange range;
};

Outcome<> checkInputs(const RooflineInputs &in)
{
    const InputBound bounds[] = {
        {"Parameters", "", in.parameters, RooflineRanges::parameters},
        {"Bytes per weight", "", in.bytesPerWeight, RooflineRanges::bytesPerWeight},
        {"KV cache bytes per token", "", in.kvBytesPerToken, RooflineRanges::kvBytesPerToken},
        {"GPUs", "", double(in.gpus), RooflineRanges::gpus},
        {"Memory per GPU", "GB", in.memoryGbPerGpu, RooflineRanges::memoryGbPerGpu},
        {"Memory bandwidth", "TB/s", in.bandwidthTbps, RooflineRanges::bandwidthTbps},
        {"Dense throughput", "TFLOPS", in.denseTflops, RooflineRanges::denseTflops},
        {"Batch", "", in.batch, RooflineRanges::batch},
        {"Context", "tokens", in.context, RooflineRanges::context},
        {"Memory efficiency", "", in.memoryEfficiency, RooflineRanges::efficiency},
        {"Compute efficiency", "", in.computeEfficiency, RooflineRanges::efficiency},
    };
    for (const InputBound &bound : bounds) {
        if (!bound.range.contains(bound.value))
            return failure(outOfRangeMessage({}, QLatin1String(bound.label),
                                             QLatin1String(bound.unit), bound.range, bound.value));
    }
    return {};
}

} // namespace

QString gigabytesText(double bytes)
{
    const double gb = bytes / BytesPerGb;
    return gb >= 0.1 ? QString::number(gb, 'f', 1) + QStringLiteral(" GB")
                     : QString::number(gb, 'g', 2) + QStringLiteral(" GB");
}

namespace {

QString shortfallMessage(const RooflineInputs &in, const RooflineEstimate &memory)
{
    return QStringLiteral("%1 at %2 per weight needs %3 (weights %4 + KV cache %5) but %6 × %7 GB "
                          "× %8 = %9 is usable: %10 short")
        .arg(in.modelName.isEmpty() ? QStringLiteral("The model") : in.modelName,
             in.bytesPerWeight == 1
                 ? QStringLiteral("1 byte")
                 : QString::number(in.bytesPerWeight, 'g', 6) + QStringLiteral(" bytes"),
             gigabytesText(memory.neededBytes()), gigabytesText(memory.weightsBytes),
             gigabytesText(memory.kvCacheBytes), QString::number(in.gpus),
             QString::number(in.memoryGbPerGpu, 'g', 6), QString::number(UsableMemoryShare, 'g', 3),
             gigabytesText(memory.usableBytes))
        .arg(gigabytesText(memory.neededBytes() - memory.usableBytes));
}

QSet<QString> words(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9.]+"));
    static const QRegularExpression sxmGeneration(QStringLiteral("^sxm\\d$"));
    QSet<QString> result;
    for (QString word : name.toLower().split(separators, Qt::SkipEmptyParts))
        result.insert(sxmGeneration.match(word).hasMatch() ? QStringLiteral("sxm") : word);
    return result;
}

bool sameName(const QString &a, const QString &b)
{
    const QSet<QString> wordsA = words(a);
    const QSet<QString> wordsB = words(b);
    if (wordsA.isEmpty() || wordsB.isEmpty())
        return false;
    return wordsA.size() <= wordsB.size() ? wordsB.contains(wordsA) : wordsA.contains(wordsB);
}

} // namespace

namespace {

double computeFlopPerSecond(const RooflineInputs &in)
{
    return in.gpus * in.denseTflops * FlopPerSecondPerTflops * in.computeEfficiency;
}

// The two bounds on one decode step at `batch`, in seconds: reading weights and KV cache, and
// the arithmetic.
std::pair<double, double> stepBounds(const RooflineInputs &in, double batch)
{
    const double bytes
        = in.parameters * in.bytesPerWeight + batch * in.context * in.kvBytesPerToken;
    const double memorySeconds
        = bytes / (in.gpus * in.bandwidthTbps * BytesPerSecondPerTbps * in.memoryEfficiency);
    return {memorySeconds, 2 * in.parameters * batch / computeFlopPerSecond(in)};
}

double usableBytes(const RooflineInputs &in)
{
    return UsableMemoryShare * in.gpus * in.memoryGbPerGpu * BytesPerGb;
}

// The largest batch whose KV cache fits beside the weights, within the batch's range.
double largestFittingBatch(const RooflineInputs &in)
{
    const double kvPerSequence = in.context * in.kvBytesPerToken;
    const double room = usableBytes(in) - in.parameters * in.bytesPerWeight;
    const double fits = kvPerSequence > 0 ? std::floor(room / kvPerSequence) : INFINITY;
    return std::min(fits, RooflineRanges::batch.max);
}

} // namespace

double decodeStepSeconds(const RooflineInputs &inputs, double batch)
{
    const auto [memorySeconds, computeSeconds] = stepBounds(inputs, batch);
    return std::max(memorySeconds, computeSeconds);
}

Outcome<RooflineEstimate> estimateThroughput(const RooflineInputs &in)
{
    if (const Outcome<> check = checkInputs(in); !check.ok())
        return check.failed();
    RooflineEstimate estimate;
    estimate.weightsBytes = in.parameters * in.bytesPerWeight;
    estimate.kvCacheBytes = in.batch * in.context * in.kvBytesPerToken;
    estimate.usableBytes = usableBytes(in);
    if (estimate.neededBytes() > estimate.usableBytes)
        return failure(shortfallMessage(in, estimate));
    const auto [memorySeconds, computeSeconds] = stepBounds(in, in.batch);
    estimate.batch = in.batch;
    estimate.decodeComputeBound = computeSeconds > memorySeconds;
    estimate.decodeTokPerS = in.batch / std::max(memorySeconds, computeSeconds);
    estimate.prefillTokPerS = computeFlopPerSecond(in) / (2 * in.parameters);
    return estimate;
}

Outcome<RooflineEstimate> estimateAtItlTarget(const RooflineInputs &inputs, double itlMs)
{
    if (!(itlMs > 0) || !std::isfinite(itlMs))
        return failure(QStringLiteral("ITL target: %1 ms is not a number above 0")
                           .arg(formatValueForMessage(itlMs)));
    RooflineInputs in = inputs;
    in.batch = 1;
    if (const Outcome<> check = checkInputs(in); !check.ok())
        return check.failed();
    const double target = itlMs / 1000;
    if (decodeStepSeconds(in, 1) > target)
        return failure(QStringLiteral("even batch 1 misses the ITL target of %1 ms: one decode "
                                      "step takes %2 ms")
                           .arg(QString::number(itlMs, 'g', 6),
                                QString::number(decodeStepSeconds(in, 1) * 1000, 'f', 1)));
    // step(n) = max(a + b n, c n) rises with n: solve for the bound, then settle the rounding
    // against step itself so that the answer is exact.
    const auto [memoryAtOne, computeAtOne] = stepBounds(in, 1);
    const double memoryPerSequence = memoryAtOne - stepBounds(in, 0).first;
    double batch = std::min(
        target / computeAtOne,
        memoryPerSequence > 0 ? (target - stepBounds(in, 0).first) / memoryPerSequence : INFINITY);
    batch = std::clamp(std::floor(batch), 1.0, std::max(1.0, largestFittingBatch(in)));
    while (batch < largestFittingBatch(in) && decodeStepSeconds(in, batch + 1) <= target)
        ++batch;
    while (batch > 1 && decodeStepSeconds(in, batch) > target)
        --batch;
    in.batch = batch;
    return estimateThroughput(in);
}

QList<ThroughputPreset> measuredRuns(const QList<ThroughputPreset> &runs, const ModelPreset &model,
                                     const GpuPreset &gpu)
{
    QList<ThroughputPreset> matching;
    std::copy_if(runs.begin(), runs.end(), std::back_inserter(matching),
                 [&](const ThroughputPreset &run) {
                     return sameName(run.model, model.name) && sameName(run.gpu, gpu.name);
                 });
    return matching;
}

void applyRooflineEstimate(Scenario &scenario, const RooflineEstimate &estimate, int gpus)
{
    scenario.prefillTokPerS = estimate.prefillTokPerS;
    scenario.decodeTokPerS = estimate.decodeTokPerS;
    scenario.mixedTokPerS = 0;
    scenario.gpusPerReplica = gpus;
    for (const char *key :
         {"prefill_tok_per_s", "decode_tok_per_s", "mixed_tok_per_s", "gpus_per_replica"})
        scenario.ranges.remove(QLatin1String(key));
}

} // namespace planner
