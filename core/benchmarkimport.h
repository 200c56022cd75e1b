// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"
#include "scenario.h"

#include <optional>

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

// Cost model, section 10: the 95th-percentile latencies a service must keep, in ms; 0 = none.
struct LatencyTargets
{
    double ttftMs = 0;
    double itlMs = 0;

    bool any() const { return ttftMs > 0 || itlMs > 0; }
};
LatencyTargets latencyTargets(const Scenario &scenario);

// One run of a benchmark sweep: its rate and mix, and its p95 latencies in ms where the file
// gives them (its p99 ones when it has no p95, which is stricter).
struct SweepRun
{
    MeasuredThroughput throughput;
    std::optional<double> ttftMs;
    std::optional<double> itlMs;
    bool fromP99 = false; // a latency above is the file's p99, for want of a p95
    QString file; // the file's name, without its folder
    QString name; // "r1.json", or "report.json, benchmark 2 of 3" within a GuideLLM report
};

// The runs of one file: one for a vLLM serving result (p95_ttft_ms, p95_itl_ms, else p99_...),
// one per benchmark with successful requests for a GuideLLM report (metrics.
// time_to_first_token_ms and inter_token_latency_ms, successful.percentiles.p95, else p99).
// Fails like parseBenchmark, and on a latency that is not a number >= 0 or a duration not above
// 0. Each run's file is `file` and its name starts with it.
Outcome<QList<SweepRun>> parseSweepRuns(const QByteArray &json, const QString &file);
// The runs of every file, in order; errors start with the path, and a warning names each file
// whose p99 latencies stand in for p95 ones.
Outcome<QList<SweepRun>> loadSweep(const QStringList &paths);

// Whether run meets every target set (p95 TTFT <= ttftMs, p95 ITL <= itlMs); false when it
// lacks a latency a target needs.
bool meetsTargets(const SweepRun &run, const LatencyTargets &targets);

// The run whose throughput the replicas get (cost model, section 10), as an index into runs:
// without targets the busiest run (the saturating one); with targets the busiest run that meets
// them. Fails when runs is empty, when a run lacks a latency a target needs (naming it), and
// when no run meets the targets, naming the run with the lowest latencies (relative to the
// targets) and its p95 TTFT and ITL, in one line.
Outcome<qsizetype> chooseSweepRun(const QList<SweepRun> &runs, const LatencyTargets &targets);

// Run `chosen` of runs as the measured throughput, its description naming the run and its
// latencies, and for a sweep of several runs the targets and every file.
MeasuredThroughput chosenThroughput(const QList<SweepRun> &runs, qsizetype chosen,
                                    const LatencyTargets &targets);

// Uses the measured rate for the scenario's replicas, noting its description as the source.
void applyMeasuredThroughput(Scenario &scenario, const MeasuredThroughput &measured);
// The note of the scenario's throughput source while its measured rate is still the one
// used, else empty (no import, or a rate typed over it).
QString throughputSourceNote(const Scenario &scenario);
// A warning when the workload's output share differs from the one measured by more than 0.05,
// else an empty string.
QString mixWarning(const Scenario &scenario, const MeasuredThroughput &measured);

} // namespace planner
