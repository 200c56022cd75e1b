// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"
#include "scenario.h"

namespace planner {

// One replica's measured total rate, valid at the mix it was measured at (cost model, section
// 7): input and output measured over the same run give one mixed rate, never a P and a D.
struct MeasuredThroughput
{
    double mixedTokPerS = 0;
    double outputFraction = 0;
    // What was read, for the user: e.g. "GuideLLM report, benchmark 2 of 3 (throughput),
    // 7,372 tok/s at 30.5% output".
    QString description;
};

// Either format below, told apart by its keys: a GuideLLM report has "benchmarks", a vLLM result
// total_input_tokens / total_output_tokens. Use these unless the format is known.
// A load's errors start with the path.
Outcome<MeasuredThroughput> parseBenchmark(const QByteArray &json);
Outcome<MeasuredThroughput> loadBenchmark(const QString &path);

// The result JSON of vLLM's serving benchmark (benchmark_serving.py --save-result):
// total_token_throughput where given, else (total_input_tokens + total_output_tokens) / duration;
// the mix from the token totals. A file without them fails with an error saying what is missing.
Outcome<MeasuredThroughput> parseVllmBenchmark(const QByteArray &json);
Outcome<MeasuredThroughput> loadVllmBenchmark(const QString &path);

// GuideLLM's report (guidellm benchmark --output-path benchmarks.json), 0.2 to 0.4+: of its
// benchmarks, the one with the highest total token rate of successful requests, which in a sweep
// is the saturating one and so one replica's capacity; the mix from the same requests' prompt and
// output token totals. Benchmarks without successful requests are passed over.
Outcome<MeasuredThroughput> parseGuideLlmReport(const QByteArray &json);

// Uses the measured rate for the scenario's replicas.
void applyMeasuredThroughput(Scenario &scenario, const MeasuredThroughput &measured);
// A warning when the workload's output share differs from the one measured by more than 0.05,
// else an empty string.
QString mixWarning(const Scenario &scenario, const MeasuredThroughput &measured);

} // namespace planner
