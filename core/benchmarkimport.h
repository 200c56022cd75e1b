// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <optional>

namespace planner {

// One replica's measured total rate, valid at the mix it was measured at (cost model, section
// 7): input and output measured over the same run give one mixed rate, never a P and a D.
struct MeasuredThroughput
{
    double mixedTokPerS = 0;
    double outputFraction = 0;
};

// The result JSON of vLLM's serving benchmark (benchmark_serving.py --save-result):
// total_token_throughput where given, else (total_input_tokens + total_output_tokens) / duration;
// the mix from the token totals. On a file without them, error says what is missing.
std::optional<MeasuredThroughput> parseVllmBenchmark(const QByteArray &json, QString *error);
std::optional<MeasuredThroughput> loadVllmBenchmark(const QString &path, QString *error);

// Uses the measured rate for the scenario's replicas.
void applyMeasuredThroughput(Scenario &scenario, const MeasuredThroughput &measured);
// A warning when the workload's output share differs from the one measured by more than 0.05,
// else an empty string.
QString mixWarning(const Scenario &scenario, const MeasuredThroughput &measured);

} // namespace planner
