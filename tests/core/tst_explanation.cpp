// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The intermediate terms the engine returns to explain its figures, worked by hand from
// docs/cost-model.md for one small scenario; the arithmetic is written beside each expectation.
#include "costengine.h"
#include "trafficprofiles.h"

#include <QTest>

using namespace planner;

namespace {

// V = 100,000 Mtok a month, a quarter of it output, half of it batched at half price, 40% of
// the input cached; two GPUs per replica at $2.50; steady traffic.
Scenario smallScenario()
{
    Scenario s;
    s.volumeMtokPerMonth = 100'000;
    s.outputFraction = 0.25;
    s.profile = *trafficPreset(u"steady");
    s.inputUsdPerMtok = 2;
    s.outputUsdPerMtok = 8;
    s.cachedInputUsdPerMtok = 0.5;
    s.cachedInputFraction = 0.4;
    s.batchFraction = 0.5;
    s.batchDiscount = 0.5;
    s.gpuHourlyUsd = 2.5;
    s.gpusPerReplica = 2;
    s.prefillTokPerS = 3750;
    s.decodeTokPerS = 1250;
    s.provisioning = Provisioning::Utilization;
    s.averageUtilization = 0.5;
    s.maxUtilization = 0.8;
    s.minReplicas = 1;
    s.spareReplicas = 1;
    s.engineerFte = 0.5;
    s.engineerUsdPerYear = 120'000;
    s.oncallUsdPerMonth = 1000;
    s.modelUpdatesPerYear = 6;
    s.modelUpdateUsd = 2000;
    s.otherUsdPerMonth = 500;
    s.setupUsd = 12'000;
    s.horizonMonths = 12;
    return s;
}

Scenario fixedFleet()
{
    Scenario s = smallScenario();
    s.provisioning = Provisioning::Fixed;
    return s;
}

// Two workloads on one fleet (section 11.2), worked by hand below. Rates 3750 prefill and 1250
// decode tok/s, two GPUs at $6, no overhead, no spare, peak utilization 100%.
// "chat": 6570 Mtok, 25% output, steady: s = 0.75 / 3750 + 0.25 / 1250 = 0.0004, K = 9;
//   p = 0.75 * $2 + 0.25 * $8 = $3.50; 9 Mtok = 1 busy replica-hour every hour.
// "code": 4380 Mtok, 62.5% output, the first 84 hours of the week only, at $1 in and $4 out:
//   s = 0.375 / 3750 + 0.625 / 1250 = 0.0006, K = 6; p = 0.375 * 1 + 0.625 * 4 = $2.875;
//   12 Mtok = 2 busy replica-hours in each of its hours.
Scenario twoWorkloads()
{
    Scenario s = smallScenario();
    s.cachedInputFraction = 0;
    s.batchFraction = 0;
    s.gpuHourlyUsd = 6;
    s.provisioning = Provisioning::Fixed;
    s.maxUtilization = 1;
    s.spareReplicas = 0;
    s.engineerFte = 0;
    s.oncallUsdPerMonth = 0;
    s.modelUpdatesPerYear = 0;
    s.otherUsdPerMonth = 0;
    s.setupUsd = 0;
    TrafficProfile firstHalf;
    for (int h = 0; h < HoursPerWeek / 2; ++h)
        firstHalf.weights[h] = 1;
    s.workloads = {
        {QStringLiteral("chat"), 6570, 0.25, *trafficPreset(u"steady"), {}, true},
        {QStringLiteral("code"),
         4380,
         0.625,
         firstHalf,
         {{QStringLiteral("input_usd_per_mtok"), 1}, {QStringLiteral("output_usd_per_mtok"), 4}},
         true},
    };
    return s;
}

} // namespace

class TestExplanation : public QObject
{
    Q_OBJECT

private slots:
    void apiPrice_blendsCacheMixAndBatch()
    {
        const Explanation x = evaluate(smallScenario()).explanation;
        // p_in' = (1 - 0.4) * 2 + 0.4 * 0.5 = 1.2 + 0.2
        QCOMPARE(x.blendedInputUsdPerMtok, 1.4);
        // p_api = ((1 - 0.25) * 1.4 + 0.25 * 8) * (1 - 0.5 * 0.5) = 3.05 * 0.75
        QCOMPARE(x.apiUsdPerMtok, 2.2875);
    }

