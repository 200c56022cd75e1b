// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Golden cases worked by hand from docs/cost-model.md. The arithmetic is written beside each
// expectation; every case uses mixed_tok_per_s = 2500, so one replica carries
// K = 3600 / (1 / 2500 * 1e6) = 9 Mtok per hour.
#include "costengine.h"
#include "handcases.h"
#include "trafficprofiles.h"

#include <QTest>

#include <cmath>

using namespace planner;
using namespace planner::handcases;

namespace {

// Case U: the utilization model. p_api = 0.75 * 2 + 0.25 * 10 = 4 USD/Mtok; r = 2 GPUs x $2 = $4
// per replica-hour; O = 0.5 x 120000 / 12 + 1000 + 4 x 3000 / 12 + 500 = 7500; setup/H = 1000.
Scenario utilizationCase()
{
    Scenario s = handCase();
    s.outputFraction = 0.25;
    s.inputUsdPerMtok = 2;
    s.outputUsdPerMtok = 10;
    s.gpusPerReplica = 2;
    s.gpuHourlyUsd = 2;
    s.averageUtilization = 0.5;
    s.maxUtilization = 0.75;
    s.engineerFte = 0.5;
    s.engineerUsdPerYear = 120000;
    s.oncallUsdPerMonth = 1000;
    s.modelUpdatesPerYear = 4;
    s.modelUpdateUsd = 3000;
    s.otherUsdPerMonth = 500;
    s.setupUsd = 24000;
    return s;
}

// Case B: business hours (40 of 168 hours), autoscale. Busy hours carry weight 168 / 40 = 4.2,
// so they need n = ceil(V x 4.2 / (730 x 9)) = ceil(V / 1564.2857) replicas; the other 128 hours
// keep the one-replica floor. Self(n) = 4 x 730 / 168 x (40 n + 128) + 1000.
Scenario businessHoursCase()
{
    Scenario s = handCase();
    s.volumeMtokPerMonth = 10000;
    s.provisioning = Provisioning::Autoscale;
    s.profile = *trafficPreset(u"business-hours");
    s.otherUsdPerMonth = 1000;
    return s;
}

void compareMoney(double actual, double expected, const char *what)
{
    QVERIFY2(std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected)),
             qPrintable(QStringLiteral("%1: got %2, expected %3")
                            .arg(QLatin1String(what))
                            .arg(actual, 0, 'g', 17)
                            .arg(expected, 0, 'g', 17)));
}

void compareOptional(const std::optional<double> &actual, double expected, const char *what)
{
    QVERIFY2(actual.has_value(), qPrintable(QStringLiteral("%1 is null").arg(QLatin1String(what))));
    compareMoney(*actual, expected, what);
}

} // namespace

class TestCostEngine : public QObject
{
    Q_OBJECT

private slots:
    void apiPrice_blendsCacheAndBatch()
    {
        Scenario s = handCase();
        s.outputFraction = 0.2;
        s.inputUsdPerMtok = 3;
        s.outputUsdPerMtok = 15;
        s.cachedInputUsdPerMtok = 0.3;
        s.cachedInputFraction = 0.5;
        s.batchFraction = 0.4;
        s.batchDiscount = 0.5;
        // p_in' = 0.5 x 3 + 0.5 x 0.3 = 1.65; (0.8 x 1.65 + 0.2 x 15) = 4.32; x (1 - 0.4 x 0.5)
        // = 3.456
        const Summary r = summarize(s);
        compareMoney(r.apiUsdPerMtok, 3.456, "api_usd_per_mtok");
        compareMoney(r.apiUsdPerMonth, 6570 * 3.456, "api_usd_per_month");
    }

    void capacity_fromPrefillAndDecode()
    {
        Scenario s = handCase();
        s.mixedTokPerS = 0;
        s.prefillTokPerS = 6000;
        s.decodeTokPerS = 2000;
        // s = 0.5 / 6000 + 0.5 / 2000 = 1 / 3000 s per token; K = 3600 x 3000 / 1e6 = 10.8
        compareMoney(summarize(s).replicaCapacityMtokPerHour, 10.8, "K");
    }

