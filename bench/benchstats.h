// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

// The p-th percentile (nearest rank) of samples, rounded to 3 decimals for printing.
inline double percentile(std::vector<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<size_t>(std::ceil(p / 100 * samples.size()));
    const double value = samples[std::clamp<size_t>(rank, 1, samples.size()) - 1];
    return std::round(value * 1000) / 1000;
}
