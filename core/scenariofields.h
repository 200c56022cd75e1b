// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"
#include "scenario.h"
#include "valuerange.h"

#include <optional>
#include <span>

namespace planner {

// How the window's slider moves over an input: across the values people explore, narrower than
// the valid range, evenly or by orders of magnitude. Empty (min == max) for inputs the window's
// input panel does not show.
struct SliderScale
{
    double min = 0;
    double max = 0;
    bool logarithmic = false;
    int decimals = 0; // digits shown, in display units
    bool percent = false; // a share shown as a percentage
};

// The group box of the window's input panel that shows an input, if any.
enum class PanelBox { None, Workload, Api, SelfHost, Overhead };

// Whether an input is one of the main levers in the strip that never scrolls away. The average
// and peak utilization take turns: the one the provisioning mode leads with sits in the strip,
// the other in its box.
enum class Lever { No, Always, InUtilizationMode, InFleetModes };

// The scenarios an input plays a part in: the panel hides it, and the report leaves it out, in
// the others. On-demand capacity is rented only by autoscale, and never for owned GPUs (9.1, 9.3).
enum class Applies { InEveryMode, WhenRentingOnDemand };

struct PanelPlace
{
    PanelBox box = PanelBox::None;
    int order = 0; // top to bottom within its box, and within the strip of levers
    Lever lever = Lever::No;
    Applies applies = Applies::InEveryMode;

    bool appliesTo(const Scenario &scenario) const
    {
        return applies == Applies::InEveryMode
            || (scenario.provisioning == Provisioning::Autoscale && !scenario.ownedGpu);
    }
};

// One numeric input of the scenario: where it lives in the file, its valid range, what it means
// and how the window edits it. The single description that the loader, the validator, --set,
// the window and the report share.
struct NumericField
{
    const char *group; // "workload", "api", "selfhost", "overhead", "analysis"
    const char *key; // the file's key, e.g. "gpu_hourly_usd"
    double Scenario::*member;
    double min;
    bool minInclusive;
    double max; // practical ceiling (an extension of the spec that keeps arithmetic finite)
    bool maxInclusive;
    bool integer;
    const char *unit; // e.g. "USD/h", "Mtok/month", "" for pure numbers
    const char *label; // short human name
    const char *help; // what it means and how it moves the result
    // Rows without these compile as inputs the window's panel does not show.
    SliderScale slider {};
    PanelPlace panel {};
    // What the minimum means where it is not a quantity, e.g. "same as GPU price"; null if it is.
    const char *minimumMeans = nullptr;

    ValueRange validRange() const { return {min, minInclusive, max, maxInclusive, integer}; }
};

std::span<const NumericField> numericFields();
const NumericField *findNumericField(QStringView key);

// One true/false input of the scenario (cost model section 9), described once for the loader,
// the writer, --set, the window and the report.
struct SwitchField
{
    const char *group; // "selfhost"
    const char *key; // the file's key, e.g. "batch_fills_valleys"
    bool Scenario::*member;
    const char *label; // short human name, as the window's check box reads
    const char *help; // what it does and how it moves the result
    const char *whenOn; // what the scenario assumes when true, in a few words
    const char *whenOff; // and when false
    PanelPlace panel {};
};

std::span<const SwitchField> switchFields();
// The switch named KEY ("batch_fills_valleys") or GROUP.KEY; null when there is none.
const SwitchField *findSwitchField(QStringView key);

// True for selfhost.slo_ttft_ms and slo_itl_ms (cost model, section 10): inputs that choose a
// benchmark run rather than enter a cost.
bool isLatencyTarget(const NumericField &field);

// "> 0", "0..1", "(0, 1]", "integer >= 1", ... as the cost model writes ranges.
QString rangeText(const NumericField &field);

// Fails with "group.key: LABEL must be REQUIREMENT (got VALUE)" (outOfRangeMessage) when value
// is not valid for field.
Outcome<> checkValue(const NumericField &field, double value);
// As checkValue, naming the input by path instead of group.key, e.g. a workload's input
// ("workloads[1] \"chat\".volume_mtok_per_month"), so that every range message reads the same.
Outcome<> checkValueAt(const NumericField &field, double value, const QString &path);

// Fails with a message naming the field and what is wrong unless range is valid for field
// (low <= mode <= high, each in the field's range).
Outcome<> checkRange(const NumericField &field, const TriangularRange &range);

// Parses and applies one "KEY=VALUE" override (the command line's --set). KEY is a file key
// ("gpu_hourly_usd"), optionally with its group ("selfhost.gpu_hourly_usd"); "profile" takes a
// preset name and "provisioning" a mode. "workloads.NAME.FIELD" sets one workload's
// volume_mtok_per_month, output_fraction, profile, selfhost_ok or api.KEY (cost model 11.1). A
// plain value replaces any range the input had. On failure the scenario is unchanged.
Outcome<> applyOverride(Scenario &scenario, QStringView assignment);

} // namespace planner
