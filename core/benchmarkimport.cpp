// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarkimport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace planner {
namespace {

constexpr qint64 MaxBenchmarkFileBytes = 64 * 1024 * 1024; // results may list every request
constexpr double MixTolerance = 0.05;

std::optional<double> positive(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() <= 0)
        return std::nullopt;
    return value.toDouble();
}

} // namespace

std::optional<MeasuredThroughput> parseVllmBenchmark(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("not a vLLM benchmark result: %1")
                     .arg(parseError.error != QJsonParseError::NoError
                              ? parseError.errorString()
                              : QStringLiteral("expected a JSON object"));
        return std::nullopt;
    }
    const QJsonObject result = document.object();
    const auto input = positive(result, u"total_input_tokens");
    const auto output = positive(result, u"total_output_tokens");
    if (!input || !output) {
        *error = QStringLiteral(
            "not a vLLM benchmark result: total_input_tokens and total_output_tokens "
            "must be numbers above 0");
        return std::nullopt;
    }
    std::optional<double> rate = positive(result, u"total_token_throughput");
    if (!rate) {
        const auto duration = positive(result, u"duration");
        if (!duration) {
            *error = QStringLiteral(
                "not a vLLM benchmark result: neither total_token_throughput nor a "
                "duration above 0");
            return std::nullopt;
        }
        rate = (*input + *output) / *duration;
    }
    return MeasuredThroughput {*rate, *output / (*input + *output)};
}

std::optional<MeasuredThroughput> loadVllmBenchmark(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxBenchmarkFileBytes) {
        *error = QStringLiteral("%1 is %2 bytes; benchmark results are limited to 64 MiB")
                     .arg(path)
                     .arg(file.size());
        return std::nullopt;
    }
    const auto measured = parseVllmBenchmark(file.readAll(), error);
    if (!measured)
        *error = path + QStringLiteral(": ") + *error;
    return measured;
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