    void utilizationMode_goldenFigures()
    {
        const Summary r = summarize(utilizationCase());
        compareMoney(r.apiUsdPerMonth, 26280, "API = 6570 x 4");
        // RH = max(730, 6570 / (9 x 0.5)) = 1460; GPU = 4 x 1460
        compareMoney(r.paidReplicaHours, 1460, "RH");
        compareMoney(r.selfhostGpuUsdPerMonth, 5840, "GPU");
        compareMoney(r.selfhostOverheadUsdPerMonth, 8500, "O + setup/H");
        compareMoney(r.selfhostUsdPerMonth, 14340, "Self");
        compareMoney(r.selfhostUsdPerMtok, 14340.0 / 6570, "Self per Mtok");
        compareMoney(r.utilization, 0.5, "utilization = (6570 / 9) / 1460");
        // Self(V) = 4 max(730, V / 4.5) + 8500 = 11420 below V = 3285, so Self = 4 V at 2855.
        compareOptional(r.breakevenVolumeMtokPerMonth, 2855, "breakeven volume");
        compareOptional(r.firstCrossoverMtokPerMonth, 2855, "first crossover");
        // X = (26280 - 0 - 7500 - 1000) / 4 = 4445; u* = 6570 / (9 x 4445)
        compareOptional(r.breakevenUtilization, 6570.0 / (9 * 4445), "breakeven utilization");
        // (26280 - 8500) / (2 GPUs x 1460 h)
        compareOptional(r.breakevenGpuHourlyUsd, 17780.0 / 2920, "breakeven GPU price");
        // 24000 + m x (5840 + 7500) <= m x 26280 first holds at m = 2 (24000 <= 25880)
        QCOMPARE(r.paybackMonth, std::optional<int>(2));
    }

    void utilizationMode_hybridTiesGoToSelfhost()
    {
        const Summary r = summarize(utilizationCase());
        // Loads 9 Mtok/h against 9 x 0.75 = 6.75 per replica: R_peak = 2.
        // Hybrid(0) = 26280; Hybrid(1) = 4 x 730 x 2.25 + 2920 + 8500 = 17990;
        // Hybrid(2) = 5840 + 8500 = 14340, the minimum and equal to Self.
        QCOMPARE(r.peakReplicas, 2.0);
        compareMoney(r.hybridUsdPerMonth, 14340, "Hybrid");
        QCOMPARE(r.hybridReplicas, 2.0);
        compareMoney(r.hybridSelfhostShare, 1, "hybrid share");
        QCOMPARE(r.cheapest, Option::Selfhost); // a tie goes to the option named first
    }

    void breakevenUtilization_exactlyAtFloorKink()
    {
        // min_replicas = 2 makes Self(V) = 4 max(1460, V / 4.5) + 730 (other = 730). At the
        // kink V = 1460 x 4.5 = 6570 it is 5840 + 730 = 6570 = API: breakeven exactly there.
        Scenario s = handCase();
        s.averageUtilization = 0.5;
        s.minReplicas = 2;
        s.otherUsdPerMonth = 730;
        const Summary r = summarize(s);
        compareOptional(r.breakevenVolumeMtokPerMonth, 6570, "breakeven volume at the kink");
        compareOptional(r.firstCrossoverMtokPerMonth, 6570, "first crossover at the kink");
    }

    void fixedMode_hybridWinsDayNight()
    {
        const Summary r = summarize(dayNightCase(Provisioning::Fixed));
        // n = 2 in the busy hours, 1 at night: fixed keeps 2 replicas, RH = 1460, Self = 5840 +
        // 1000.
        compareMoney(r.paidReplicaHours, 1460, "RH");
        compareMoney(r.selfhostUsdPerMonth, 6840, "Self");
        compareMoney(r.apiUsdPerMonth, 7300, "API");
        QCOMPARE(r.peakReplicas, 2.0);
        // Hybrid(1): burst = 730 / 168 x 84 x (15 - 9) = 2190 Mtok -> 2190 + 2920 + 1000 = 6110.
        compareMoney(r.hybridUsdPerMonth, 6110, "Hybrid");
        QCOMPARE(r.hybridReplicas, 1.0);
        compareMoney(r.hybridSelfhostShare, 0.7, "1 - 2190 / 7300");
        QCOMPARE(r.cheapest, Option::Hybrid);
        compareMoney(r.utilization, 7300.0 / 9 / 1460, "utilization");
        // Busy hours step every 6570 / 1.5 = 4380 Mtok: Self = 2920 n + 1000.
        // n = 1: 3920 <= API from V = 3920 (the first crossover) up to 4380; n = 2: 6840 > 4380;
        // n = 3: 9760 > 8760 just after the step, equal at 9760; n = 4: 12680 < 13140 for good.
        compareOptional(r.firstCrossoverMtokPerMonth, 3920, "first crossover");
        compareOptional(r.breakevenVolumeMtokPerMonth, 9760, "breakeven volume");
    }

