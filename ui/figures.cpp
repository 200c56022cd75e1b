// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures.h"

#include "format.h"

#include <QCoreApplication>
#include <QObject>

#include <cmath>

namespace planner {

using namespace format;

QList<FigureCaption> keyFigures()
{
    return {
        {QStringLiteral("api_usd_per_month"), QObject::tr("API")},
        {QStringLiteral("selfhost_usd_per_month"), QObject::tr("Self-host")},
        {QStringLiteral("hybrid_usd_per_month"), QObject::tr("Hybrid")},
        {QStringLiteral("selfhost_gpu_usd_per_month"), QObject::tr("GPUs")},
        {QStringLiteral("selfhost_overhead_usd_per_month"), QObject::tr("Overhead")},
        {QStringLiteral("utilization"), QObject::tr("Utilization")},
        {QStringLiteral("peak_replicas"), QObject::tr("Peak replicas")},
        {QStringLiteral("replica_capacity_mtok_per_hour"), QObject::tr("Per replica")},
        {QStringLiteral("breakeven_volume_mtok_per_month"), QObject::tr("Breakeven volume")},
        {QStringLiteral("first_crossover_mtok_per_month"), QObject::tr("First crossover")},
        {QStringLiteral("breakeven_utilization"), QObject::tr("Breakeven utilization")},
        {QStringLiteral("breakeven_gpu_usd_per_hour"), QObject::tr("Breakeven GPU price")},
        {QStringLiteral("payback_month"), QObject::tr("Payback")},
    };
}

namespace {

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
    if (s.breakevenUtilization)
        thresholds << QObject::tr("above %1 GPU utilization (spares aside)")
                          .arg(percent(*s.breakevenUtilization));
    if (thresholds.isEmpty())
        return QObject::tr("%1 does not pay off at any volume up to 1000x this one.").arg(subject);
    return QObject::tr("%1 pays off %2.").arg(subject, thresholds.join(QObject::tr(" or ")));
}

QString windowClause(const Summary &s)
{
    const auto first = s.firstCrossoverMtokPerMonth;
    const auto breakeven = s.breakevenVolumeMtokPerMonth;
    if (!first || (breakeven && *breakeven <= *first * (1 + 1e-9)))
        return {};
    if (!breakeven)
        return QObject::tr(" Self-hosting breaks even at %1 but loses again at the next replica.")
            .arg(volume(*first));
    return QObject::tr(
               " Self-hosting already breaks even at %1 but loses again at the next replica.")
        .arg(volume(*first));
}

QString share(double saving, double of)
{
    return of > 0 ? percent(saving / of) : QStringLiteral("—");
}

// How each figure is worked out, with the scenario's numbers.
} // namespace

