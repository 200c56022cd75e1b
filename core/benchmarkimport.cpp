// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarkimport.h"

#include "filereading.h"
#include "scenariofields.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace planner {
namespace {

// A GuideLLM report of 0.2 or 0.3 keeps every request with its prompt and output text.
constexpr qint64 MaxBenchmarkFileBytes = 256 * 1024 * 1024;
constexpr double MixTolerance = 0.05;
constexpr qsizetype MaxStrategyNameLength = 32;

using Parser = Outcome<MeasuredThroughput> (*)(const QByteArray &);

std::optional<double> positive(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() <= 0)
        return std::nullopt;
    return value.toDouble();
}

Outcome<QJsonObject> parseObject(const QByteArray &json, const QString &kind)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject())
        return document.object();
    return failure(QStringLiteral("not %1: %2")
                       .arg(kind,
                            parseError.error != QJsonParseError::NoError
                                ? parseError.errorString()
                                : QStringLiteral("expected a JSON object")));
}

// The scenario's own limit, so that a rate is refused here, with where it came from, rather than
// shown to the user and refused later.
Outcome<> checkRate(const QString &source, double rate)
{
    const NumericField &field = *findNumericField(u"mixed_tok_per_s");
    if (checkValue(field, rate).ok())
        return {};
    return failure(
        QStringLiteral("%1 is %2 tok/s, outside the range of selfhost.mixed_tok_per_s (%3)")
            .arg(source, formatValueForMessage(rate), rangeText(field)));
}

QString rateAndMix(double rate, double outputFraction)
{
    const QLocale english(QLocale::English);
    return QStringLiteral("%1 tok/s at %2% output")
        .arg(rate >= 100 ? english.toString(rate, 'f', 0) : english.toString(rate, 'g', 3),
             QString::number(outputFraction * 100, 'f', 1));
}

// A latency percentile of `percentiles`: the p95 key, else the p99 one (setting fromP99), else
// none. `where` prefixes a key in messages ("metrics.time_to_first_token_ms...." or "").
Outcome<std::optional<double>> latencyPercentile(const QJsonObject &percentiles,
                                                 const QString &p95Key, const QString &p99Key,
                                                 const QString &where, bool &fromP99)
{
    const QString key = percentiles.contains(p95Key) ? p95Key : p99Key;
    if (!percentiles.contains(key))
        return std::optional<double>();
    const QJsonValue value = percentiles.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0)
        return failure(where + key + QStringLiteral(" is not a number >= 0"));
    fromP99 = fromP99 || key == p99Key;
    return std::optional<double>(value.toDouble());
}

// A duration, where the file gives one, must be above 0: no rate is measured in no time.
Outcome<> checkDuration(const QJsonObject &object)
{
    if (!object.contains(u"duration") || positive(object, u"duration"))
        return {};
    return failure(QStringLiteral("duration is not a number above 0"));
}

Outcome<MeasuredThroughput> fromVllmResult(const QJsonObject &result)
{
    const auto input = positive(result, u"total_input_tokens");
    const auto output = positive(result, u"total_output_tokens");
    if (!input || !output)
        return failure(QStringLiteral("not a vLLM benchmark result: total_input_tokens and "
                                      "total_output_tokens must be numbers above 0"));
    if (!std::isfinite(*input + *output))
        return failure(
            QStringLiteral("vLLM benchmark result: the token totals are too large to add"));
    std::optional<double> rate = positive(result, u"total_token_throughput");
    if (const Outcome<> duration = checkDuration(result); rate && !duration.ok())
        return failure(QStringLiteral("vLLM benchmark result: ") + duration.errorMessage());
    if (!rate) {
        const auto duration = positive(result, u"duration");
        if (!duration)
            return failure(QStringLiteral("not a vLLM benchmark result: neither "
                                          "total_token_throughput nor a duration above 0"));
        rate = (*input + *output) / *duration;
        if (!std::isfinite(*rate))
            return failure(QStringLiteral("vLLM benchmark result: the duration is too short"));
    }
    if (const Outcome<> check = checkRate(QStringLiteral("the measured rate"), *rate); !check.ok())
        return failure(QStringLiteral("vLLM benchmark result: ") + check.errorMessage());
    const double outputFraction = *output / (*input + *output);
    return MeasuredThroughput {*rate, outputFraction,
                               QStringLiteral("vLLM serving benchmark, ")
                                   + rateAndMix(*rate, outputFraction)};
}

