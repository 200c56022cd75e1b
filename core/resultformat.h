// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costengine.h"
#include "portfolio.h"
#include "uncertainty.h"

#include <QJsonArray>
#include <QJsonObject>

namespace planner {

// The section 8 summary with the cost model's keys; absent figures are JSON null.
QJsonObject summaryToJson(const Summary &summary);

// {"samples", "seed", "p_selfhost_cheaper", "p_hybrid_cheaper", "savings_p10", "savings_p50",
// "savings_p90", "hybrid_savings_p10", "hybrid_savings_p50", "hybrid_savings_p90"}: the
// uncertainty analysis as --uncertainty prints it.
QJsonObject uncertaintyToJson(const UncertaintyResult &result);
// [{"key", "low_value", "high_value", "savings_low", "savings_high"}, ...] as --sensitivity prints
// it.
QJsonArray sensitivityToJson(const QList<SensitivityRow> &rows);

// Every curve as CSV with the header "curve,series,x,y", one row per point:
// cost_vs_volume (api, selfhost, hybrid; x Mtok/month, y USD/month),
// cost_per_mtok_vs_utilization (selfhost, api; x share, y USD/Mtok),
// hybrid_cost_vs_replicas (hybrid; x replicas, y USD/month),
// week_split (selfhosted, burst_to_api, and batch_in_valleys, the batch part of selfhosted, when
// batch_fills_valleys; x hour of week, y Mtok),
// cumulative_cost (api, selfhost, hybrid; x month 0..H, y USD).
QByteArray curvesToCsv(const Evaluation &evaluation);

// Section 11.3's `portfolio` object: api_usd_per_month, separate_usd_per_month,
// plan_usd_per_month, plan_selfhosted (names in file order), plan_option, plan_hybrid_replicas
// (null unless the hybrid), pooling_saving_usd_per_month, and workloads (name,
// api_usd_per_month, alone_cheapest, alone_usd_per_month, in_plan), as --summary prints it.
QJsonObject portfolioToJson(const Portfolio &portfolio);

// The plan's stacked week as rows of curvesToCsv's CSV, no header: curve portfolio_week, x hour
// of the week, y busy replicas; per workload in the plan the series "busy:NAME" (its own
// traffic) and "batch_in_valleys:NAME", then "capacity" (what the plan's replicas carry, see
// PortfolioWeek). A name with a comma or quote is quoted. Empty for the all-API plan.
QByteArray portfolioWeekToCsv(const Portfolio &portfolio);

} // namespace planner