QString figureDerivation(const QString &key, const Scenario &sc, const Summary &s)
{
    const double v = sc.volumeMtokPerMonth;
    const double r = sc.gpusPerReplica * sc.gpuHourlyUsd;
    if (key == u"api_usd_per_month")
        return QObject::tr("%1 × %2 = %3. The blended price: %4 output at %5, input at %6 (%7 of "
                           "it cached at %8), "
                           "%9 of traffic batched at %10 off.")
            .arg(volume(v), moneyPerMtok(s.apiUsdPerMtok), money(s.apiUsdPerMonth),
                 percent(sc.outputFraction), moneyPerMtok(sc.outputUsdPerMtok),
                 moneyPerMtok(sc.inputUsdPerMtok), percent(sc.cachedInputFraction),
                 moneyPerMtok(sc.cachedInputUsdPerMtok), percent(sc.batchFraction))
            .arg(percent(sc.batchDiscount));
    if (key == u"selfhost_gpu_usd_per_month")
        return QObject::tr("%1 replica-hours × %2 × %3/h = %4")
            .arg(number(s.paidReplicaHours, 0),
                 plural(sc.gpusPerReplica, QObject::tr("GPU"), QObject::tr("GPUs")),
                 money(sc.gpuHourlyUsd), money(s.selfhostGpuUsdPerMonth));
    if (key == u"selfhost_overhead_usd_per_month")
        return QObject::tr("%1 FTE × %2 / 12 + %3 on-call + %4 updates × %5 / 12 + %6 other + %7 "
                           "set-up / %8 months = %9")
            .arg(number(sc.engineerFte, 2), money(sc.engineerUsdPerYear),
                 money(sc.oncallUsdPerMonth), number(sc.modelUpdatesPerYear, 0),
                 money(sc.modelUpdateUsd), money(sc.otherUsdPerMonth), money(sc.setupUsd),
                 number(sc.horizonMonths, 0), money(s.selfhostOverheadUsdPerMonth));
    if (key == u"selfhost_usd_per_month")
        return QObject::tr("GPUs %1 + overhead %2 = %3")
            .arg(money(s.selfhostGpuUsdPerMonth), money(s.selfhostOverheadUsdPerMonth),
                 money(s.selfhostUsdPerMonth));
    if (key == u"hybrid_usd_per_month") {
        if (s.hybridReplicas == 0)
            return QObject::tr("No baseline is cheaper than any: the hybrid is the API alone, %1.")
                .arg(money(s.hybridUsdPerMonth));
        const double burst = (1 - s.hybridSelfhostShare) * v;
        return QObject::tr("(%1 + %2 spare) replicas × %3 × %4/h × 730 h + overhead %5 + %6 burst "
                           "to the API × %7 = %8")
            .arg(number(s.hybridReplicas, 0), number(sc.spareReplicas, 0),
                 plural(sc.gpusPerReplica, QObject::tr("GPU"), QObject::tr("GPUs")),
                 money(sc.gpuHourlyUsd), money(s.selfhostOverheadUsdPerMonth), volume(burst),
                 moneyPerMtok(s.apiUsdPerMtok), money(s.hybridUsdPerMonth));
    }
    if (key == u"replica_capacity_mtok_per_hour")
        return sc.mixedTokPerS > 0
            ? QObject::tr("3600 s × %1 tok/s (measured mix) / 1e6 = %2 Mtok per replica-hour")
                  .arg(number(sc.mixedTokPerS, 0), number(s.replicaCapacityMtokPerHour, 2))
            : QObject::tr("3600 / ((1 − %1) / %2 + %1 / %3) / 1e6 = %4 Mtok per replica-hour")
                  .arg(number(sc.outputFraction, 3), number(sc.prefillTokPerS, 0),
                       number(sc.decodeTokPerS, 0), number(s.replicaCapacityMtokPerHour, 2));
    if (key == u"utilization")
        return QObject::tr("(%1 / %2 Mtok per replica-hour) / %3 paid replica-hours = %4")
            .arg(volume(v), number(s.replicaCapacityMtokPerHour, 2), number(s.paidReplicaHours, 0),
                 percent(s.utilization));
    if (key == u"peak_replicas")
        return QObject::tr(
                   "The busiest hour needs %1 at %2 peak utilization (at least %3 always on); "
                   "paid replica-hours: %4 (%5 provisioning, %6 spare).")
            .arg(plural(s.peakReplicas, QObject::tr("replica"), QObject::tr("replicas")),
                 percent(sc.maxUtilization), number(sc.minReplicas, 0),
                 number(s.paidReplicaHours, 0), provisioningKey(sc.provisioning),
                 number(sc.spareReplicas, 0));
    if (key == u"breakeven_volume_mtok_per_month")
        return s.breakevenVolumeMtokPerMonth
            ? QObject::tr(
                  "From %1 up to 1000x this volume, self-hosting costs no more than the API.")
                  .arg(volume(*s.breakevenVolumeMtokPerMonth))
            : QObject::tr("Self-hosting still costs more than the API at 1000x this volume.");
    if (key == u"first_crossover_mtok_per_month")
        return s.firstCrossoverMtokPerMonth
            ? QObject::tr("The lowest volume at which self-hosting costs no more than the API: %1.")
                  .arg(volume(*s.firstCrossoverMtokPerMonth))
            : QObject::tr("Self-hosting never costs less than the API up to 1000x this volume.");
    if (key == u"breakeven_utilization") {
        if (!s.breakevenUtilization)
            return QObject::tr(
                "No utilization up to 100% lets self-hosting match the API at this volume.");
        const double x = (s.apiUsdPerMonth - r * sc.spareReplicas * HoursPerMonth
                          - s.selfhostOverheadUsdPerMonth)
            / r;
        return QObject::tr("(%1 API − %2 spare − %3 overhead) / %4 per replica-hour = %5 "
                           "replica-hours affordable; "
                           "%6 / (%7 × %5) = %8")
            .arg(money(s.apiUsdPerMonth), money(r * sc.spareReplicas * HoursPerMonth),
                 money(s.selfhostOverheadUsdPerMonth), money(r), number(x, 0), volume(v),
                 number(s.replicaCapacityMtokPerHour, 2), percent(*s.breakevenUtilization));
    }
    if (key == u"breakeven_gpu_usd_per_hour")
        return s.breakevenGpuHourlyUsd
            ? QObject::tr("(%1 API − %2 overhead) / (%3 GPUs × %4 replica-hours) = %5 per GPU-hour")
                  .arg(money(s.apiUsdPerMonth), money(s.selfhostOverheadUsdPerMonth),
                       number(sc.gpusPerReplica, 0), number(s.paidReplicaHours, 0),
                       money(*s.breakevenGpuHourlyUsd))
            : QObject::tr(
                  "The overhead alone (%1) exceeds the API bill (%2): no GPU price is low enough.")
                  .arg(money(s.selfhostOverheadUsdPerMonth), money(s.apiUsdPerMonth));
    if (key == u"payback_month")
        return s.paybackMonth
            ? QObject::tr("Month %1: %2 set-up plus the monthly GPU and overhead bills (volume "
                          "growing %3 a month) "
                          "add up to no more than the API bills so far.")
                  .arg(*s.paybackMonth)
                  .arg(money(sc.setupUsd), percent(sc.monthlyGrowth))
            : QObject::tr("The %1 set-up is not paid back within the %2-month horizon.")
                  .arg(money(sc.setupUsd), number(sc.horizonMonths, 0));
    return {};
}

