// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bill.h"

namespace planner {
namespace {

BillLine line(const QString &item, double quantity, const QString &unit, double unitPrice)
{
    return {item, quantity, unit, unitPrice, quantity * unitPrice};
}

QList<BillLine> tokenLines(const Scenario &s, double mtok)
{
    const double input = mtok * (1 - s.outputFraction);
    QList<BillLine> lines {
        line(QStringLiteral("Input tokens"), input * (1 - s.cachedInputFraction),
             QStringLiteral("Mtok"), s.inputUsdPerMtok),
        line(QStringLiteral("Cached input tokens"), input * s.cachedInputFraction,
             QStringLiteral("Mtok"), s.cachedInputUsdPerMtok),
        line(QStringLiteral("Output tokens"), mtok * s.outputFraction, QStringLiteral("Mtok"),
             s.outputUsdPerMtok),
    };
    double listPrice = 0;
    for (const BillLine &l : lines)
        listPrice += l.usdPerMonth;
    const double share = s.batchFraction * s.batchDiscount;
    if (share > 0)
        lines << BillLine {QStringLiteral("Batch discount (%1% of traffic at %2% off)")
                               .arg(s.batchFraction * 100, 0, 'g', 3)
                               .arg(s.batchDiscount * 100, 0, 'g', 3),
                           share, QStringLiteral("of list"), -listPrice, -listPrice * share};
    return lines;
}

QList<BillLine> overheadLines(const Scenario &s)
{
    return {
        line(QStringLiteral("Engineers"), s.engineerFte, QStringLiteral("FTE-month"),
             s.engineerUsdPerYear / 12),
        line(QStringLiteral("On-call"), 1, QStringLiteral("month"), s.oncallUsdPerMonth),
        line(QStringLiteral("Model updates"), s.modelUpdatesPerYear / 12, QStringLiteral("update"),
             s.modelUpdateUsd),
        line(QStringLiteral("Monitoring, storage, egress"), 1, QStringLiteral("month"),
             s.otherUsdPerMonth),
        line(QStringLiteral("Set-up, spread over the horizon"), 1 / s.horizonMonths,
             QStringLiteral("set-up"), s.setupUsd),
    };
}

} // namespace

QList<BillLine> apiBill(const Scenario &scenario)
{
    return tokenLines(scenario, scenario.volumeMtokPerMonth);
}

QList<BillLine> selfhostBill(const Scenario &scenario, const Summary &summary)
{
    QList<BillLine> lines {line(QStringLiteral("GPU time"),
                                summary.paidReplicaHours * scenario.gpusPerReplica,
                                QStringLiteral("GPU-hour"), scenario.gpuHourlyUsd)};
    return lines + overheadLines(scenario);
}

QList<BillLine> hybridBill(const Scenario &scenario, const Summary &summary)
{
    QList<BillLine> lines;
    if (summary.hybridReplicas > 0) {
        lines << line(QStringLiteral("Baseline GPU time"),
                      (summary.hybridReplicas + scenario.spareReplicas) * HoursPerMonth
                          * scenario.gpusPerReplica,
                      QStringLiteral("GPU-hour"), scenario.gpuHourlyUsd);
        lines += overheadLines(scenario);
    }
    const double burst = (1 - summary.hybridSelfhostShare) * scenario.volumeMtokPerMonth;
    for (BillLine l : tokenLines(scenario, burst)) {
        l.item = QStringLiteral("Burst to API: ") + l.item.at(0).toLower() + l.item.mid(1);
        lines << l;
    }
    return lines;
}

} // namespace planner
