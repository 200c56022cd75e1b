// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultformat.h"

#include <QLocale>

namespace planner {
namespace {

template<typename T> QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

void appendRows(QByteArray &csv, const char *curve, const char *series,
                const QList<QPointF> &points)
{
    const QLocale c = QLocale::c();
    for (const QPointF &p : points) {
        csv += curve;
        csv += ',';
        csv += series;
        csv += ',';
        csv += c.toString(p.x(), 'g', 17).toLatin1();
        csv += ',';
        csv += c.toString(p.y(), 'g', 17).toLatin1();
        csv += '\n';
    }
}

} // namespace

QJsonObject summaryToJson(const Summary &s)
{
    return {
        {"api_usd_per_month", s.apiUsdPerMonth},
        {"selfhost_usd_per_month", s.selfhostUsdPerMonth},
        {"hybrid_usd_per_month", s.hybridUsdPerMonth},
        {"selfhost_gpu_usd_per_month", s.selfhostGpuUsdPerMonth},
        {"selfhost_overhead_usd_per_month", s.selfhostOverheadUsdPerMonth},
        {"api_usd_per_mtok", s.apiUsdPerMtok},
        {"selfhost_usd_per_mtok", s.selfhostUsdPerMtok},
        {"hybrid_usd_per_mtok", s.hybridUsdPerMtok},
        {"replica_capacity_mtok_per_hour", s.replicaCapacityMtokPerHour},
        {"paid_replica_hours", s.paidReplicaHours},
        {"peak_replicas", s.peakReplicas},
        {"utilization", s.utilization},
        {"hybrid_replicas", s.hybridReplicas},
        {"hybrid_selfhost_share", s.hybridSelfhostShare},
        {"breakeven_volume_mtok_per_month", orNull(s.breakevenVolumeMtokPerMonth)},
        {"first_crossover_mtok_per_month", orNull(s.firstCrossoverMtokPerMonth)},
        {"breakeven_utilization", orNull(s.breakevenUtilization)},
        {"breakeven_gpu_usd_per_hour", orNull(s.breakevenGpuUsdPerHour)},
        {"payback_month", orNull(s.paybackMonth)},
        {"cheapest", optionKey(s.cheapest)},
        {"serving_utilization", orNull(s.servingUtilization)},
        {"hybrid_payback_month", orNull(s.hybridPaybackMonth)},
        {"selfhost_capex_usd", orNull(s.selfhostCapexUsd)},
        {"breakeven_purchase_usd", orNull(s.breakevenPurchaseUsd)},
        {"breakeven_search_limit_mtok_per_month", s.breakevenSearchLimitMtokPerMonth},
        {"selfhost_cheaper_from_month", orNull(s.selfhostCheaperFromMonth)},
    };
}

QJsonObject uncertaintyToJson(const UncertaintyResult &r)
{
    return {
        {"samples", r.samples},
        {"seed", double(r.seed)},
        {"p_selfhost_cheaper", r.pSelfhostCheaper},
        {"p_hybrid_cheaper", r.pHybridCheaper},
        {"savings_p10", r.savingsP10},
        {"savings_p50", r.savingsP50},
        {"savings_p90", r.savingsP90},
        {"hybrid_savings_p10", r.hybridSavingsP10},
        {"hybrid_savings_p50", r.hybridSavingsP50},
        {"hybrid_savings_p90", r.hybridSavingsP90},
    };
}

QJsonArray sensitivityToJson(const QList<SensitivityRow> &rows)
{
    QJsonArray array;
    for (const SensitivityRow &row : rows) {
        array.append(QJsonObject {{"key", row.key},
                                  {"low_value", row.lowValue},
                                  {"high_value", row.highValue},
                                  {"savings_low", row.savingsLow},
                                  {"savings_high", row.savingsHigh}});
    }
    return array;
}

QByteArray curvesToCsv(const Evaluation &e)
{
    QByteArray csv = "curve,series,x,y\n";
    appendRows(csv, "cost_vs_volume", "api", e.costVsVolume.api);
    appendRows(csv, "cost_vs_volume", "selfhost", e.costVsVolume.selfhost);
    appendRows(csv, "cost_vs_volume", "hybrid", e.costVsVolume.hybrid);
    appendRows(csv, "cost_per_mtok_vs_utilization", "selfhost",
               e.costPerMtokVsUtilization.selfhost);
    appendRows(csv, "cost_per_mtok_vs_utilization", "api", e.costPerMtokVsUtilization.api);
    appendRows(csv, "hybrid_cost_vs_replicas", "hybrid", e.hybridCostVsReplicas);
    appendRows(csv, "week_split", "selfhosted", e.week.selfhosted);
    appendRows(csv, "week_split", "burst_to_api", e.week.burstToApi);
    appendRows(csv, "week_split", "batch_in_valleys", e.week.batchInValleys);
    appendRows(csv, "cumulative_cost", "api", e.cumulativeCost.api);
    appendRows(csv, "cumulative_cost", "selfhost", e.cumulativeCost.selfhost);
    appendRows(csv, "cumulative_cost", "hybrid", e.cumulativeCost.hybrid);
    return csv;
}

} // namespace planner
