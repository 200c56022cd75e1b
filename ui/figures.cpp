// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures.h"

#include "format.h"
#include "ownedgpu.h"
#include "workloadediting.h"

#include <QCoreApplication>
#include <QObject>

#include <cmath>
#include <functional>

namespace planner {

using namespace format;

QList<FigureCaption> comparedFigures()
{
    return {
        {Figure::ApiUsdPerMonth, QObject::tr("API")},
        {Figure::SelfhostUsdPerMonth, QObject::tr("Self-host")},
        {Figure::HybridUsdPerMonth, QObject::tr("Hybrid")},
        {Figure::SelfhostGpuUsdPerMonth, QObject::tr("GPUs")},
        {Figure::SelfhostOverheadUsdPerMonth, QObject::tr("Overhead")},
        // The breakeven utilization beside the serving one only: they share a basis.
        {Figure::Utilization, QObject::tr("Busy share of all paid time (incl. spares)")},
        {Figure::ServingUtilization, QObject::tr("Serving utilization (spares aside)")},
        {Figure::BreakevenUtilization, QObject::tr("Breakeven utilization (spares aside)")},
        {Figure::PeakReplicas, QObject::tr("Peak replicas")},
        {Figure::ReplicaCapacityMtokPerHour, QObject::tr("Per replica")},
        {Figure::BreakevenVolumeMtokPerMonth, QObject::tr("Breakeven volume")},
        {Figure::FirstCrossoverMtokPerMonth, QObject::tr("First crossover")},
        {Figure::BreakevenGpuHourlyUsd, QObject::tr("Breakeven GPU price")},
        {Figure::SelfhostCapexUsd, QObject::tr("Purchase (owned GPUs)")},
        {Figure::BreakevenPurchaseUsd, QObject::tr("Breakeven purchase per GPU")},
        {Figure::PaybackMonth, QObject::tr("Payback of set-up (self-host, cumulative)")},
        {Figure::HybridPaybackMonth, QObject::tr("Payback of set-up (hybrid, cumulative)")},
        {Figure::SelfhostCheaperFromMonth, QObject::tr("Self-host's monthly cost lower from")},
    };
}

std::optional<Figure> paybackFigure(const Summary &summary)
{
    switch (summary.cheapest) {
    case Option::Selfhost:
        return Figure::PaybackMonth;
    case Option::Hybrid:
        return Figure::HybridPaybackMonth;
    case Option::Api:
        break;
    }
    return std::nullopt;
}

QString provisioningNote(const Scenario &scenario)
{
    if (scenario.provisioning != Provisioning::Utilization)
        return {};
    return QObject::tr("Utilization provisioning: self-hosting pays for the volume at %1 average "
                       "utilization and ignores the traffic shape (the peak replicas and the "
                       "hybrid still follow it).")
        .arg(format::percent(scenario.averageUtilization));
}

QString searchLimitText(const Summary &summary)
{
    return QObject::tr("%1 (%2× this volume)")
        .arg(volume(summary.breakevenSearchLimitMtokPerMonth),
             number(BreakevenSearchVolumeFactor, 0));
}

namespace {

// Self-hosting's cost against the API's when it is over twice as much: two significant digits
// say enough, and beyond a thousand times the precise multiple says nothing more.
QString timesTheApiBill(double ratio)
{
    if (ratio >= 1000)
        return QObject::tr("over %1× the API bill").arg(number(1000, 0));
    const QString times = ratio < 10 ? number(ratio, 1) : number(roundedToSignificant(ratio, 2), 0);
    return QObject::tr("%1× the API bill").arg(times);
}

QString plural(double count, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(compact(count), count == 1 ? one : many);
}

// subject: "it" when self-hosting is already the sentence's subject.
QString payoffClause(const Summary &s, const QString &subject)
{
    QStringList thresholds;
    if (s.breakevenVolumeMtokPerMonth)
        thresholds << QObject::tr("above %1").arg(volume(*s.breakevenVolumeMtokPerMonth));
    // Beside the figure of its basis, so that a room does not set it against another utilization.
    if (s.breakevenUtilization)
        thresholds << (s.servingUtilization
                           ? QObject::tr("above %1 utilization of its serving GPUs (now %2; spares "
                                         "aside)")
                                 .arg(percent(*s.breakevenUtilization),
                                      percent(*s.servingUtilization))
                           : QObject::tr("above %1 utilization of its serving GPUs (spares aside)")
                                 .arg(percent(*s.breakevenUtilization)));
    if (thresholds.isEmpty())
        return QObject::tr("%1 does not pay off at any GPU utilization at this volume, nor at a "
                           "higher volume: none up to %2.")
            .arg(subject, searchLimitText(s));
    return QObject::tr("%1 pays off %2.").arg(subject, thresholds.join(QObject::tr(" or ")));
}

QString windowClause(const Evaluation &e)
{
    if (!e.explanation.crossoverWindow)
        return {};
    const double first = *e.summary.firstCrossoverMtokPerMonth;
    if (!e.summary.breakevenVolumeMtokPerMonth)
        return QObject::tr(" Self-hosting breaks even at %1 but loses again at the next replica.")
            .arg(volume(first));
    return QObject::tr(
               " Self-hosting already breaks even at %1 but loses again at the next replica.")
        .arg(volume(first));
}

// With owned GPUs the verdict names the cash the purchase takes (section 9.3).
QString purchaseClause(const Summary &s)
{
    return s.selfhostCapexUsd
        ? QObject::tr(" Owning the self-hosted fleet means buying its GPUs for %1 up front.")
              .arg(money(*s.selfhostCapexUsd))
        : QString();
}

QString share(double saving, double of)
{
    return of > 0 ? percent(saving / of) : QStringLiteral("—");
}

// The hybrid's spare replicas: none when the API takes a failed replica's traffic (section 9.2).
double hybridSpares(const Scenario &sc)
{
    return sc.hybridFailoverToApi ? 0 : sc.spareReplicas;
}

// Replica-hours to a tenth, so that a product of them checks out by hand: "2,537.6", "4,380".
QString hours(double replicaHours)
{
    return trimmed(replicaHours, 0, 1);
}

QString gpus(double count)
{
    return plural(count, QObject::tr("GPU"), QObject::tr("GPUs"));
}

QString gpus(const Scenario &sc)
{
    return gpus(sc.gpusPerReplica);
}

// A pool's workloads, each with one of its terms: "support chat 18.0 k Mtok/month × $0.88/Mtok".
QStringList workloadTerms(const Explanation &x,
                          const std::function<QString(const PooledWorkload &)> &term)
{
    QStringList terms;
    for (const PooledWorkload &w : x.workloads)
        terms << QStringLiteral("%1 %2").arg(w.name, term(w));
    return terms;
}

// A pool's API bill: each workload's volume at its own API's price (section 11.2).
QString pooledApiCost(const Evaluation &e)
{
    const Explanation &x = e.explanation;
    const QStringList terms = workloadTerms(x, [](const PooledWorkload &w) {
        // The volume in full and the price to four digits: the product checks out by hand.
        return QObject::tr("%1 Mtok/month × %2/Mtok = %3")
            .arg(trimmed(w.volumeMtokPerMonth, 0, 2), unitPrice(w.apiUsdPerMtok),
                 money(w.apiUsdPerMonth));
    });
    return QObject::tr("Σ over the %1 workloads of each one's volume × its own API's price: %2; "
                       "in all %3.")
        .arg(QString::number(x.workloads.size()), terms.join(QStringLiteral("; ")),
             money(e.summary.apiUsdPerMonth));
}

// How each figure is worked out, with the scenario's numbers and the engine's terms.
QString apiCost(const Scenario &sc, const Evaluation &e)
{
    if (!e.explanation.workloads.isEmpty())
        return pooledApiCost(e);
    const Summary &s = e.summary;
    return QObject::tr("%1 × %2 = %3. The blended price: %4 output at %5, input at %6 (%7 of "
                       "it cached at %8), "
                       "%9 of traffic batched at %10 off.")
        .arg(volume(totalVolumeMtokPerMonth(sc)), moneyPerMtok(s.apiUsdPerMtok),
             money(s.apiUsdPerMonth), percent(sc.outputFraction), moneyPerMtok(sc.outputUsdPerMtok),
             moneyPerMtok(sc.inputUsdPerMtok), percent(sc.cachedInputFraction),
             moneyPerMtok(sc.cachedInputUsdPerMtok), percent(sc.batchFraction))
        .arg(percent(sc.batchDiscount));
}

// A pool's blended price: its API bill over its volume, each workload's price weighted by its
// share of the volume.
QString pooledApiPrice(const Scenario &sc, const Evaluation &e)
{
    const Explanation &x = e.explanation;
    const double total = totalVolumeMtokPerMonth(sc);
    const QStringList terms = workloadTerms(x, [total](const PooledWorkload &w) {
        return QObject::tr("%1 (%2 of the volume)")
            .arg(moneyPerMtok(w.apiUsdPerMtok), percent(w.volumeMtokPerMonth / total));
    });
    return QObject::tr("The pool's API bill over its volume: %1 / %2 = %3, each workload on its "
                       "own API: %4.")
        .arg(money(e.summary.apiUsdPerMonth), volume(total), moneyPerMtok(x.apiUsdPerMtok),
             terms.join(QStringLiteral(", ")));
}

QString apiPrice(const Scenario &sc, const Evaluation &e)
{
    const Explanation &x = e.explanation;
    if (!x.workloads.isEmpty())
        return pooledApiPrice(sc, e);
    return QObject::tr("The input price blends cached and uncached "
                       "tokens: (1 − %1) × %2 + %1 × %3 = %4. "
                       "The blended price weights input and output and takes off the batch "
                       "discount: ((1 − %5) × %4 + %5 × %6) × (1 − %7 × %8) = %9.")
        .arg(number(sc.cachedInputFraction, 3), money(sc.inputUsdPerMtok),
             money(sc.cachedInputUsdPerMtok), moneyPerMtok(x.blendedInputUsdPerMtok),
             number(sc.outputFraction, 3), money(sc.outputUsdPerMtok), number(sc.batchFraction, 3),
             number(sc.batchDiscount, 3))
        .arg(moneyPerMtok(x.apiUsdPerMtok));
}

QString perMtok(double usdPerMonth, const Scenario &sc, double usdPerMtok)
{
    return QObject::tr("%1 / %2 = %3")
        .arg(money(usdPerMonth), volume(totalVolumeMtokPerMonth(sc)), moneyPerMtok(usdPerMtok));
}

QString gpuCost(const Scenario &sc, const Evaluation &e)
{
    if (sc.ownedGpu && e.explanation.ownedGpus) {
        // Section 9.3: write-off and colocation for the whole fleet, power for the hours it runs.
        const OwnedGpuHourly parts = ownedGpuHourlyParts(*sc.ownedGpu);
        return QObject::tr("%1 owned × 730 h × (%2 write-off + %3 colocation) + %4 "
                           "replica-hours × %5 × %6 power = %7")
            .arg(gpus(*e.explanation.ownedGpus),
                 cents(parts.amortizationUsd),
                 cents(parts.colocationUsd), hours(e.summary.paidReplicaHours), gpus(sc),
                 cents(parts.powerUsd), money(e.summary.selfhostGpuUsdPerMonth));
    }
    if (const double ondemand = e.explanation.ondemandReplicaHours; ondemand > 0) {
        return QObject::tr("%1 replica-hours at the floor × %2 × %3/h + %4 above it × %2 × %5/h "
                           "on demand = %6")
            .arg(number(e.summary.paidReplicaHours - ondemand, 0), gpus(sc),
                 money(sc.gpuHourlyUsd), number(ondemand, 0), money(sc.ondemandGpuHourlyUsd),
                 money(e.summary.selfhostGpuUsdPerMonth));
    }
    return QObject::tr("%1 replica-hours × %2 × %3/h = %4")
        .arg(hours(e.summary.paidReplicaHours), gpus(sc), money(sc.gpuHourlyUsd),
             money(e.summary.selfhostGpuUsdPerMonth));
}

QString overhead(const Scenario &sc, const Evaluation &e)
{
    return QObject::tr("%1 FTE × %2 / 12 + %3 on-call + %4 updates × %5 / 12 + %6 other + %7 "
                       "set-up / %8 months = %9")
        .arg(number(sc.engineerFte, 2), money(sc.engineerUsdPerYear), money(sc.oncallUsdPerMonth),
             number(sc.modelUpdatesPerYear, 0), money(sc.modelUpdateUsd),
             money(sc.otherUsdPerMonth), money(sc.setupUsd), number(sc.horizonMonths, 0),
             money(e.summary.selfhostOverheadUsdPerMonth));
}

QString selfhostCost(const Evaluation &e)
{
    const Summary &s = e.summary;
    return QObject::tr("GPUs %1 + overhead %2 = %3")
        .arg(money(s.selfhostGpuUsdPerMonth), money(s.selfhostOverheadUsdPerMonth),
             money(s.selfhostUsdPerMonth));
}

// What the hybrid's bursts cost: burst × p_api for one workload. With the batch filling the
// valleys a burst's batch part goes first, at the batch discount (section 9.4), and a pool's
// bursts are priced on the workloads' own APIs at each hour's mix (section 11.2): no single price
// gives either, so the engine's sum is shown.
QString burstCost(const Scenario &sc, const Evaluation &e)
{
    const Explanation &x = e.explanation;
    if (!x.workloads.isEmpty())
        return QObject::tr("the bursts on their own APIs %1 (%2, each hour's priced at that "
                           "hour's mix of workloads)")
            .arg(money(x.hybridBurstUsdPerMonth), volume(x.hybridBurstMtokPerMonth));
    if (sc.batchFillsValleys)
        return QObject::tr("the bursts on the API %1 (%2, their batch part first, at the batch "
                           "discount)")
            .arg(money(x.hybridBurstUsdPerMonth), volume(x.hybridBurstMtokPerMonth));
    return QObject::tr("%1 burst to the API × %2")
        .arg(volume(x.hybridBurstMtokPerMonth), moneyPerMtok(e.summary.apiUsdPerMtok));
}

QString hybridCost(const Scenario &sc, const Evaluation &e)
{
    const Summary &s = e.summary;
    if (s.hybridReplicas == 0)
        return QObject::tr("No baseline is cheaper than any: the hybrid is the API alone, %1.")
            .arg(money(s.hybridUsdPerMonth));
    return QObject::tr("(%1 + %2 spare) replicas × %3 × %4/h × 730 h + overhead %5 + %6 = %7")
        .arg(number(s.hybridReplicas, 0), number(hybridSpares(sc), 0), gpus(sc),
             money(sc.gpuHourlyUsd), money(s.selfhostOverheadUsdPerMonth), burstCost(sc, e),
             money(s.hybridUsdPerMonth));
}

QString hybridReplicas(const Scenario &sc, const Evaluation &e)
{
    const QString bursts = e.explanation.workloads.isEmpty()
        ? QObject::tr("API price × burst")
        : QObject::tr("the bursts' cost on the workloads' own APIs");
    return QObject::tr("Keep k replicas always on; they carry up to k × K × %1 "
                       "Mtok an hour and the rest goes to "
                       "the API. Hybrid(k) = %8 + (k + %6 spare) × %2 per "
                       "replica-hour × 730 + overhead, for k = 0 "
                       "(the API alone) or %3 ≤ k ≤ %4; the cheapest k is %5.%7")
        .arg(number(sc.maxUtilization, 3), money(e.explanation.replicaHourUsd),
             number(sc.minReplicas, 0), number(e.summary.peakReplicas, 0),
             number(e.summary.hybridReplicas, 0), number(hybridSpares(sc), 0),
             sc.hybridFailoverToApi ? QObject::tr(" No spare: the API takes a failed replica's "
                                                  "traffic.")
                                    : QString(),
             bursts);
}

QString hybridShare(const Scenario &sc, const Evaluation &e)
{
    return QObject::tr("1 − %1 burst to the API / %2 = %3")
        .arg(volume(e.explanation.hybridBurstMtokPerMonth), volume(totalVolumeMtokPerMonth(sc)),
             percent(e.summary.hybridSelfhostShare));
}

// A pool's K: its volume over the busy replica-hours of its workloads, each at its own mix's
// capacity (section 11.2).
QString pooledCapacity(const Scenario &sc, const Evaluation &e)
{
    const Explanation &x = e.explanation;
    const QStringList terms = workloadTerms(x, [](const PooledWorkload &w) {
        return QObject::tr("%1 / %2").arg(volume(w.volumeMtokPerMonth),
                                          number(w.capacityMtokPerHour, 2));
    });
    return QObject::tr("%1 / Σ over the workloads of volume / own K (%2 = %3 busy replica-hours) "
                       "= %4 Mtok per replica-hour")
        .arg(volume(totalVolumeMtokPerMonth(sc)), terms.join(QStringLiteral(" + ")),
             number(x.busyReplicaHours, 1),
             number(e.summary.replicaCapacityMtokPerHour, 2));
}

QString capacity(const Scenario &sc, const Evaluation &e)
{
    if (!e.explanation.workloads.isEmpty())
        return pooledCapacity(sc, e);
    const double k = e.summary.replicaCapacityMtokPerHour;
    return sc.mixedTokPerS > 0
        ? QObject::tr("3600 s × %1 tok/s (measured mix) / 1e6 = %2 Mtok per replica-hour")
              .arg(number(sc.mixedTokPerS, 0), number(k, 2))
        : QObject::tr("3600 / ((1 − %1) / %2 + %1 / %3) / 1e6 = %4 Mtok per replica-hour")
              .arg(number(sc.outputFraction, 3), number(sc.prefillTokPerS, 0),
                   number(sc.decodeTokPerS, 0), number(k, 2));
}

QString replicaHours(const Scenario &sc, const Evaluation &e)
{
    const QString min = number(sc.minReplicas, 0);
    const QString spare = number(sc.spareReplicas, 0);
    const QString rh = sc.provisioning == Provisioning::Utilization
        ? QObject::tr("max(%1 × 730, V / (K × %2)) + %3 × 730")
              .arg(min, number(sc.averageUtilization, 3), spare)
        : sc.provisioning == Provisioning::Fixed
        ? QObject::tr("(max(%1, busiest hour's replicas) + %2) × 730").arg(min, spare)
        : QObject::tr("730 / 168 × Σ over the week's hours of (max(%1, that hour's replicas) + %2)")
              .arg(min, spare);
    return QObject::tr("%1 provisioning: RH = %2 = %3.")
        .arg(provisioningKey(sc.provisioning), rh, number(e.summary.paidReplicaHours, 1));
}

QString utilization(const Scenario &sc, const Evaluation &e)
{
    const Summary &s = e.summary;
    return QObject::tr("(%1 / %2 Mtok per replica-hour) / %3 paid replica-hours, spares included = "
                       "%4: the busy share of all paid time")
        .arg(volume(totalVolumeMtokPerMonth(sc)), number(s.replicaCapacityMtokPerHour, 2),
             hours(s.paidReplicaHours), percent(s.utilization));
}

QString peakReplicas(const Scenario &sc, const Evaluation &e)
{
    const Summary &s = e.summary;
    return QObject::tr("The busiest hour needs %1 at %2 peak utilization (at least %3 always on); "
                       "paid replica-hours: %4 (%5 provisioning, %6 spare).")
        .arg(plural(s.peakReplicas, QObject::tr("replica"), QObject::tr("replicas")),
             percent(sc.maxUtilization), number(sc.minReplicas, 0), hours(s.paidReplicaHours),
             provisioningKey(sc.provisioning), number(sc.spareReplicas, 0));
}

QString breakevenVolume(const Summary &s)
{
    const QString limit = searchLimitText(s);
    return s.breakevenVolumeMtokPerMonth
        ? QObject::tr("From %1 up to %2, the end of the search, self-hosting costs no more than "
                      "the API.")
              .arg(volume(*s.breakevenVolumeMtokPerMonth), limit)
        : QObject::tr("Self-hosting still costs more than the API at %1, where the search ends: "
                      "none up to it.")
              .arg(limit);
}

QString firstCrossover(const Summary &s)
{
    return s.firstCrossoverMtokPerMonth
        ? QObject::tr("The lowest volume at which self-hosting costs no more than the API: %1.")
              .arg(volume(*s.firstCrossoverMtokPerMonth))
        : QObject::tr("Self-hosting costs more than the API at every volume up to %1, where the "
                      "search ends: none up to it.")
              .arg(searchLimitText(s));
}

QString breakevenUtilization(const Scenario &sc, const Evaluation &e)
{
    const Summary &s = e.summary;
    const Explanation &x = e.explanation;
    if (!s.breakevenUtilization || !x.affordableReplicaHours)
        return QObject::tr(
            "No utilization up to 100% lets self-hosting match the API at this volume.");
    return QObject::tr("(%1 API − %2 spare − %3 overhead) / %4 per replica-hour = %5 "
                       "replica-hours affordable; "
                       "%6 / (%7 × %5) = %8")
        .arg(money(s.apiUsdPerMonth), money(x.spareReplicasUsdPerMonth),
             money(s.selfhostOverheadUsdPerMonth), money(x.replicaHourUsd),
             hours(*x.affordableReplicaHours), volume(totalVolumeMtokPerMonth(sc)),
             number(s.replicaCapacityMtokPerHour, 2), percent(*s.breakevenUtilization));
}

QString breakevenGpuPrice(const Scenario &sc, const Summary &s)
{
    return s.breakevenGpuHourlyUsd
        ? QObject::tr("(%1 API − %2 overhead) / (%3 × %4 replica-hours) = %5 per GPU-hour")
              .arg(money(s.apiUsdPerMonth), money(s.selfhostOverheadUsdPerMonth), gpus(sc),
                   hours(s.paidReplicaHours),
                   money(*s.breakevenGpuHourlyUsd))
        : QObject::tr(
              "The overhead alone (%1) exceeds the API bill (%2): no GPU price is low enough.")
              .arg(money(s.selfhostOverheadUsdPerMonth), money(s.apiUsdPerMonth));
}

QString paybackMonth(const Scenario &sc, const Summary &s)
{
    if (s.selfhostCapexUsd)
        return s.paybackMonth
            ? QObject::tr("In cash: month %1 is the first in which the GPUs bought so far (%2 "
                          "for this volume's fleet; the volume grows %3 a month), the %4 set-up "
                          "and the power, colocation and overhead bills add up to no more than "
                          "the API bills so far.")
                  .arg(*s.paybackMonth)
                  .arg(money(*s.selfhostCapexUsd), percent(sc.monthlyGrowth), money(sc.setupUsd))
            : QObject::tr("In cash, the %1 purchase and the %2 set-up are not paid back within the "
                          "%3-month horizon.")
                  .arg(money(*s.selfhostCapexUsd), money(sc.setupUsd), number(sc.horizonMonths, 0));
    return s.paybackMonth
        ? QObject::tr("Cumulative: by month %1 the %2 set-up plus the monthly GPU and overhead "
                      "bills (volume growing %3 a month) add up to no more than the API bills so "
                      "far.")
              .arg(*s.paybackMonth)
              .arg(money(sc.setupUsd), percent(sc.monthlyGrowth))
        : QObject::tr("The %1 set-up is not paid back within the %2-month horizon.")
              .arg(money(sc.setupUsd), number(sc.horizonMonths, 0));
}

QString servingUtilization(const Scenario &sc, const Evaluation &e)
{
    const Summary &s = e.summary;
    if (!s.servingUtilization)
        return QObject::tr("No replica-hour is paid beyond the spares.");
    return QObject::tr("(%1 / %2 Mtok per replica-hour) / %3 serving replica-hours (spares "
                       "aside) = %4: the breakeven utilization's basis")
        .arg(volume(totalVolumeMtokPerMonth(sc)), number(s.replicaCapacityMtokPerHour, 2),
             hours(e.explanation.servingReplicaHours), percent(*s.servingUtilization));
}
QString monthFigure(const std::optional<int> &month, const QString &found, const QString &none)
{
    return month ? found.arg(*month) : none;
}
QString capex(const Scenario &sc, const Evaluation &e)
{
    const Summary &s = e.summary;
    if (!s.selfhostCapexUsd || !sc.ownedGpu || !e.explanation.ownedGpus)
        return QObject::tr("The GPUs are rented: nothing is bought up front.");
    return QObject::tr("%1 bought at %2 each = %3")
        .arg(gpus(*e.explanation.ownedGpus),
             money(sc.ownedGpu->purchaseUsd),
             money(*s.selfhostCapexUsd));
}
QString breakevenPurchase(const Summary &s)
{
    return s.breakevenPurchaseUsd
        ? QObject::tr("At %1 per GPU the owned fleet's monthly cost (write-off, colocation, "
                      "power and overhead) equals the API bill.")
              .arg(money(*s.breakevenPurchaseUsd))
        : QObject::tr("No purchase price makes owned GPUs as cheap as the API at this volume.");
}
QString searchLimit(const Summary &s)
{
    return QObject::tr("The breakeven search covers volumes up to %1.").arg(searchLimitText(s));
}

} // namespace

QString figureDerivation(Figure figure, const Scenario &sc, const Evaluation &e)
{
    const Summary &s = e.summary;
    switch (figure) {
    case Figure::ApiUsdPerMonth:
        return apiCost(sc, e);
    case Figure::SelfhostUsdPerMonth:
        return selfhostCost(e);
    case Figure::HybridUsdPerMonth:
        return hybridCost(sc, e);
    case Figure::SelfhostGpuUsdPerMonth:
        return gpuCost(sc, e);
    case Figure::SelfhostOverheadUsdPerMonth:
        return overhead(sc, e);
    case Figure::ApiUsdPerMtok:
        return apiPrice(sc, e);
    case Figure::SelfhostUsdPerMtok:
        return perMtok(s.selfhostUsdPerMonth, sc, s.selfhostUsdPerMtok);
    case Figure::HybridUsdPerMtok:
        return perMtok(s.hybridUsdPerMonth, sc, s.hybridUsdPerMtok);
    case Figure::ReplicaCapacityMtokPerHour:
        return capacity(sc, e);
    case Figure::PaidReplicaHours:
        return replicaHours(sc, e);
    case Figure::PeakReplicas:
        return peakReplicas(sc, e);
    case Figure::Utilization:
        return utilization(sc, e);
    case Figure::HybridReplicas:
        return hybridReplicas(sc, e);
    case Figure::HybridSelfhostShare:
        return hybridShare(sc, e);
    case Figure::BreakevenVolumeMtokPerMonth:
        return breakevenVolume(s);
    case Figure::FirstCrossoverMtokPerMonth:
        return firstCrossover(s);
    case Figure::BreakevenUtilization:
        return breakevenUtilization(sc, e);
    case Figure::BreakevenGpuHourlyUsd:
        return breakevenGpuPrice(sc, s);
    case Figure::PaybackMonth:
        return paybackMonth(sc, s);
    case Figure::ServingUtilization:
        return servingUtilization(sc, e);
    case Figure::HybridPaybackMonth:
        return monthFigure(s.hybridPaybackMonth,
                           s.selfhostCapexUsd
                               ? QObject::tr("In cash: month %1 is the first in which the "
                                             "baseline's GPUs bought so far, its set-up, running "
                                             "bills and bursts add up to no more than the API "
                                             "bills so far.")
                               : QObject::tr("Cumulative: by month %1 the hybrid's set-up and "
                                             "monthly bills add up to no more than the API bills "
                                             "so far."),
                           QObject::tr("The hybrid does not pay back within the horizon, or keeps "
                                       "no always-on baseline in any month (it is then the API "
                                       "alone)."));
    case Figure::SelfhostCheaperFromMonth:
        return monthFigure(s.selfhostCheaperFromMonth,
                           QObject::tr("Month %1 is the first in which self-hosting's monthly "
                                       "cost is no more than the API's: that month's bills alone. "
                                       "The set-up counts in the payback month, which compares "
                                       "cumulative costs."),
                           QObject::tr("Self-hosting costs more than the API in every month of "
                                       "the horizon."));
    case Figure::SelfhostCapexUsd:
        return capex(sc, e);
    case Figure::BreakevenPurchaseUsd:
        return breakevenPurchase(s);
    case Figure::BreakevenSearchLimitMtokPerMonth:
        return searchLimit(s);
    }
    return {};
}

QString figureValue(Figure figure, const Summary &summary)
{
    const SummaryFigure &f = summaryFigure(figure);
    const std::optional<double> value = f.read(summary);
    if (f.unit == FigureUnit::Month)
        return value ? QObject::tr("month %1").arg(int(*value)) : QObject::tr("not within horizon");
    if (!value && f.unit == FigureUnit::MtokPerMonth)
        return QObject::tr("none up to %1").arg(volume(summary.breakevenSearchLimitMtokPerMonth));
    if (!value)
        return QStringLiteral("—");
    switch (f.unit) {
    case FigureUnit::Usd:
    case FigureUnit::UsdPerMonth:
        return money(*value);
    case FigureUnit::UsdPerMtok:
        return moneyPerMtok(*value);
    case FigureUnit::UsdPerGpuHour:
        return money(*value) + QObject::tr("/GPU-h");
    case FigureUnit::MtokPerMonth:
        return volume(*value);
    case FigureUnit::MtokPerHour:
        return number(*value, 2) + QObject::tr(" Mtok/h");
    case FigureUnit::ReplicaHours:
    case FigureUnit::Replicas:
        return number(*value, 0);
    case FigureUnit::Share:
        return percent(*value);
    case FigureUnit::Month:
        break; // above: its missing value has words of its own
    }
    return {};
}

namespace {

// The payback place of the headline when the API is cheapest: nothing to pay back.
ShownFigure noPayback(const Summary &s)
{
    QString why = QObject::tr("The API is cheapest at this volume: there is nothing to pay back.");
    if (s.paybackMonth)
        why += (s.selfhostCapexUsd ? QObject::tr(" In cash, self-hosting alone would pay back in "
                                                 "month %1.")
                                   : QObject::tr(" Self-hosting alone would pay back in month %1."))
                   .arg(*s.paybackMonth);
    return {std::nullopt, QObject::tr("Payback of set-up (cumulative)"), QStringLiteral("—"), why};
}

QString paybackCaption(Figure payback, bool owned)
{
    if (!owned)
        return figureCaption(payback);
    return payback == Figure::HybridPaybackMonth
        ? QObject::tr("Payback in cash (hybrid, cumulative)")
        : QObject::tr("Payback in cash (self-host, cumulative)");
}

} // namespace

QString figureCaption(Figure figure)
{
    for (const FigureCaption &f : comparedFigures()) {
        if (f.figure == figure)
            return f.caption;
    }
    return QLatin1String(summaryFigure(figure).key);
}

QList<ShownFigure> keyFigures(const Scenario &sc, const Evaluation &e)
{
    const Summary &s = e.summary;
    const bool owned = s.selfhostCapexUsd.has_value();
    QList<ShownFigure> shown;
    const auto add = [&](Figure figure, const QString &caption) {
        shown.append({figure, caption, figureValue(figure, s), figureDerivation(figure, sc, e)});
    };
    for (Figure figure :
         {Figure::ApiUsdPerMonth, Figure::SelfhostUsdPerMonth, Figure::HybridUsdPerMonth,
          Figure::SelfhostGpuUsdPerMonth, Figure::SelfhostOverheadUsdPerMonth,
          Figure::ServingUtilization, Figure::BreakevenUtilization, Figure::PeakReplicas,
          Figure::ReplicaCapacityMtokPerHour,
          owned ? Figure::BreakevenPurchaseUsd : Figure::BreakevenGpuHourlyUsd,
          Figure::BreakevenVolumeMtokPerMonth, Figure::FirstCrossoverMtokPerMonth})
        add(figure, figureCaption(figure));
    if (const auto payback = paybackFigure(s))
        add(*payback, paybackCaption(*payback, owned));
    else
        shown.append(noPayback(s));
    if (sc.monthlyGrowth != 0)
        add(Figure::SelfhostCheaperFromMonth, figureCaption(Figure::SelfhostCheaperFromMonth));
    if (owned)
        add(Figure::SelfhostCapexUsd, figureCaption(Figure::SelfhostCapexUsd));
    return shown;
}

QString optionName(Option option)
{
    switch (option) {
    case Option::Api:
        return QObject::tr("API");
    case Option::Selfhost:
        return QObject::tr("Self-host");
    case Option::Hybrid:
        return QObject::tr("Hybrid");
    }
    return {};
}

namespace {

QString cheapestVerdict(const Scenario &sc, const Evaluation &e)
{
    const Summary &s = e.summary;
    const Explanation &x = e.explanation;
    const double api = s.apiUsdPerMonth;
    switch (s.cheapest) {
    case Option::Selfhost:
        return QObject::tr("Self-hosting saves %1 a month (%2) at this volume; %3%4")
            .arg(money(x.selfhostSavingsUsdPerMonth), share(x.selfhostSavingsUsdPerMonth, api),
                 payoffClause(s, QObject::tr("it")), windowClause(e));
    case Option::Hybrid:
        return QObject::tr("The hybrid is cheapest: keep %1 always on, send %2 of the tokens to "
                           "the API, and save %3 a month "
                           "(%4) against the API and %5 against self-hosting alone.%6")
            .arg(plural(s.hybridReplicas, QObject::tr("replica"), QObject::tr("replicas"))
                     + (hybridSpares(sc) > 0
                            ? QObject::tr(" (plus %1 spare)").arg(number(hybridSpares(sc), 0))
                            : QString()),
                 percent(1 - s.hybridSelfhostShare), money(x.hybridSavingsUsdPerMonth),
                 share(x.hybridSavingsUsdPerMonth, api),
                 money(x.hybridSavingsOverSelfhostUsdPerMonth), windowClause(e));
    case Option::Api:
        break;
    }
    const double extra = -x.selfhostSavingsUsdPerMonth;
    const QString howMuch
        = api > 0 && extra > api ? timesTheApiBill(s.selfhostUsdPerMonth / api) : share(extra, api);
    return QObject::
        tr("The API is cheapest at this volume: self-hosting would cost %1 a month more (%2); %3%4")
            .arg(money(extra), howMuch, payoffClause(s, QObject::tr("self-hosting")),
                 windowClause(e));
}

} // namespace

QString verdictSentence(const Scenario &sc, const Evaluation &e)
{
    return cheapestVerdict(sc, e) + purchaseClause(e.summary);
}

} // namespace planner