QString figureValue(const QString &key, const Summary &s)
{
    if (key == u"api_usd_per_month")
        return money(s.apiUsdPerMonth);
    if (key == u"selfhost_usd_per_month")
        return money(s.selfhostUsdPerMonth);
    if (key == u"hybrid_usd_per_month")
        return money(s.hybridUsdPerMonth);
    if (key == u"selfhost_gpu_usd_per_month")
        return money(s.selfhostGpuUsdPerMonth);
    if (key == u"selfhost_overhead_usd_per_month")
        return money(s.selfhostOverheadUsdPerMonth);
    if (key == u"replica_capacity_mtok_per_hour")
        return number(s.replicaCapacityMtokPerHour, 2) + QObject::tr(" Mtok/h");
    if (key == u"utilization")
        return percent(s.utilization);
    if (key == u"peak_replicas")
        return number(s.peakReplicas, 0);
    if (key == u"breakeven_volume_mtok_per_month")
        return optionalVolume(s.breakevenVolumeMtokPerMonth);
    if (key == u"first_crossover_mtok_per_month")
        return optionalVolume(s.firstCrossoverMtokPerMonth);
    if (key == u"breakeven_utilization")
        return s.breakevenUtilization ? percent(*s.breakevenUtilization) : QStringLiteral("—");
    if (key == u"breakeven_gpu_usd_per_hour")
        return s.breakevenGpuHourlyUsd ? money(*s.breakevenGpuHourlyUsd) + QObject::tr("/GPU-h")
                                       : QStringLiteral("—");
    if (key == u"payback_month")
        return s.paybackMonth ? QObject::tr("month %1").arg(*s.paybackMonth)
                              : QObject::tr("not within horizon");
    return {};
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

QString verdictSentence(const Scenario &sc, const Summary &s)
{
    const double api = s.apiUsdPerMonth;
    switch (s.cheapest) {
    case Option::Selfhost:
        return QObject::tr("Self-hosting saves %1 a month (%2) at this volume; %3%4")
            .arg(money(api - s.selfhostUsdPerMonth), share(api - s.selfhostUsdPerMonth, api),
                 payoffClause(s, QObject::tr("it")), windowClause(s));
    case Option::Hybrid:
        return QObject::tr("The hybrid is cheapest: keep %1 always on, send %2 of the tokens to "
                           "the API, and save %3 a month "
                           "(%4) against the API and %5 against self-hosting alone.%6")
            .arg(plural(s.hybridReplicas, QObject::tr("replica"), QObject::tr("replicas"))
                     + (sc.spareReplicas > 0
                            ? QObject::tr(" (plus %1 spare)").arg(number(sc.spareReplicas, 0))
                            : QString()),
                 percent(1 - s.hybridSelfhostShare), money(api - s.hybridUsdPerMonth),
                 share(api - s.hybridUsdPerMonth, api),
                 money(s.selfhostUsdPerMonth - s.hybridUsdPerMonth), windowClause(s));
    case Option::Api:
        break;
    }
    const double extra = s.selfhostUsdPerMonth - api;
    const QString howMuch = api > 0 && extra > api
        ? QObject::tr("%1× the API bill")
              .arg(number(s.selfhostUsdPerMonth / api, s.selfhostUsdPerMonth < 10 * api ? 1 : 0))
        : share(extra, api);
    return QObject::
        tr("The API is cheapest at this volume: self-hosting would cost %1 a month more (%2); %3%4")
            .arg(money(extra), howMuch, payoffClause(s, QObject::tr("self-hosting")),
                 windowClause(s));
}

} // namespace planner
