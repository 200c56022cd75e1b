// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Golden cases of the cost model's section 9 (v2), worked by hand; the arithmetic is written
// beside each expectation. Every case uses mixed_tok_per_s = 2500, so one replica carries
// K = 3600 / (1 / 2500 * 1e6) = 9 Mtok per hour, and API prices of 1 USD/Mtok (p_api = 1).
#include "costengine.h"
#include "handcases.h"
#include "nearcompare.h"
#include "scenariofields.h"
#include "scenariofile.h"
#include "trafficprofiles.h"
#include "uncertainty.h"

#include <QTest>

using namespace planner;
using namespace planner::handcases;

class TestCostModelV2 : public QObject
{
    Q_OBJECT

private slots:
    // a_h = 2 in hours 167 and 0, else 0. With a_{-1} = a_167 the week has one start of 2
    // replicas (at hour 167), not two: RH = 730/168 * (4 + 0.5 * 2) = 3650/168. Every hour is
    // above the floor of 0, so GPU = 5 * 3650 / 168 = 18250 / 168.
    void autoscale_coldStartAcrossTheWeeksWrap()
    {
        const Summary s = summarize(wrapCase());
        QCOMPARE_NEAR(s.paidReplicaHours, 3650.0 / 168);
        QCOMPARE_NEAR(s.selfhostGpuUsdPerMonth, 18250.0 / 168);
        QCOMPARE_NEAR(s.selfhostUsdPerMonth, 18250.0 / 168);
        // 4 busy replica-hours of 5 paid per week.
        QVERIFY(s.servingUtilization);
        QCOMPARE_NEAR(*s.servingUtilization, 0.8);
        // No committed hours to solve for: RH_c = 0.
        QVERIFY(!s.breakevenGpuHourlyUsd);
    }

    // Self(V) steps with n replicas in both hours: sum a = 2n, starts = n, so
    // GPU = 5 * 730/168 * 2.5 n = 54.3155 n on ((n - 1) 78.214, n 78.214] (78.214 = 730 * 9 / 84).
    // n = 1: API reaches it at V = 9125/168, the first crossover. n = 2, 3: self-hosting loses
    // just above each step and wins again from 54.3155 n; from n = 4 on, 54.3155 n < 78.214 (n-1)
    // and it wins on the whole step. So the breakeven volume is 3 * 9125 / 168.
    void autoscale_breakevenWalksStartsExactly()
    {
        const Summary s = summarize(wrapCase());
        QVERIFY(s.firstCrossoverMtokPerMonth);
        QCOMPARE_NEAR(*s.firstCrossoverMtokPerMonth, 9125.0 / 168);
        QVERIFY(s.breakevenVolumeMtokPerMonth);
        QCOMPARE_NEAR(*s.breakevenVolumeMtokPerMonth, 3 * 9125.0 / 168);
    }

    // Scale to zero: min_replicas = 0 lets empty hours cost nothing (above), and the breakeven
    // utilization exists: X = API / r = V / 4, u* = V / (9 X) = 4/9 (with min 1, X < 730: null).
    void minReplicasZero_scalesToZeroAndKeepsBreakevenUtilization()
    {
        Scenario scenario = wrapCase();
        const Summary zero = summarize(scenario);
        QVERIFY(zero.breakevenUtilization);
        QCOMPARE_NEAR(*zero.breakevenUtilization, 4.0 / 9);
        // The hybrid may keep 0..R_peak = 2 replicas; k = 1 costs 730/168 * 2 * 9 + 2920, so the
        // API (k = 0) is its best.
        QCOMPARE(zero.hybridReplicas, 0.0);
        QCOMPARE_NEAR(zero.hybridUsdPerMonth, zero.apiUsdPerMonth);

        scenario.minReplicas = 1;
        QVERIFY(!summarize(scenario).breakevenUtilization);
    }

    // min 1, 1 spare, committed $4, on-demand $6: a_h = 2 (84 h) and 1 (84 h).
    // RH = 730/168 * (84 * 3 + 84 * 2) = 1825; committed 2 * 730 = 1460 at $4 = 5840; above the
    // floor 730/168 * 84 = 365 replica-hours at $6 = 2190. GPU = 8030, Self = 9030.
    void autoscale_committedFloorAndOnDemandAbove()
    {
        Scenario scenario = dayNightCase(Provisioning::Autoscale);
        scenario.spareReplicas = 1;
        scenario.ondemandGpuHourlyUsd = 6;
        const Summary s = summarize(scenario);
        QCOMPARE_NEAR(s.paidReplicaHours, 1825);
        QCOMPARE_NEAR(s.selfhostGpuUsdPerMonth, 8030);
        QCOMPARE_NEAR(s.selfhostUsdPerMonth, 9030);
        // Serving replicas: (7300 / 9) / (1825 - 730) = 20/27; spares excluded.
        QCOMPARE_NEAR(*s.servingUtilization, 20.0 / 27);
        // Committed price with the on-demand held: (7300 - 1000 - 6 * 365) / 1460 = 4110 / 1460.
        QVERIFY(s.breakevenGpuHourlyUsd);
        QCOMPARE_NEAR(*s.breakevenGpuHourlyUsd, 4110.0 / 1460);

        // Fixed pays the committed price only: (2 + 1) * 730 * 4 + 1000.
        scenario.provisioning = Provisioning::Fixed;
        QCOMPARE_NEAR(summarize(scenario).selfhostUsdPerMonth, 9760);
    }