Outcome<SweepRun> vllmRun(const QJsonObject &result, const QString &file)
{
    const Outcome<MeasuredThroughput> measured = fromVllmResult(result);
    if (!measured.ok())
        return measured.failed();
    SweepRun run {*measured, {}, {}, false, file, file};
    for (auto [metric, latency] : {std::pair {QStringLiteral("ttft"), &run.ttftMs},
                                   std::pair {QStringLiteral("itl"), &run.itlMs}}) {
        const auto read
            = latencyPercentile(result, QStringLiteral("p95_%1_ms").arg(metric),
                                QStringLiteral("p99_%1_ms").arg(metric), QString(), run.fromP99);
        if (!read.ok())
            return failure(QStringLiteral("vLLM benchmark result: ") + read.errorMessage());
        *latency = *read;
    }
    return run;
}

// The field names below are GuideLLM's, read from vllm-project/guidellm:
// src/guidellm/benchmark/schemas/generative/metrics.py (GenerativeMetrics, commit 06cef291),
// src/guidellm/schemas/statistics.py (DistributionSummary, StatusDistributionSummary, 03820eba),
// src/guidellm/benchmark/schemas/base.py (BenchmarkConfig.strategy, 14ffe9c6),
// src/guidellm/scheduler/strategies.py (the strategies' type_, 03820eba) for 0.4+, and
// src/guidellm/benchmark/benchmark.py (GenerativeMetrics, BenchmarkArgs.strategy, 47ce2924) for
// 0.2 and 0.3. The metrics kept their names across these versions.
struct GuideLlmBenchmark
{
    double tokPerS = 0; // 0 when no request succeeded
    double promptTokens = 0;
    double outputTokens = 0;
    QString strategy; // "synchronous", "throughput", ...; empty when not given
    std::optional<double> ttftMs;
    std::optional<double> itlMs;
    bool fromP99 = false;
};

// metrics.NAME.successful.STATISTIC: one figure of the successful requests' distribution.
Outcome<double> successfulStatistic(const QJsonObject &metrics, const QString &name,
                                    const QString &statistic)
{
    const QJsonValue value
        = metrics.value(name).toObject().value(u"successful").toObject().value(statistic);
    const QString path = QStringLiteral("metrics.%1.successful.%2").arg(name, statistic);
    if (value.isUndefined())
        return failure(path + QStringLiteral(" is missing"));
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0)
        return failure(path + QStringLiteral(" is not a number >= 0"));
    return value.toDouble();
}

// The scheduling strategy's type_: config.strategy since 0.4, args.strategy before. Only a
// plausible name is kept, as it goes into a message.
QString strategyOf(const QJsonObject &benchmark)
{
    const QJsonObject settings = benchmark.contains(u"config")
        ? benchmark.value(u"config").toObject()
        : benchmark.value(u"args").toObject();
    const QString type = settings.value(u"strategy").toObject().value(u"type_").toString();
    const bool plausible = type.size() <= MaxStrategyNameLength
        && std::all_of(type.begin(), type.end(),
                       [](QChar c) { return (c >= u'a' && c <= u'z') || c == u'_'; });
    return plausible ? type : QString();
}

// metrics.NAME.successful.percentiles (DistributionSummary.percentiles): p95, else p99.
Outcome<> readGuideLlmLatencies(const QJsonObject &benchmark, GuideLlmBenchmark &into)
{
    if (Outcome<> duration = checkDuration(benchmark); !duration.ok())
        return duration;
    const QJsonObject metrics = benchmark.value(u"metrics").toObject();
    for (auto [name, latency] :
         {std::pair {QStringLiteral("time_to_first_token_ms"), &into.ttftMs},
          std::pair {QStringLiteral("inter_token_latency_ms"), &into.itlMs}}) {
        const QJsonObject percentiles = metrics.value(name)
                                            .toObject()
                                            .value(u"successful")
                                            .toObject()
                                            .value(u"percentiles")
                                            .toObject();
        const auto read = latencyPercentile(
            percentiles, QStringLiteral("p95"), QStringLiteral("p99"),
            QStringLiteral("metrics.%1.successful.percentiles.").arg(name), into.fromP99);
        if (!read.ok())
            return read.failed();
        *latency = *read;
    }
    return {};
}