    void autoscaleMode_followsTheLoad()
    {
        const Summary r = summarize(dayNightCase(Provisioning::Autoscale));
        // RH = 730 / 168 x (84 x 2 + 84 x 1) = 1095; Self = 4 x 1095 + 1000 = 5380.
        compareMoney(r.paidReplicaHours, 1095, "RH");
        compareMoney(r.selfhostUsdPerMonth, 5380, "Self");
        QCOMPARE(r.cheapest, Option::Selfhost);
        // Each step of the 84 busy hours adds 4 x 730 / 168 x 84 = 1460 for 4380 Mtok more.
        // n = 1: Self = 2920 + 1000 = 3920 (first crossover); n = 2: 5380 > 4380, equal at 5380.
        compareOptional(r.firstCrossoverMtokPerMonth, 3920, "first crossover");
        compareOptional(r.breakevenVolumeMtokPerMonth, 5380, "breakeven volume");
    }

    void hybrid_weekSplitAndBreakdown()
    {
        const Evaluation e = evaluate(dayNightCase(Provisioning::Fixed));
        QCOMPARE(e.week.baselineCapacityMtokPerHour, 9.0);
        QCOMPARE(e.week.selfhosted.size(), 168);
        compareMoney(e.week.selfhosted[0].y(), 9, "busy hour carried");
        compareMoney(e.week.burstToApi[0].y(), 6, "busy hour burst");
        compareMoney(e.week.selfhosted[100].y(), 5, "quiet hour carried");
        compareMoney(e.week.burstToApi[100].y(), 0, "quiet hour burst");
        // One replica: GPU 2920, busy for (7300 - 2190) / 9 hours at $4.
        compareMoney(e.hybridBreakdown.gpuBusy, 4 * 5110.0 / 9, "busy");
        compareMoney(e.hybridBreakdown.gpuIdle, 2920 - 4 * 5110.0 / 9, "idle");
        compareMoney(e.hybridBreakdown.engineeringAndOperations, 1000, "overhead");
        compareMoney(e.hybridBreakdown.api, 2190, "api");
        compareMoney(e.apiBreakdown.api, 7300, "api option");
    }

    void hybridCostVsReplicas_marksEveryK()
    {
        const Evaluation e = evaluate(dayNightCase(Provisioning::Fixed));
        const QList<QPointF> expected {{0, 7300}, {1, 6110}, {2, 6840}};
        QCOMPARE(e.hybridCostVsReplicas, expected);
    }

    void firstCrossover_fallsExactlyOnReplicaStep()
    {
        // Steady, K x u_max = 9, so one replica fits V <= 6570 exactly (it must not round up).
        // Self(V) = 2920 max(1, ceil(V / 6570)) + 3650 (other = 3650), API = V.
        // Piece 1: Self = 6570 = API at V = 6570, the step itself: the first crossover.
        // Piece 2 (6570, 13140]: Self = 9490 > API just after the step; equal at V = 9490.
        // Piece 3 onward: 12410 + 2920 j < 13140 + 6570 j, so API stays dearer: breakeven 9490.
        Scenario s = handCase();
        s.provisioning = Provisioning::Fixed;
        s.otherUsdPerMonth = 3650;
        const Summary r = summarize(s);
        compareOptional(r.firstCrossoverMtokPerMonth, 6570, "first crossover");
        compareOptional(r.breakevenVolumeMtokPerMonth, 9490, "breakeven volume");
        compareMoney(r.selfhostUsdPerMonth, 6570, "Self at the exact fit: one replica");
        QCOMPARE(r.peakReplicas, 1.0);
        // Hybrid(0) = 6570 = Hybrid(1): the smallest k wins; API and hybrid tie, API is first.
        QCOMPARE(r.hybridReplicas, 0.0);
        QCOMPARE(r.cheapest, Option::Api);
        // X = (6570 - 3650) / 4 = 730 = min x 730; u* = 6570 / (9 x 730) = 1.
        compareOptional(r.breakevenUtilization, 1, "breakeven utilization");
        compareOptional(r.breakevenGpuHourlyUsd, 4, "(6570 - 3650) / 730");
        QCOMPARE(r.paybackMonth, std::optional<int>(1)); // no setup; equal every month
    }