    // A start-up hour on the on-demand price: one start a week (hour 0, from a_167 = 1 to 2).
    // 60 minutes add 730/168 replica-hours at $6 to the case above.
    void autoscale_startsPaidOnDemand()
    {
        Scenario scenario = dayNightCase(Provisioning::Autoscale);
        scenario.spareReplicas = 1;
        scenario.ondemandGpuHourlyUsd = 6;
        scenario.scaleUpMinutes = 60;
        const Summary s = summarize(scenario);
        QCOMPARE_NEAR(s.paidReplicaHours, 1825 + 730.0 / 168);
        QCOMPARE_NEAR(s.selfhostGpuUsdPerMonth, 8030 + 6 * 730.0 / 168);
    }

    // Loads 15 and 5, K = 9, r = 4, O = 1000, one spare. With spares, k = 1 costs
    // 730/168 * 84 * 6 = 2190 of bursts + 4 * 2 * 730 + 1000 = 9030 > API 7300, so k* = 0.
    // With failover, k = 1 costs 2190 + 2920 + 1000 = 6110 and k = 2 costs 5840 + 1000 = 6840.
    void hybrid_failoverKeepsNoSpares()
    {
        Scenario scenario = dayNightCase(Provisioning::Fixed);
        scenario.spareReplicas = 1;
        const Summary withSpares = summarize(scenario);
        QCOMPARE(withSpares.hybridReplicas, 0.0);
        QCOMPARE_NEAR(withSpares.hybridUsdPerMonth, 7300);

        scenario.hybridFailoverToApi = true;
        const Summary s = summarize(scenario);
        QCOMPARE(s.hybridReplicas, 1.0);
        QCOMPARE_NEAR(s.hybridUsdPerMonth, 6110);
        QCOMPARE_NEAR(s.hybridSelfhostShare, 1 - 2190.0 / 7300);
        // Self-hosting alone keeps its spare: 3 * 2920 + 1000.
        QCOMPARE_NEAR(s.selfhostUsdPerMonth, 9760);
        QCOMPARE(s.cheapest, Option::Hybrid);
    }

    // The failover hybrid with setup 2400 over 24 months: HybRun = 6110 a month against 7300 of
    // API; 2400 + 6110 m <= 7300 m first at m = 3. Self-hosting (9760 + 100) never pays back.
    void hybridPaybackMonth_countsTheSetup()
    {
        Scenario scenario = dayNightCase(Provisioning::Fixed);
        scenario.spareReplicas = 1;
        scenario.hybridFailoverToApi = true;
        scenario.setupUsd = 2400;
        const Summary s = summarize(scenario);
        QCOMPARE(s.hybridPaybackMonth, std::optional<int>(3));
        QVERIFY(!s.paybackMonth);
        QVERIFY(!s.selfhostCheaperFromMonth);
        QCOMPARE_NEAR(s.breakevenSearchLimitMtokPerMonth, 7300000);
        QVERIFY(!s.selfhostCapexUsd);
        QVERIFY(!s.breakevenPurchaseUsd);
    }

    // Fixed, no spare, V = 3650: loads 7.5 and 2.5, one replica, Self = 2920 + 1000 = 3920 >
    // 3650. With 10% growth month 2 has V = 4015 (peak 8.25, still one replica): 3920 <= 4015.
    void selfhostCheaperFromMonth_withGrowth()
    {
        Scenario scenario = dayNightCase(Provisioning::Fixed);
        scenario.volumeMtokPerMonth = 3650;
        scenario.monthlyGrowth = 0.1;
        QCOMPARE(summarize(scenario).selfhostCheaperFromMonth, std::optional<int>(2));
    }