    void replica_timePerTokenAndHourlyCost()
    {
        const Evaluation e = evaluate(smallScenario());
        // s = 0.75 / 3750 + 0.25 / 1250 = 0.0002 + 0.0002 seconds per token
        QCOMPARE(e.explanation.secondsPerToken, 0.0004);
        // K = 3600 / (0.0004 * 1e6) Mtok per replica-hour
        QCOMPARE(e.summary.replicaCapacityMtokPerHour, 9.0);
        // r = 2 GPUs * $2.50
        QCOMPARE(e.explanation.replicaHourUsd, 5.0);
        // one spare replica all month: 5 * 730
        QCOMPARE(e.explanation.spareReplicasUsdPerMonth, 3650.0);
    }

    void overhead_runningCostsAndSetupShare()
    {
        const Explanation x = evaluate(smallScenario()).explanation;
        // O = 0.5 * 120,000 / 12 + 1000 + 6 * 2000 / 12 + 500 = 5000 + 1000 + 1000 + 500
        QCOMPARE(x.runningOverheadUsdPerMonth, 7500.0);
        // 12,000 / 12 months
        QCOMPARE(x.setupShareUsdPerMonth, 1000.0);
    }

    void servingUtilization_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<double>("expected");
        // RH = max(730, 100,000 / (9 * 0.5)) + 730; serving hours RH - 730 = 100,000 / 4.5,
        // so (100,000 / 9) / (100,000 / 4.5) = 0.5
        QTest::addRow("utilization mode") << smallScenario() << 0.5;
        // each hour carries 100,000 / 730 = 136.99 Mtok against 9 * 0.8 = 7.2 per replica:
        // 20 replicas; RH = (20 + 1) * 730, serving 20 * 730 = 14,600;
        // (100,000 / 9) / 14,600 = 100,000 / 131,400
        QTest::addRow("fixed fleet") << fixedFleet() << 100'000.0 / 131'400;
    }

    void servingUtilization()
    {
        QFETCH(Scenario, scenario);
        QFETCH(double, expected);
        const Evaluation e = evaluate(scenario);
        QVERIFY(e.summary.servingUtilization);
        QCOMPARE(*e.summary.servingUtilization, expected);
    }

    void utilizationCurve_placesScenarioOnServingFooting()
    {
        // utilization mode: the scenario's average_utilization
        QCOMPARE(evaluate(smallScenario()).costPerMtokVsUtilization.scenarioUtilization, 0.5);
        // fixed: the serving utilization, 100,000 / 131,400
        QCOMPARE(evaluate(fixedFleet()).costPerMtokVsUtilization.scenarioUtilization,
                 100'000.0 / 131'400);
    }

    void affordableReplicaHours_payForTheBreakevenUtilization()
    {
        const Evaluation e = evaluate(smallScenario());
        // API = 100,000 * 2.2875 = 228,750; X = (228,750 - 3650 spare - 7500 - 1000) / 5
        QVERIFY(e.explanation.affordableReplicaHours);
        QCOMPARE(*e.explanation.affordableReplicaHours, 43'320.0);
        // u* = 100,000 / (9 * 43,320)
        QVERIFY(e.summary.breakevenUtilization);
        QCOMPARE(*e.summary.breakevenUtilization, 100'000.0 / 389'880);
    }

    void affordableReplicaHours_nullForFreeGpus()
    {
        Scenario s = smallScenario();
        s.gpuHourlyUsd = 0;
        QVERIFY(!evaluate(s).explanation.affordableReplicaHours);
    }

    void savings_areTheApiBillLessEachOption()
    {
        const Explanation x = evaluate(smallScenario()).explanation;
        // Self = 5 * (100,000 / 4.5 + 730) + 7500 + 1000 = 1,000,000 / 9 + 3650 + 8500;
        // API - Self = 228,750 - 12,150 - 1,000,000 / 9
        QCOMPARE(x.selfhostSavingsUsdPerMonth, 216'600 - 1'000'000.0 / 9);
        // the utilization formula's cost is convex in V: it crosses the API once, for good
        QVERIFY(!x.crossoverWindow);
    }

    void hybridBurst_isWhatTheBaselineCannotCarry()
    {
        const Evaluation e = evaluate(fixedFleet());
        // A replica adds 7.2 * 730 = 5256 Mtok of baseline for 5 * 730 = $3650 and saves up to
        // 5256 * 2.2875 = $12,023 of API: worth it up to the 19th replica, which leaves
        // 136.99 - 19 * 7.2 = 0.186 Mtok an hour; the 20th would cost $3650 to save $311.
        QCOMPARE(e.summary.hybridReplicas, 19.0);
        // 100,000 - 19 * 7.2 * 730 = 100,000 - 99,864
        QCOMPARE(e.explanation.hybridBurstMtokPerMonth, 136.0);
        // One workload: the bursts cost the blended price, 136 * 2.2875 = $311.10.
        QCOMPARE(e.explanation.hybridBurstUsdPerMonth, 311.1);
        QVERIFY(e.explanation.workloads.isEmpty());
    }

    void pool_apiPriceIsTheBillOverTheVolume()
    {
        const Explanation x = evaluate(twoWorkloads()).explanation;
        QCOMPARE(x.workloads.size(), 2);
        QCOMPARE(x.workloads[0].name, QStringLiteral("chat"));
        QCOMPARE(x.workloads[0].apiUsdPerMtok, 3.5);
        QCOMPARE(x.workloads[0].apiUsdPerMonth, 22'995.0); // 6570 * 3.5
        QCOMPARE(x.workloads[1].apiUsdPerMtok, 2.875);
        QCOMPARE(x.workloads[1].apiUsdPerMonth, 12'592.5); // 4380 * 2.875
        // (22,995 + 12,592.5) / (6570 + 4380) = 35,587.5 / 10,950
        QCOMPARE(x.apiUsdPerMtok, 3.25);
    }

    void pool_capacityIsTheVolumeOverTheBusyHours()
    {
        const Evaluation e = evaluate(twoWorkloads());
        const Explanation &x = e.explanation;
        QCOMPARE(x.workloads[0].capacityMtokPerHour, 9.0);
        QCOMPARE(x.workloads[0].busyReplicaHours, 730.0); // 6570 / 9
        QCOMPARE(x.workloads[1].capacityMtokPerHour, 6.0);
        QCOMPARE(x.workloads[1].busyReplicaHours, 730.0); // 4380 / 6
        QCOMPARE(x.busyReplicaHours, 1460.0);
        // K = 10,950 / 1460 = 7.5; s = 3600 / (7.5 * 1e6)
        QCOMPARE(e.summary.replicaCapacityMtokPerHour, 7.5);
        QCOMPARE(x.secondsPerToken, 0.00048);
    }

    // The pool's hours: 3 busy replica-hours in the first 84 (1 chat + 2 code), 1 in the rest.
    // One replica ($12 * 730 = $8760) carries 1 of them; the first 84 hours burst 2, at that
    // hour's mix: (9 * $3.50 + 12 * $2.875) / 3 = $22 and (9 + 12) / 3 = 7 Mtok per busy hour,
    // so 84 * 730 / 168 = 365 hours a month burst $44 and 14 Mtok: $16,060 and 5110 Mtok.
    // Hybrid(1) = $24,820 < Hybrid(2) = $8030 + $17,520 < API $35,587.50. At the pooled price
    // the same 5110 Mtok would read 5110 * $3.25 = $16,607.50: not what the bursts cost.
    void pool_hybridBurstIsPricedHourByHour()
    {
        const Evaluation e = evaluate(twoWorkloads());
        QCOMPARE(e.summary.hybridReplicas, 1.0);
        QCOMPARE(e.explanation.hybridBurstMtokPerMonth, 5110.0);
        QCOMPARE(e.explanation.hybridBurstUsdPerMonth, 16'060.0);
        QCOMPARE(e.summary.hybridUsdPerMonth, 24'820.0);
    }
};

QTEST_GUILESS_MAIN(TestExplanation)
#include "tst_explanation.moc"