Outcome<GuideLlmBenchmark> readGuideLlmBenchmark(const QJsonValue &value)
{
    if (!value.isObject())
        return failure(QStringLiteral("not a JSON object"));
    const QJsonObject metrics = value.toObject().value(u"metrics").toObject();
    // The mean of GuideLLM's rate distributions is weighted by time, so it is the tokens over the
    // measured span: a throughput. total_sum of a count distribution is the token total.
    const auto tokPerS
        = successfulStatistic(metrics, QStringLiteral("tokens_per_second"), QStringLiteral("mean"));
    if (!tokPerS.ok())
        return tokPerS.failed();
    const auto prompt = successfulStatistic(metrics, QStringLiteral("prompt_token_count"),
                                            QStringLiteral("total_sum"));
    if (!prompt.ok())
        return prompt.failed();
    const auto output = successfulStatistic(metrics, QStringLiteral("output_token_count"),
                                            QStringLiteral("total_sum"));
    if (!output.ok())
        return output.failed();
    if (*tokPerS > 0 && (*prompt == 0 || *output == 0))
        return failure(QStringLiteral("metrics.%1.successful.total_sum is 0 while "
                                      "metrics.tokens_per_second.successful.mean is not")
                           .arg(*prompt == 0 ? QStringLiteral("prompt_token_count")
                                             : QStringLiteral("output_token_count")));
    if (!std::isfinite(*prompt + *output))
        return failure(QStringLiteral("the prompt and output token totals are too large to add"));
    if (const Outcome<> check
        = checkRate(QStringLiteral("metrics.tokens_per_second.successful.mean"), *tokPerS);
        !check.ok())
        return check.failed();
    GuideLlmBenchmark benchmark {*tokPerS, *prompt, *output, strategyOf(value.toObject()),
                                 {},       {},      false};
    if (Outcome<> latencies = readGuideLlmLatencies(value.toObject(), benchmark); !latencies.ok())
        return latencies.failed();
    return benchmark;
}

// The benchmarks of a report with successful requests, as runs of a sweep.
Outcome<QList<SweepRun>> guideLlmRuns(const QJsonObject &report, const QString &file)
{
    const QJsonValue list = report.value(u"benchmarks");
    if (!list.isArray())
        return failure(QStringLiteral("not a GuideLLM report: benchmarks must be a list"));
    const QJsonArray benchmarks = list.toArray();
    if (benchmarks.isEmpty())
        return failure(QStringLiteral("the GuideLLM report has no benchmarks"));
    const QString count = QString::number(benchmarks.size());
    QList<SweepRun> runs;
    for (qsizetype i = 0; i < benchmarks.size(); ++i) {
        const QString which
            = QStringLiteral("benchmark %1 of %2").arg(QString::number(i + 1), count);
        const Outcome<GuideLlmBenchmark> benchmark = readGuideLlmBenchmark(benchmarks.at(i));
        if (!benchmark.ok())
            return failure(
                QStringLiteral("GuideLLM report, %1: %2").arg(which, benchmark.errorMessage()));
        if (benchmark->tokPerS <= 0)
            continue;
        const double outputFraction
            = benchmark->outputTokens / (benchmark->promptTokens + benchmark->outputTokens);
        const QString strategy = benchmark->strategy.isEmpty()
            ? QString()
            : QStringLiteral(" (%1)").arg(benchmark->strategy);
        const MeasuredThroughput measured {
            benchmark->tokPerS, outputFraction,
            QStringLiteral("GuideLLM report, %1%2, %3")
                .arg(which, strategy, rateAndMix(benchmark->tokPerS, outputFraction))};
        const QString name = file.isEmpty() ? which : file + QStringLiteral(", ") + which;
        runs.append(
            {measured, benchmark->ttftMs, benchmark->itlMs, benchmark->fromP99, file, name});
    }
    if (runs.isEmpty())
        return failure(
            QStringLiteral("no benchmark in the GuideLLM report has successful requests"));
    return runs;
}

qsizetype busiestRun(const QList<SweepRun> &runs)
{
    const auto busiest
        = std::max_element(runs.begin(), runs.end(), [](const auto &a, const auto &b) {
              return a.throughput.mixedTokPerS < b.throughput.mixedTokPerS;
          });
    return busiest - runs.begin();
}

Outcome<MeasuredThroughput> fromGuideLlmReport(const QJsonObject &report)
{
    const Outcome<QList<SweepRun>> runs = guideLlmRuns(report, QString());
    if (!runs.ok())
        return runs.failed();
    return runs->at(busiestRun(*runs)).throughput;
}

// "TTFT" or "ITL" when run lacks the latency a target needs, else empty.
QString missingLatency(const SweepRun &run, const LatencyTargets &targets)
{
    if (targets.ttftMs > 0 && !run.ttftMs)
        return QStringLiteral("TTFT");
    if (targets.itlMs > 0 && !run.itlMs)
        return QStringLiteral("ITL");
    return {};
}

