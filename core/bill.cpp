// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bill.h"

#include "ownedgpu.h"

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

// GPU time at the prices the engine pays (sections 3, 9.1 and 9.3): an owned fleet's write-off
// and colocation for every GPU it holds and power for the hours it runs (a fixed fleet runs all
// of them, so one price covers it), autoscale's hours above its floor at the on-demand price.
QList<BillLine> gpuLines(const Scenario &s, const Evaluation &e)
{
    const Explanation &x = e.explanation;
    const double paidGpuHours = e.summary.paidReplicaHours * s.gpusPerReplica;
    if (s.ownedGpu && x.ownedGpus && s.provisioning != Provisioning::Fixed) {
        const OwnedGpuHourly parts = ownedGpuHourlyParts(*s.ownedGpu);
        return {line(QStringLiteral("Owned GPUs: write-off and colocation"),
                     *x.ownedGpus * HoursPerMonth, QStringLiteral("GPU-hour"),
                     parts.amortizationUsd + parts.colocationUsd),
                line(QStringLiteral("Owned GPUs: power"), paidGpuHours, QStringLiteral("GPU-hour"),
                     parts.powerUsd)};
    }
    const double ondemandGpuHours = x.ondemandReplicaHours * s.gpusPerReplica;
    QList<BillLine> lines {line(QStringLiteral("GPU time"), paidGpuHours - ondemandGpuHours,
                                QStringLiteral("GPU-hour"), x.replicaHourUsd / s.gpusPerReplica)};
    if (ondemandGpuHours > 0)
        lines << line(QStringLiteral("GPU time above the floor, on demand"), ondemandGpuHours,
                      QStringLiteral("GPU-hour"), s.ondemandGpuHourlyUsd);
    return lines;
}

// What the hybrid sends to the API: one workload without batch in the valleys pays the API's
// list, line by line; otherwise each hour's bursts were priced at that hour's mix.
QList<BillLine> burstLines(const Scenario &s, const Explanation &x)
{
    QList<BillLine> lines;
    if (x.workloads.isEmpty() && !s.batchFillsValleys) {
        for (BillLine l : tokenLines(s, x.hybridBurstMtokPerMonth)) {
            l.item = QStringLiteral("Burst to API: ") + l.item.at(0).toLower() + l.item.mid(1);
            lines << l;
        }
    } else if (x.hybridBurstMtokPerMonth > 0) {
        lines << BillLine {QStringLiteral("Burst to the APIs, each hour at its mix's price"),
                           x.hybridBurstMtokPerMonth, QStringLiteral("Mtok"),
                           x.hybridBurstUsdPerMonth / x.hybridBurstMtokPerMonth,
                           x.hybridBurstUsdPerMonth};
    }
    return lines;
}

} // namespace

QList<BillLine> apiBill(const Scenario &scenario, const Evaluation &evaluation)
{
    if (evaluation.explanation.workloads.isEmpty())
        return tokenLines(scenario, scenario.volumeMtokPerMonth);
    QList<BillLine> lines;
    for (const PooledWorkload &w : evaluation.explanation.workloads)
        lines << line(w.name, w.volumeMtokPerMonth, QStringLiteral("Mtok"), w.apiUsdPerMtok);
    return lines;
}

QList<BillLine> selfhostBill(const Scenario &scenario, const Evaluation &evaluation)
{
    return gpuLines(scenario, evaluation) + overheadLines(scenario);
}

QList<BillLine> hybridBill(const Scenario &scenario, const Evaluation &evaluation)
{
    const Summary &summary = evaluation.summary;
    QList<BillLine> lines;
    if (summary.hybridReplicas > 0) {
        const double spares = scenario.hybridFailoverToApi ? 0 : scenario.spareReplicas;
        lines << line(QStringLiteral("Baseline GPU time"),
                      (summary.hybridReplicas + spares) * HoursPerMonth * scenario.gpusPerReplica,
                      QStringLiteral("GPU-hour"),
                      evaluation.explanation.replicaHourUsd / scenario.gpusPerReplica);
        lines += overheadLines(scenario);
    }
    return lines + burstLines(scenario, evaluation.explanation);
}

} // namespace planner
