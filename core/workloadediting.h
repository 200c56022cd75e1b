// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presets.h"
#include "scenario.h"
#include "scenariofields.h"

namespace planner {

// Edits of a scenario's workloads list (cost model, section 11.1), as the window makes them. Each
// returns the next scenario and leaves every other input as it is. A scenario without a workloads
// list is one workload: adding a second turns it into the list's first entry, and removing down
// to one entry turns the list back into that plain scenario, so that one workload always reads
// exactly as sections 1-10 do.

// True for the workload group's inputs each workload has its own of (volume, output share):
// with a workloads list, the scenario's own values of these are not used.
bool isPerWorkload(const NumericField &field);

// The monthly volume the scenario's figures are for: every workload's together (section 11.2's
// V), or the single workload's.
double totalVolumeMtokPerMonth(const Scenario &scenario);

// The name the single workload takes when it becomes the first entry of a list.
QString firstWorkloadName();

// Appends a workload named "workload N" with the default scenario's volume, mix and traffic
// shape; does nothing at MaxWorkloads.
Scenario withWorkloadAdded(const Scenario &scenario);
// Inserts a copy of workload index after it, named "<name> copy" (made unique); does nothing at
// MaxWorkloads. Without a list, index 0 is the single workload.
Scenario withWorkloadDuplicated(const Scenario &scenario, int index);
// Removes workload index; with one left, the list becomes the plain scenario (workloadScenario()).
Scenario withWorkloadRemoved(const Scenario &scenario, int index);

// A name not yet taken in workloads: base itself, else "base 2", "base 3", ...
QString uniqueWorkloadName(const QList<Workload> &workloads, const QString &base);

// The API fields preset sets (applyApiModel()), as a workload's overrides of the api group.
QMap<QString, double> apiModelOverrides(const ApiModelPreset &preset);
// The preset whose prices a workload's overrides are; null when it uses other prices.
const ApiModelPreset *matchingApiModel(const QMap<QString, double> &overrides);

} // namespace planner
