// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"
#include "presets.h"
#include "valuerange.h"

namespace planner {

// Shares of the peak memory bandwidth and dense FLOPS that decoding and prefill reach, when
// nothing better is known (measured: 0.4 to 0.8 and 0.4 to 0.6).
inline constexpr double DefaultMemoryEfficiency = 0.6;
inline constexpr double DefaultComputeEfficiency = 0.5;

// The valid range of each roofline input, both ends included; estimateThroughput refuses values
// outside. The ceilings are practical ones that keep every product finite.
struct RooflineRanges
{
    static constexpr ValueRange parameters {1e6, true, 1e14, true, false};
    static constexpr ValueRange bytesPerWeight {0.1, true, 8, true, false};
    static constexpr ValueRange kvBytesPerToken {0, true, 1e9, true, false};
    static constexpr ValueRange gpus {1, true, MaxGpusPerReplica, true, false};
    static constexpr ValueRange memoryGbPerGpu {1, true, 1e5, true, false};
    static constexpr ValueRange bandwidthTbps {0.001, true, 1e3, true, false};
    static constexpr ValueRange denseTflops {0.001, true, 1e6, true, false};
    static constexpr ValueRange batch {1, true, 1e6, true, false};
    static constexpr ValueRange context {1, true, 1e8, true, false};
    static constexpr ValueRange efficiency {0.01, true, 1, true, false};
};

// One replica of a model on G GPUs, for the roofline estimate of the cost model, section 7.
// Units: GB = 1e9 bytes, TB/s = 1e12 bytes per second, TFLOPS = 1e12 FLOP per second.
struct RooflineInputs
{
    QString modelName; // for messages only; "The model" when empty
    double parameters = 0;
    double bytesPerWeight = 2;
    double kvBytesPerToken = 0;
    int gpus = 1;
    double memoryGbPerGpu = 0;
    double bandwidthTbps = 0;
    double denseTflops = 0; // at the precision the weights are computed in
    double batch = 1; // sequences decoded together
    double context = 1; // tokens each sequence keeps in the KV cache
    double memoryEfficiency = DefaultMemoryEfficiency;
    double computeEfficiency = DefaultComputeEfficiency;
};

struct RooflineEstimate
{
    double prefillTokPerS = 0;
    double decodeTokPerS = 0;
    double weightsBytes = 0;
    double kvCacheBytes = 0;
    double usableBytes = 0; // UsableMemoryShare of the GPUs' memory
    double batch = 0; // the batch the decode rate is for
    bool decodeComputeBound = false; // else bound by memory bandwidth

    double neededBytes() const { return weightsBytes + kvCacheBytes; }
};

// Share of the GPUs' memory the weights and KV cache may fill; the rest is for activations and
// the serving engine.
inline constexpr double UsableMemoryShare = 0.9;

// Bytes in GB (1e9 bytes), as the estimate's messages write them: "141.1 GB", "0.05 GB".
QString gigabytesText(double bytes);

// P and D of the cost model's roofline. Fails on inputs out of range (naming the input) and on a
// model whose weights and KV cache do not fit, saying by how much.
Outcome<RooflineEstimate> estimateThroughput(const RooflineInputs &inputs);

// Seconds one decode step takes at `batch` sequences (section 7's step), for valid inputs.
double decodeStepSeconds(const RooflineInputs &inputs, double batch);

// The estimate at an inter-token latency target (cost model, section 10): inputs.batch is
// replaced by the largest batch n >= 1 with step(n) <= itlMs / 1000 whose KV cache also fits
// (and within RooflineRanges::batch), and D = n / step(n). Fails like estimateThroughput, on an
// itlMs not above 0, and, when even batch 1 misses the target, with step(1) in ms.
Outcome<RooflineEstimate> estimateAtItlTarget(const RooflineInputs &inputs, double itlMs);

// The measured runs of this model on this GPU, whatever the GPU count. Names match when the
// words of one are all in the other ("Llama 3.1 8B" and "Llama-3.1-8B-Instruct", "H100 SXM 80GB"
// and "NVIDIA H100 SXM5 80GB"); a run that does not name the form factor ("H100 80GB") matches
// every form factor.
QList<ThroughputPreset> measuredRuns(const QList<ThroughputPreset> &runs, const ModelPreset &model,
                                     const GpuPreset &gpu);

// Uses the estimate for the scenario's replicas of `gpus` GPUs: prefill and decode rates, with
// no measured mixed rate overriding them.
void applyRooflineEstimate(Scenario &scenario, const RooflineEstimate &estimate, int gpus);

} // namespace planner