// How far a run is from the targets: its largest latency as a share of its target.
double shareOfTargets(const SweepRun &run, const LatencyTargets &targets)
{
    double share = 0;
    if (targets.ttftMs > 0)
        share = std::max(share, run.ttftMs.value_or(INFINITY) / targets.ttftMs);
    if (targets.itlMs > 0)
        share = std::max(share, run.itlMs.value_or(INFINITY) / targets.itlMs);
    return share;
}

QString millisecondsText(double ms)
{
    return QLocale(QLocale::English).toString(ms, 'f', ms >= 100 ? 0 : 1) + QStringLiteral(" ms");
}

QString targetsText(const LatencyTargets &targets)
{
    QStringList parts;
    if (targets.ttftMs > 0)
        parts << QStringLiteral("p95 TTFT <= ") + millisecondsText(targets.ttftMs);
    if (targets.itlMs > 0)
        parts << QStringLiteral("p95 ITL <= ") + millisecondsText(targets.itlMs);
    return parts.join(QStringLiteral(" and "));
}

// "p95 TTFT 850 ms, p95 ITL 42.5 ms" (p99 when that is what the file gave); empty without them.
QString latenciesText(const SweepRun &run)
{
    const QString percentile = run.fromP99 ? QStringLiteral("p99") : QStringLiteral("p95");
    QStringList parts;
    if (run.ttftMs)
        parts << QStringLiteral("%1 TTFT %2").arg(percentile, millisecondsText(*run.ttftMs));
    if (run.itlMs)
        parts << QStringLiteral("%1 ITL %2").arg(percentile, millisecondsText(*run.itlMs));
    return parts.join(QStringLiteral(", "));
}

Failure unknownFormat()
{
    return failure(QStringLiteral(
        "not a benchmark result: expected a vLLM serving benchmark result (total_input_tokens, "
        "total_output_tokens) or a GuideLLM report (benchmarks)"));
}

Outcome<MeasuredThroughput> loadWith(Parser parse, const QString &path)
{
    const Outcome<QByteArray> content
        = readWholeFile(path, MaxBenchmarkFileBytes, u"benchmark results");
    if (!content.ok())
        return content.failed();
    Outcome<MeasuredThroughput> measured = parse(*content);
    if (!measured.ok())
        return failure(path + QStringLiteral(": ") + measured.errorMessage());
    return measured;
}

} // namespace

Outcome<MeasuredThroughput> parseBenchmark(const QByteArray &json)
{
    const Outcome<QJsonObject> object = parseObject(json, QStringLiteral("a benchmark result"));
    if (!object.ok())
        return object.failed();
    if (object->contains(u"benchmarks"))
        return fromGuideLlmReport(*object);
    if (object->contains(u"total_input_tokens") || object->contains(u"total_output_tokens"))
        return fromVllmResult(*object);
    return unknownFormat();
}

Outcome<MeasuredThroughput> loadBenchmark(const QString &path)
{
    return loadWith(parseBenchmark, path);
}

Outcome<MeasuredThroughput> parseVllmBenchmark(const QByteArray &json)
{
    const Outcome<QJsonObject> result
        = parseObject(json, QStringLiteral("a vLLM benchmark result"));
    return result.ok() ? fromVllmResult(*result) : result.failed();
}

Outcome<MeasuredThroughput> loadVllmBenchmark(const QString &path)
{
    return loadWith(parseVllmBenchmark, path);
}

Outcome<MeasuredThroughput> parseGuideLlmReport(const QByteArray &json)
{
    const Outcome<QJsonObject> report = parseObject(json, QStringLiteral("a GuideLLM report"));
    return report.ok() ? fromGuideLlmReport(*report) : report.failed();
}

LatencyTargets latencyTargets(const Scenario &scenario)
{
    return {scenario.sloTtftMs, scenario.sloItlMs};
}

Outcome<QList<SweepRun>> parseSweepRuns(const QByteArray &json, const QString &file)
{
    const Outcome<QJsonObject> object = parseObject(json, QStringLiteral("a benchmark result"));
    if (!object.ok())
        return object.failed();
    if (object->contains(u"benchmarks"))
        return guideLlmRuns(*object, file);
    if (!object->contains(u"total_input_tokens") && !object->contains(u"total_output_tokens"))
        return unknownFormat();
    const Outcome<SweepRun> run = vllmRun(*object, file);
    if (!run.ok())
        return run.failed();
    return QList<SweepRun> {*run};
}

