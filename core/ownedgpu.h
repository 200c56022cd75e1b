// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"
#include "valuerange.h"

#include <QString>
#include <QStringList>

#include <span>

namespace planner {

// What one owned GPU costs to buy and run (cost model, section 7). Every figure is per GPU.
struct OwnedGpu
{
    double purchaseUsd = 0;
    double amortizationMonths = 1; // a whole number, as the spin box and the file keep it
    double powerKw = 0;
    double pue = 1;
    double usdPerKwh = 0;
    double colocationUsdPerMonth = 0;

    bool operator==(const OwnedGpu &) const = default;
};

// gpu_hourly_usd = purchase / (months * 730) + power_kw * pue * usd_per_kwh + colocation / 730,
// split into its three parts so that a reader can see where the price comes from.
struct OwnedGpuHourly
{
    double amortizationUsd = 0;
    double powerUsd = 0;
    double colocationUsd = 0;

    double total() const { return amortizationUsd + powerUsd + colocationUsd; }
};

OwnedGpuHourly ownedGpuHourlyParts(const OwnedGpu &gpu);
double ownedGpuHourlyUsd(const OwnedGpu &gpu);

// A file may round the GPU price to cents, so prices within half a cent agree.
inline constexpr double OwnedGpuPriceToleranceUsd = 0.005;

// One input of the owned-GPU helper: its key in the file's selfhost.owned_gpu object, its valid
// range (both ends included), what it means, how the dialog shows it and the value it starts at
// when the scenario has no owned GPU, with where that value comes from; shared by the loader, the
// validator, the dialog and the report.
struct OwnedGpuField
{
    const char *key; // e.g. "pue"
    double OwnedGpu::*member;
    double min;
    double max; // practical ceiling that keeps the price finite
    bool integer;
    const char *unit; // "USD", "kW", "" for pure numbers
    const char *label;
    const char *help;
    int decimals; // digits the dialog shows
    double step; // one step of the dialog's spin box
    double defaultValue;
    const char *defaultSource; // "Default: ..., <source>."

    ValueRange validRange() const { return {min, true, max, true, integer}; }
};

std::span<const OwnedGpuField> ownedGpuFields();

// "1..5", "integer 1..240".
QString rangeText(const OwnedGpuField &field);

// Fails with "selfhost.owned_gpu.KEY: LABEL must be REQUIREMENT (got VALUE)" (outOfRangeMessage)
// when value is not valid for field.
Outcome<> checkValue(const OwnedGpuField &field, double value);

// Every problem with the inputs, one error per input.
Outcome<> validate(const OwnedGpu &gpu);

struct Scenario;
// Prices the scenario's GPUs as owned ones: keeps the inputs and sets the hourly price they give
// (a range on that price no longer applies and is dropped).
void applyOwnedGpu(Scenario &scenario, const OwnedGpu &gpu);
// A GPU price set any other way (by hand, a preset, --set) replaces the owned GPU it came from:
// keeps scenario.ownedGpu only while the price is still the one it gives.
void forgetReplacedOwnedGpu(Scenario &scenario);

} // namespace planner
