// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarkimport.h"

#include "filereading.h"
#include "scenariofields.h"

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
    return GuideLlmBenchmark {*tokPerS, *prompt, *output, strategyOf(value.toObject())};
}

Outcome<MeasuredThroughput> fromGuideLlmReport(const QJsonObject &report)
{
    const QJsonValue list = report.value(u"benchmarks");
    if (!list.isArray())
        return failure(QStringLiteral("not a GuideLLM report: benchmarks must be a list"));
    const QJsonArray benchmarks = list.toArray();
    if (benchmarks.isEmpty())
        return failure(QStringLiteral("the GuideLLM report has no benchmarks"));
    const QString count = QString::number(benchmarks.size());
    std::optional<GuideLlmBenchmark> best;
    qsizetype bestIndex = 0;
    for (qsizetype i = 0; i < benchmarks.size(); ++i) {
        const Outcome<GuideLlmBenchmark> benchmark = readGuideLlmBenchmark(benchmarks.at(i));
        if (!benchmark.ok())
            return failure(QStringLiteral("GuideLLM report, benchmark %1 of %2: %3")
                               .arg(QString::number(i + 1), count, benchmark.errorMessage()));
        if (benchmark->tokPerS > 0 && (!best || benchmark->tokPerS > best->tokPerS)) {
            best = benchmark.value;
            bestIndex = i;
        }
    }
    if (!best)
        return failure(
            QStringLiteral("no benchmark in the GuideLLM report has successful requests"));
    const double outputFraction = best->outputTokens / (best->promptTokens + best->outputTokens);
    const QString strategy
        = best->strategy.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(best->strategy);
    return MeasuredThroughput {best->tokPerS, outputFraction,
                               QStringLiteral("GuideLLM report, benchmark %1 of %2%3, %4")
                                   .arg(QString::number(bestIndex + 1), count, strategy,
                                        rateAndMix(best->tokPerS, outputFraction))};
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
    return failure(QStringLiteral(
        "not a benchmark result: expected a vLLM serving benchmark result (total_input_tokens, "
        "total_output_tokens) or a GuideLLM report (benchmarks)"));
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

void applyMeasuredThroughput(Scenario &scenario, const MeasuredThroughput &measured)
{
    scenario.mixedTokPerS = measured.mixedTokPerS;
    scenario.ranges.remove(QStringLiteral("mixed_tok_per_s"));
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
