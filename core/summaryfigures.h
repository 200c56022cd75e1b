// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costengine.h"

#include <array>
#include <optional>

namespace planner {

// The numeric figures of the summary (cost model sections 8 and 9.5), in the model's order. The
// summary's one other entry, "cheapest", is an option, not a number (Summary::cheapest).
enum class Figure {
    ApiUsdPerMonth,
    SelfhostUsdPerMonth,
    HybridUsdPerMonth,
    SelfhostGpuUsdPerMonth,
    SelfhostOverheadUsdPerMonth,
    ApiUsdPerMtok,
    SelfhostUsdPerMtok,
    HybridUsdPerMtok,
    ReplicaCapacityMtokPerHour,
    PaidReplicaHours,
    PeakReplicas,
    Utilization,
    HybridReplicas,
    HybridSelfhostShare,
    BreakevenVolumeMtokPerMonth,
    FirstCrossoverMtokPerMonth,
    BreakevenUtilization,
    BreakevenGpuHourlyUsd,
    PaybackMonth,
    ServingUtilization,
    HybridPaybackMonth,
    SelfhostCheaperFromMonth,
    SelfhostCapexUsd,
    BreakevenPurchaseUsd,
    BreakevenSearchLimitMtokPerMonth,
};
inline constexpr std::size_t FigureCount
    = std::size_t(Figure::BreakevenSearchLimitMtokPerMonth) + 1;

enum class FigureUnit {
    Usd, // once, not per month
    UsdPerMonth,
    UsdPerMtok,
    UsdPerGpuHour,
    MtokPerMonth,
    MtokPerHour,
    ReplicaHours,
    Replicas,
    Share, // 0..1
    Month, // 1..H
};

// One figure of the summary: its --summary key, its unit and how to read it from the results.
struct SummaryFigure
{
    Figure figure;
    const char *key;
    FigureUnit unit;
    std::optional<double> (*read)(
        const Summary &summary); // std::nullopt: the figure does not exist
};

// Every numeric figure of the summary, indexed by Figure.
const std::array<SummaryFigure, FigureCount> &summaryFigures();
const SummaryFigure &summaryFigure(Figure figure);

} // namespace planner