    void autoscale_breakevenWindowBetweenSteps()
    {
        const Summary r = summarize(businessHoursCase());
        // n = 4: Self = 2920 x 288 / 168 + 1000 = 6005.714 <= 4 x 1564.29: first crossover.
        compareOptional(r.firstCrossoverMtokPerMonth, 2920.0 * 288 / 168 + 1000, "first crossover");
        // n = 5: Self = 2920 x 328 / 168 + 1000 = 6700.952 > 6257.14 just after the step, so
        // self-hosting loses again until V = 6700.952; from n = 6 each step adds 695 < 1564.
        compareOptional(r.breakevenVolumeMtokPerMonth, 2920.0 * 328 / 168 + 1000,
                        "breakeven volume");
        // At V = 10000: n = ceil(6.39) = 7, RH = 730 / 168 x (280 + 128).
        QCOMPARE(r.peakReplicas, 7.0);
        compareMoney(r.paidReplicaHours, 730.0 * 408 / 168, "RH");
        compareMoney(r.selfhostUsdPerMonth, 2920.0 * 408 / 168 + 1000, "Self");
        // Each baseline replica costs 2920 but saves only 730 / 168 x 40 x 9 = 1564 of API.
        QCOMPARE(r.hybridReplicas, 0.0);
        compareMoney(r.hybridUsdPerMonth, 10000, "Hybrid = API");
    }

    void nullCases_selfhostNeverPays()
    {
        // GPU cost per Mtok (4 / 9 = 0.44) above the API price (0.25): no volume makes it pay.
        Scenario s = handCase();
        s.inputUsdPerMtok = 0.25;
        s.outputUsdPerMtok = 0.25;
        for (Provisioning mode :
             {Provisioning::Utilization, Provisioning::Fixed, Provisioning::Autoscale}) {
            s.provisioning = mode;
            const Summary r = summarize(s);
            QVERIFY(!r.breakevenVolumeMtokPerMonth);
            QVERIFY(!r.firstCrossoverMtokPerMonth);
            QVERIFY(!r.paybackMonth);
            QVERIFY(!r.breakevenUtilization); // X = 1642.5 / 4 < 730 replica-hours floor
        }
    }

    void nullCases_overheadAloneExceedsApiBill()
    {
        Scenario s = handCase();
        s.otherUsdPerMonth = 10000; // API is 6570 a month
        const Summary r = summarize(s);
        QVERIFY(!r.breakevenUtilization);
        QVERIFY(!r.breakevenGpuHourlyUsd);
        QVERIFY(!r.paybackMonth);
        // At higher volume self-hosting still pays: 2920 + 10000 = V at... utilization model:
        // Self = 4 max(730, V / 9) + 10000 <= V once V >= 10000 / (1 - 4 / 9) = 18000.
        compareOptional(r.breakevenVolumeMtokPerMonth, 18000, "breakeven volume");
    }

    void breakevenGpuPrice_isNullOnlyWhenOverheadExceedsApi()
    {
        Scenario s = utilizationCase();
        s.gpuHourlyUsd = 0;
        const Summary r = summarize(s);
        QVERIFY(!r.breakevenUtilization); // r = 0: the utilization formula has no answer
        compareOptional(r.breakevenGpuHourlyUsd, 17780.0 / 2920, "breakeven GPU price");
    }

