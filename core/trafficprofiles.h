// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <optional>

namespace planner {

// The named week shapes of the cost model (section 1): steady, business-hours, diurnal,
// daily-bursts. Each is 168 raw weights, hour 0 = Monday 00:00.
QStringList trafficPresetNames();
std::optional<TrafficProfile> trafficPreset(QStringView name);

} // namespace planner
