// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QDate>
#include <QList>

#include <optional>

namespace planner {

// Every preset carries where its figures come from and the date the source gives ("as of";
// empty where the source carries no date).
struct PresetSource
{
    QString source;
    QString asOf;
};

inline constexpr int StaleAfterDays = 180;

// How many days old the figure is on today, taking a month-only date ("2026-04") at its last
// day; nothing when the source gives no date.
std::optional<int> ageInDays(const PresetSource &origin, const QDate &today);
// True when the figure is older than StaleAfterDays: possibly out of date.
bool isStale(const PresetSource &origin, const QDate &today);

struct ApiModelPreset
{
    QString id; // "together/llama-3.3-70b-instruct-turbo"
    QString provider;
    double inputUsdPerMtok = 0;
    double outputUsdPerMtok = 0;
    std::optional<double> cachedInputUsdPerMtok;
    std::optional<double> batchDiscount;
    PresetSource origin;
};

struct GpuPrice
{
    QString provider;
    QString instance;
    // "on-demand", "committed-1y", "committed-3y", "reserved" (a reservation whose source states
    // no term), "spot", "marketplace", "market-median"
    QString kind;
    double gpuHourlyUsd = 0;
    PresetSource origin;
};

struct GpuPreset
{
    QString id; // "h100-sxm"
    QString name;
    double memoryGb = 0;
    double bandwidthTbps = 0;
    double bf16Tflops = 0;
    std::optional<double> fp8Tflops;
    QString specSource;
    QList<GpuPrice> prices;
};

// One measured serving run of one replica (its whole tensor-parallel group).
struct ThroughputPreset
{
    QString model;
    QString gpu;
    int gpuCount = 1;
    QString engine;
    QString precision;
    QString concurrency;
    int inputLength = 0;
    int outputLength = 0;
    double outputTokPerS = 0;
    double mixedTokPerS = 0; // output rate x (input + output) / output
    double outputFraction = 0; // output / (input + output): the mix it was measured at
    PresetSource origin;
};

// A model's architecture, for the roofline estimate (cost model, section 7).
struct ModelPreset
{
    QString id; // "llama-3.1-8b"
    QString name;
    double parameters = 0;
    double bytesPerWeight = 0; // as published: 2 for BF16
    double kvBytesPerToken = 0; // at the same precision as the weights
    PresetSource origin;
};

struct PresetCatalog
{
    QList<ApiModelPreset> apiModels;
    QList<GpuPreset> gpus;
    QList<ThroughputPreset> throughput;
    QList<ModelPreset> models;
};

// The presets shipped in the application's resources (resources/presets/*.json).
const PresetCatalog &builtinPresets();

// Capacity paid for whether it is used or not: a 1- or 3-year commitment, or a reservation.
bool isCommittedKind(const QString &kind);

// The same provider's on-demand price for the same GPU, the pair of a committed price (cost
// model 9.1: the always-on floor at the committed price, replicas above it on demand). Among
// several on-demand prices the first of these wins: the same instance text, the same GPU count
// (the "8x" in the instance), the latest "as of", the first listed. Nothing when `price` is not
// committed or its provider has no on-demand price for this GPU.
std::optional<GpuPrice> onDemandPairFor(const GpuPreset &gpu, const GpuPrice &price);

void applyApiModel(Scenario &scenario, const ApiModelPreset &preset);
// Sets the GPU price, and the on-demand price beside it: for a committed (or reserved) price the
// same provider's on-demand figure (onDemandPairFor), otherwise 0, "the same as the GPU price".
// Replaces an owned GPU.
void applyGpuPrice(Scenario &scenario, const GpuPreset &gpu, const GpuPrice &price);
// Sets the measured mixed rate and the replica's GPU count. The output fraction is left alone:
// the window warns when the workload's mix differs from the one measured.
void applyThroughput(Scenario &scenario, const ThroughputPreset &preset);

// One entry of a GPU price list: the prices one provider lists for one GPU of the same kind and
// the same to the cent, merged (AWS's 1x and 8x H100 instances, both $6.88 per GPU-hour). The
// price applied, and its source and date, are those of the latest of them (the first listed
// among equals); the others add their instance names.
struct GpuPriceChoice
{
    const GpuPreset *gpu = nullptr;
    const GpuPrice *price = nullptr;
    QList<const GpuPrice *> merged; // every price of the entry, price among them, as listed
};

// The catalog's GPU prices with duplicates merged, GPU by GPU in catalog order, each GPU's
// entries by provider and then as listed.
QList<GpuPriceChoice> gpuPriceChoices(const PresetCatalog &catalog);

// Whether the scenario carries a preset's figures: its API's input and output prices; its GPU
// price (one of the merged prices, and not an owned GPU's); its measured rate on as many GPUs.
bool usesApiModel(const Scenario &scenario, const ApiModelPreset &preset);
bool usesGpuPrice(const Scenario &scenario, const GpuPriceChoice &choice);
bool usesThroughput(const Scenario &scenario, const ThroughputPreset &preset);

// The load a run was measured under, for its label (cost model, section 10): "batch/offline" for
// a saturating or fixed-batch run, "interactive, 25 concurrent" for a run at a stated number of
// concurrent requests (an online sweep, whose latencies stay low at low concurrency), and "load
// not stated" otherwise.
QString throughputRegime(const ThroughputPreset &preset);

} // namespace planner
