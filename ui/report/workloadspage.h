// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

namespace planner {

class ReportLayout;

// The report's Workloads page for a scenario with a workloads list (cost model, section 11): the
// plan in one sentence, the plan's week stacked by workload and the table of each workload's own
// inputs, API cost, verdict alone and place in the plan. Adds nothing for a single workload.
void addWorkloadsPage(ReportLayout &report, const Scenario &scenario, const QString &name);

} // namespace planner