Outcome<QList<SweepRun>> loadSweep(const QStringList &paths)
{
    Outcome<QList<SweepRun>> sweep = QList<SweepRun>();
    for (const QString &path : paths) {
        const Outcome<QByteArray> content
            = readWholeFile(path, MaxBenchmarkFileBytes, u"benchmark results");
        if (!content.ok())
            return content.failed();
        const Outcome<QList<SweepRun>> runs = parseSweepRuns(*content, QFileInfo(path).fileName());
        if (!runs.ok())
            return failure(path + QStringLiteral(": ") + runs.errorMessage());
        if (std::any_of(runs->begin(), runs->end(),
                        [](const SweepRun &run) { return run.fromP99; }))
            sweep.warnings << QStringLiteral(
                                  "%1: no p95 latencies, its p99 ones are used (stricter)")
                                  .arg(path);
        sweep->append(*runs);
    }
    return sweep;
}

bool meetsTargets(const SweepRun &run, const LatencyTargets &targets)
{
    const auto meets = [](const std::optional<double> &latency, double target) {
        return target <= 0 || (latency && *latency <= target);
    };
    return meets(run.ttftMs, targets.ttftMs) && meets(run.itlMs, targets.itlMs);
}

Outcome<qsizetype> chooseSweepRun(const QList<SweepRun> &runs, const LatencyTargets &targets)
{
    if (runs.isEmpty())
        return failure(QStringLiteral("the benchmark sweep has no runs"));
    if (!targets.any())
        return busiestRun(runs);
    for (const SweepRun &run : runs) {
        if (const QString missing = missingLatency(run, targets); !missing.isEmpty())
            return failure(QStringLiteral("%1 has no p95 or p99 %2, which the latency target "
                                          "needs")
                               .arg(run.name, missing));
    }
    std::optional<qsizetype> chosen;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (meetsTargets(runs[i], targets)
            && (!chosen || runs[i].throughput.mixedTokPerS > runs[*chosen].throughput.mixedTokPerS))
            chosen = i;
    }
    if (chosen)
        return *chosen;
    const auto lowest
        = std::min_element(runs.begin(), runs.end(), [&](const auto &a, const auto &b) {
              return shareOfTargets(a, targets) < shareOfTargets(b, targets);
          });
    return failure(QStringLiteral("no benchmark run meets %1; the lowest latencies are %2's: %3")
                       .arg(targetsText(targets), lowest->name, latenciesText(*lowest)));
}

MeasuredThroughput chosenThroughput(const QList<SweepRun> &runs, qsizetype chosen,
                                    const LatencyTargets &targets)
{
    const SweepRun &run = runs.at(chosen);
    MeasuredThroughput measured = run.throughput;
    const QString latencies = latenciesText(run);
    measured.description
        = QStringLiteral("%1: %2%3")
              .arg(run.name, measured.description,
                   latencies.isEmpty() ? QString() : QStringLiteral(", ") + latencies);
    if (runs.size() == 1)
        return measured;
    QStringList files;
    for (const SweepRun &each : runs) {
        if (!files.contains(each.file))
            files << each.file;
    }
    measured.description
        += QStringLiteral("; the busiest of %1 runs%2, in %3")
               .arg(QString::number(runs.size()),
                    targets.any() ? QStringLiteral(" meeting ") + targetsText(targets) : QString(),
                    files.join(QStringLiteral(", ")));
    return measured;
}

void applyMeasuredThroughput(Scenario &scenario, const MeasuredThroughput &measured)
{
    scenario.mixedTokPerS = measured.mixedTokPerS;
    scenario.throughputSource = ThroughputSource {measured.mixedTokPerS, measured.description};
    scenario.ranges.remove(QStringLiteral("mixed_tok_per_s"));
}

QString throughputSourceNote(const Scenario &scenario)
{
    const auto &source = scenario.throughputSource;
    return source && scenario.mixedTokPerS > 0 && source->mixedTokPerS == scenario.mixedTokPerS
        ? source->note
        : QString();
}

QString mixWarning(const Scenario &scenario, const MeasuredThroughput &measured)
{
    if (std::abs(scenario.outputFraction - measured.outputFraction) <= MixTolerance)
        return {};
    return QStringLiteral(
               "the benchmark was measured at %1% output tokens, but this workload has %2%: "
               "the rate may not hold for this mix")
        .arg(measured.outputFraction * 100, 0, 'f', 1)
        .arg(scenario.outputFraction * 100, 0, 'f', 1);
}

} // namespace planner