    // Owned: B = 73000 written off over M = 100 months: a = 73000 / 73000 = 1 USD/h; power
    // 1 kW * 1 * 0.5 = 0.5; colocation 365 / 730 = 0.5; gpu_hourly_usd = 2. Steady load, fixed,
    // API at 5 USD/Mtok, V = 4927.5 (6.75 Mtok/h, 1 replica) growing 50% a month.
    // Fleets: V_m / 730 = 6.75, 10.125, 15.1875, 22.78125, 34.171875 -> 1, 2, 2, 3, 4 replicas.
    // Cash by month: purchase 73000 per new replica plus F * 365 + RH * 0.5 (= F * 730):
    //   73730, +74460 = 148190, +1460 = 149650, +75190 = 224840, +75920 = 300760.
    // API 5 V_m cumulative: 24637.5, 61593.75, 117028.125, 200179.6875, 324907.03125.
    // First month with outlay <= API: 5 (the amortized view would say month 1).
    void ownedFleet_boughtAsItGrows_paysBackInCash()
    {
        Scenario scenario = handCase();
        scenario.volumeMtokPerMonth = 4927.5;
        scenario.monthlyGrowth = 0.5;
        scenario.provisioning = Provisioning::Fixed;
        scenario.inputUsdPerMtok = scenario.outputUsdPerMtok = scenario.cachedInputUsdPerMtok = 5;
        applyOwnedGpu(scenario, OwnedGpu {73000, 100, 1, 1, 0.5, 365});
        const Summary s = summarize(scenario);
        QCOMPARE_NEAR(s.selfhostGpuUsdPerMonth, 1460);
        QCOMPARE(s.paybackMonth, std::optional<int>(5));
        QVERIFY(s.selfhostCapexUsd);
        QCOMPARE_NEAR(*s.selfhostCapexUsd, 73000);
        // (24637.5 - (365 + 365)) * 100 / 1.
        QVERIFY(s.breakevenPurchaseUsd);
        QCOMPARE_NEAR(*s.breakevenPurchaseUsd, 2390750);
        QVERIFY(!s.breakevenGpuHourlyUsd);
    }

    // Owned and autoscaled: loads 15 and 5 need a fleet of 2, whose write-off and colocation run
    // all month (2 * 730 * 1.5 = 2190); only power follows the load (1095 replica-hours * 0.5).
    void ownedFleet_autoscaleSavesOnlyPower()
    {
        Scenario scenario = dayNightCase(Provisioning::Autoscale);
        applyOwnedGpu(scenario, OwnedGpu {73000, 100, 1, 1, 0.5, 365});
        const Summary s = summarize(scenario);
        QCOMPARE_NEAR(s.paidReplicaHours, 1095);
        QCOMPARE_NEAR(s.selfhostGpuUsdPerMonth, 2190 + 547.5);
        QCOMPARE_NEAR(*s.selfhostCapexUsd, 2 * 73000);
    }

    // Owned, utilization mode, u = 1: a = 730000 / (100 * 730) = 10, c = 0.5, p = 0.5 per hour;
    // API 2 USD/Mtok. Up to the floor (V <= 6570) Self = 730 * 10.5 + 730 * 0.5 = 8030; above it
    // RH = V / 9 and the fleet F = ceil(V / 6570): Self = 7665 F + V / 18, so Self <= 2 V from
    // V = 7665 * 18 / 35 * F = 3942 F on each fleet's piece (6570 (F - 1), 6570 F].
    // Floor: 8030 <= 2 V from 4015, the first crossover. F = 2: loses on (6570, 7884), wins from
    // 7884; from F = 3 on, 3942 F <= 6570 (F - 1) and it wins on every piece: breakeven 7884.
    void ownedFleet_utilizationBreakevenWalksTheFleetSteps()
    {
        Scenario scenario = handCase();
        scenario.inputUsdPerMtok = scenario.outputUsdPerMtok = scenario.cachedInputUsdPerMtok = 2;
        applyOwnedGpu(scenario, OwnedGpu {730000, 100, 1, 1, 0.5, 365});
        const Summary s = summarize(scenario);
        QVERIFY(s.firstCrossoverMtokPerMonth);
        QCOMPARE_NEAR(*s.firstCrossoverMtokPerMonth, 4015);
        QVERIFY(s.breakevenVolumeMtokPerMonth);
        QCOMPARE_NEAR(*s.breakevenVolumeMtokPerMonth, 7884);
    }

