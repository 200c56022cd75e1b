// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryfigures.h"

namespace planner {
namespace {

template<typename T> std::optional<double> asOptional(const T &value)
{
    return double(value);
}

template<typename T> std::optional<double> asOptional(const std::optional<T> &value)
{
    return value ? std::optional<double>(double(*value)) : std::nullopt;
}

template<auto Member> std::optional<double> read(const Summary &summary)
{
    return asOptional(summary.*Member);
}

using enum Figure;
using enum FigureUnit;

constexpr std::array<SummaryFigure, FigureCount> Figures {{
    {ApiUsdPerMonth, "api_usd_per_month", UsdPerMonth, read<&Summary::apiUsdPerMonth>},
    {SelfhostUsdPerMonth, "selfhost_usd_per_month", UsdPerMonth,
     read<&Summary::selfhostUsdPerMonth>},
    {HybridUsdPerMonth, "hybrid_usd_per_month", UsdPerMonth, read<&Summary::hybridUsdPerMonth>},
    {SelfhostGpuUsdPerMonth, "selfhost_gpu_usd_per_month", UsdPerMonth,
     read<&Summary::selfhostGpuUsdPerMonth>},
    {SelfhostOverheadUsdPerMonth, "selfhost_overhead_usd_per_month", UsdPerMonth,
     read<&Summary::selfhostOverheadUsdPerMonth>},
    {ApiUsdPerMtok, "api_usd_per_mtok", UsdPerMtok, read<&Summary::apiUsdPerMtok>},
    {SelfhostUsdPerMtok, "selfhost_usd_per_mtok", UsdPerMtok, read<&Summary::selfhostUsdPerMtok>},
    {HybridUsdPerMtok, "hybrid_usd_per_mtok", UsdPerMtok, read<&Summary::hybridUsdPerMtok>},
    {ReplicaCapacityMtokPerHour, "replica_capacity_mtok_per_hour", MtokPerHour,
     read<&Summary::replicaCapacityMtokPerHour>},
    {PaidReplicaHours, "paid_replica_hours", ReplicaHours, read<&Summary::paidReplicaHours>},
    {PeakReplicas, "peak_replicas", Replicas, read<&Summary::peakReplicas>},
    {Utilization, "utilization", Share, read<&Summary::utilization>},
    {HybridReplicas, "hybrid_replicas", Replicas, read<&Summary::hybridReplicas>},
    {HybridSelfhostShare, "hybrid_selfhost_share", Share, read<&Summary::hybridSelfhostShare>},
    {BreakevenVolumeMtokPerMonth, "breakeven_volume_mtok_per_month", MtokPerMonth,
     read<&Summary::breakevenVolumeMtokPerMonth>},
    {FirstCrossoverMtokPerMonth, "first_crossover_mtok_per_month", MtokPerMonth,
     read<&Summary::firstCrossoverMtokPerMonth>},
    {BreakevenUtilization, "breakeven_utilization", Share, read<&Summary::breakevenUtilization>},
    {BreakevenGpuHourlyUsd, "breakeven_gpu_usd_per_hour", UsdPerGpuHour,
     read<&Summary::breakevenGpuHourlyUsd>},
    {PaybackMonth, "payback_month", Month, read<&Summary::paybackMonth>},
    {ServingUtilization, "serving_utilization", Share, read<&Summary::servingUtilization>},
    {HybridPaybackMonth, "hybrid_payback_month", Month, read<&Summary::hybridPaybackMonth>},
    {SelfhostCheaperFromMonth, "selfhost_cheaper_from_month", Month,
     read<&Summary::selfhostCheaperFromMonth>},
    {SelfhostCapexUsd, "selfhost_capex_usd", Usd, read<&Summary::selfhostCapexUsd>},
    {BreakevenPurchaseUsd, "breakeven_purchase_usd", Usd, read<&Summary::breakevenPurchaseUsd>},
    {BreakevenSearchLimitMtokPerMonth, "breakeven_search_limit_mtok_per_month", MtokPerMonth,
     read<&Summary::breakevenSearchLimitMtokPerMonth>},
}};

constexpr bool indexedByFigure()
{
    for (std::size_t i = 0; i < Figures.size(); ++i) {
        if (std::size_t(Figures[i].figure) != i)
            return false;
    }
    return true;
}
static_assert(indexedByFigure(), "one row per Figure, in the enum's order");

} // namespace

const std::array<SummaryFigure, FigureCount> &summaryFigures()
{
    return Figures;
}

const SummaryFigure &summaryFigure(Figure figure)
{
    return Figures[std::size_t(figure)];
}

} // namespace planner