    void payback_withGrowth()
    {
        // Case U with 10% growth: API_m = 26280 x 1.1^(m-1); Self_m = GPU(V_m) + 7500 where
        // GPU(V_m) = 4 x max(730, V_m / 4.5) = 5840 x 1.1^(m-1). Month 1: 24000 + 13340 = 37340
        // vs 26280. Month 2: 37340 + 6424 + 7500 = 51264 vs 26280 + 28908 = 55188: payback 2.
        Scenario s = utilizationCase();
        s.monthlyGrowth = 0.1;
        QCOMPARE(summarize(s).paybackMonth, std::optional<int>(2));
        s.setupUsd = 1e9; // never within 24 months
        QCOMPARE(summarize(s).paybackMonth, std::optional<int>());
    }

    // The planner's core claims.
    void claim_halvingUtilizationDoublesGpuCostPerToken()
    {
        Scenario s = utilizationCase();
        s.volumeMtokPerMonth = 100000; // far above the one-replica floor
        const double at50 = summarize(s).selfhostGpuUsdPerMonth;
        s.averageUtilization = 0.25;
        const double at25 = summarize(s).selfhostGpuUsdPerMonth;
        compareMoney(at25, 2 * at50, "GPU cost at 25% vs 50% utilization");
    }

    void claim_sameVolumeSteadyWinsBurstyLoses()
    {
        Scenario s = handCase();
        s.provisioning = Provisioning::Fixed;
        s.volumeMtokPerMonth = 65700;
        s.otherUsdPerMonth = 1000;
        // Steady: 90 Mtok/h needs 10 replicas: 29200 + 1000 < 65700.
        const Summary steady = summarize(s);
        QCOMPARE(steady.peakReplicas, 10.0);
        QVERIFY(steady.selfhostUsdPerMonth < steady.apiUsdPerMonth);
        // Daily bursts: 14 of 168 hours at 12x the mean: 1080 Mtok/h needs 120 replicas.
        s.profile = *trafficPreset(u"daily-bursts");
        const Summary bursty = summarize(s);
        QCOMPARE(bursty.peakReplicas, 120.0);
        QVERIFY(bursty.selfhostUsdPerMonth > bursty.apiUsdPerMonth);
    }

    void claim_hybridNeverWorseThanEitherPureOption()
    {
        for (const QString &preset : trafficPresetNames()) {
            Scenario s = dayNightCase(Provisioning::Fixed);
            s.profile = *trafficPreset(preset);
            const Summary r = summarize(s);
            QVERIFY(r.hybridUsdPerMonth <= r.apiUsdPerMonth);
            QVERIFY(r.hybridUsdPerMonth <= r.selfhostUsdPerMonth);
        }
    }

    void claim_apiFlatPerMtokWhileSelfhostFalls()
    {
        const Evaluation e = evaluate(utilizationCase());
        const QList<QPointF> &api = e.costVsVolume.api;
        const QList<QPointF> &self = e.costVsVolume.selfhost;
        const double apiFirst = api.first().y() / api.first().x();
        const double apiLast = api.last().y() / api.last().x();
        compareMoney(apiFirst, apiLast, "API per Mtok at both ends");
        QVERIFY(self.last().y() / self.last().x() < self.first().y() / self.first().x() / 10);
    }

    void curves_spanAndSharpSteps()
    {
        Scenario s = handCase();
        s.provisioning = Provisioning::Fixed;
        const Evaluation e = evaluate(s);
        QCOMPARE(e.costVsVolume.api.size(), CurvePoints);
        compareMoney(e.costVsVolume.api.first().x(), 65.7, "first volume = V / 100");
        compareMoney(e.costVsVolume.api.last().x(), 657000, "last volume = 100 V");
        // Each replica step is drawn as a vertical pair of points at the step volume.
        int verticals = 0;
        const QList<QPointF> &self = e.costVsVolume.selfhost;
        for (qsizetype i = 1; i < self.size(); ++i) {
            QVERIFY(self[i].x() >= self[i - 1].x());
            if (self[i].x() == self[i - 1].x()) {
                ++verticals;
                const double steps = self[i].x() / 6570;
                QVERIFY2(std::abs(steps - std::round(steps)) < 1e-6,
                         "a step off its replica boundary");
            }
        }
        QVERIFY(verticals > 50);
        QCOMPARE(e.costPerMtokVsUtilization.selfhost.size(), CurvePoints);
    }
};

QTEST_GUILESS_MAIN(TestCostEngine)
#include "tst_costengine.moc"