    // Batch share 0.5 at a 0.5 discount: p_api = 0.75. V = 6570 (9 Mtok/h on average), loads
    // 13.5 and 4.5 without valleys. Interactive I = 6.75 and 2.25, batch D = 0.5 * 9 * 168 = 756
    // a week; 84 (L - 2.25) = 756 gives L = 11.25 > 6.75, so both halves fill:
    // 84 (L - 2.25) + 84 (L - 6.75) = 756, L* = 9. Every hour carries 9: one replica (exact fit).
    // Fixed: 2920 + 1000 = 3920 against 6840 without valleys; the API costs 4927.5.
    void batchFillsValleys_waterLevel()
    {
        Scenario scenario = dayNightCase(Provisioning::Fixed);
        scenario.volumeMtokPerMonth = 6570;
        scenario.batchFraction = 0.5;
        scenario.batchDiscount = 0.5;
        QCOMPARE_NEAR(summarize(scenario).selfhostUsdPerMonth, 6840);

        scenario.batchFillsValleys = true;
        const Evaluation e = evaluate(scenario);
        QCOMPARE(e.summary.peakReplicas, 1.0);
        QCOMPARE_NEAR(e.summary.selfhostUsdPerMonth, 3920);
        QCOMPARE_NEAR(e.summary.apiUsdPerMonth, 4927.5);
        // The hybrid keeps the one replica and carries everything; batch placed: 2.25 by day,
        // 6.75 by night.
        QCOMPARE(e.summary.hybridReplicas, 1.0);
        QCOMPARE(e.week.batchInValleys.size(), qsizetype(HoursPerWeek));
        QCOMPARE_NEAR(e.week.batchInValleys[0].y(), 2.25);
        QCOMPARE_NEAR(e.week.batchInValleys[100].y(), 6.75);
        QCOMPARE_NEAR(e.week.selfhosted[100].y(), 9);
    }

    // The same with u_max = 0.5 (C_1 = 4.5): every hour bursts 4.5 over one replica. By day the
    // batch part is min(2.25, 4.5) = 2.25 and 2.25 is interactive; by night min(6.75, 4.5) = 4.5.
    // A week: 189 interactive at p_int = 1, 567 batch at 0.5:
    // 730/168 * (189 + 283.5) = 2053.125; Hybrid(1) = 2053.125 + 2920 + 1000 = 5973.125.
    void batchFillsValleys_hybridBurstsBatchFirst()
    {
        Scenario scenario = dayNightCase(Provisioning::Fixed);
        scenario.volumeMtokPerMonth = 6570;
        scenario.batchFraction = 0.5;
        scenario.batchDiscount = 0.5;
        scenario.maxUtilization = 0.5;
        scenario.batchFillsValleys = true;
        const Evaluation e = evaluate(scenario);
        QCOMPARE(e.hybridCostVsReplicas[1].x(), 1.0);
        QCOMPARE_NEAR(e.hybridCostVsReplicas[1].y(), 5973.125);
        // The API alone (4927.5) stays cheaper.
        QCOMPARE(e.summary.hybridReplicas, 0.0);
    }

    // No ranges: every sample is the scenario itself, so each percentile of the hybrid's savings
    // is API - Hybrid = 7300 - 6110 = 1190 (the failover case above).
    void uncertainty_reportsTheHybridsSavings()
    {
        Scenario scenario = dayNightCase(Provisioning::Fixed);
        scenario.spareReplicas = 1;
        scenario.hybridFailoverToApi = true;
        const UncertaintyResult r = runMonteCarlo(scenario, 100, 1, 1);
        QCOMPARE_NEAR(r.hybridSavingsP10, 1190);
        QCOMPARE_NEAR(r.hybridSavingsP50, 1190);
        QCOMPARE_NEAR(r.hybridSavingsP90, 1190);
    }

    void newInputs_setLoadAndSave()
    {
        Scenario scenario = handCase();
        QCOMPARE(applyOverride(scenario, u"hybrid_failover_to_api=true").errors, QStringList());
        QCOMPARE(applyOverride(scenario, u"selfhost.batch_fills_valleys=true").errors,
                 QStringList());
        QCOMPARE(applyOverride(scenario, u"ondemand_gpu_hourly_usd=6").errors, QStringList());
        QCOMPARE(applyOverride(scenario, u"scale_up_minutes=10").errors, QStringList());
        QCOMPARE(applyOverride(scenario, u"min_replicas=0").errors, QStringList());
        QVERIFY(!applyOverride(scenario, u"scale_up_minutes=61").ok());
        QVERIFY(!applyOverride(scenario, u"batch_fills_valleys=yes").ok());
        QVERIFY(scenario.hybridFailoverToApi && scenario.batchFillsValleys);

        const Outcome<Scenario> load = parseScenario(serializeScenario(scenario));
        QVERIFY(load.ok());
        QCOMPARE(*load, scenario);

        const Outcome<Scenario> wrong
            = parseScenario(R"({"selfhost": {"hybrid_failover_to_api": 1}})");
        QCOMPARE(wrong.errors,
                 QStringList {"selfhost.hybrid_failover_to_api: expected true or false, got a "
                              "number"});
    }
};

QTEST_GUILESS_MAIN(TestCostModelV2)
#include "tst_costmodelv2.moc"
