// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultformat.h"

#include "summaryfigures.h"

#include <QLocale>

namespace planner {
namespace {

template<typename T> QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

void appendRows(QByteArray &csv, const char *curve, const QByteArray &series,
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

// A CSV field: quoted when it holds a comma, a quote or a line break (a workload's name may).
QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    if (!field.contains(',') && !field.contains('"') && !field.contains('\n'))
        return field;
    return '"' + field.replace('"', "\"\"") + '"';
}

QList<QPointF> hourly(const WeekWeights &values)
{
    QList<QPointF> points;
    points.reserve(HoursPerWeek);
    for (int h = 0; h < HoursPerWeek; ++h)
        points.append({double(h), values[h]});
    return points;
}

} // namespace

QJsonObject portfolioToJson(const Portfolio &p)
{
    QJsonArray selfhosted;
    for (int w : p.planSelfhosted)
        selfhosted.append(p.workloads[w].name);
    QJsonArray workloads;
    for (const WorkloadVerdict &v : p.workloads)
        workloads.append(QJsonObject {{"name", v.name},
                                      {"api_usd_per_month", v.apiUsdPerMonth},
                                      {"alone_cheapest", optionKey(v.aloneCheapest)},
                                      {"alone_usd_per_month", v.aloneUsdPerMonth},
                                      {"in_plan", v.inPlan}});
    return {{"api_usd_per_month", p.apiUsdPerMonth},
            {"separate_usd_per_month", p.separateUsdPerMonth},
            {"plan_usd_per_month", p.planUsdPerMonth},
            {"plan_selfhosted", selfhosted},
            {"plan_option", optionKey(p.planOption)},
            {"plan_hybrid_replicas", orNull(p.planHybridReplicas)},
            {"pooling_saving_usd_per_month", p.poolingSavingUsdPerMonth},
            {"workloads", workloads}};
}

QByteArray portfolioWeekToCsv(const Portfolio &p)
{
    QByteArray csv;
    const PortfolioWeek &week = p.week;
    for (qsizetype i = 0; i < week.workloads.size(); ++i) {
        const QString &name = p.workloads[week.workloads[i]].name;
        appendRows(csv, "portfolio_week", csvField(QStringLiteral("busy:") + name),
                   hourly(week.interactiveBusy[i]));
        appendRows(csv, "portfolio_week", csvField(QStringLiteral("batch_in_valleys:") + name),
                   hourly(week.batchInValleys[i]));
    }
    if (!week.workloads.isEmpty())
        appendRows(csv, "portfolio_week", "capacity", hourly(week.capacityBusy));
    return csv;
}

QJsonObject summaryToJson(const Summary &s)
{
    QJsonObject json;
    for (const SummaryFigure &figure : summaryFigures())
        json.insert(QLatin1String(figure.key), orNull(figure.read(s)));
    json.insert(QLatin1String("cheapest"), optionKey(s.cheapest));
    return json;
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
