// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Several workloads on one fleet (cost model, section 11), worked by hand; the arithmetic is
// written beside each expectation. The two-mix cases serve with prefill at 1e6 / 1800 tok/s and
// decode at 1e6 / 3600 tok/s, so a replica carries K = 3600 / (1800 (1 - f) + 3600 f) Mtok/h:
// K = 2 for input only (f = 0) and K = 1 for output only (f = 1). One GPU at $1/h per replica
// (r = 1), u_max = 1, one always-on replica, no spares, no overhead unless a case says so.
#include "costengine.h"
#include "handcases.h"
#include "nearcompare.h"
#include "portfolio.h"
#include "resultformat.h"
#include "scenariofields.h"
#include "scenariofile.h"
#include "trafficprofiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace planner;
using namespace planner::handcases;

namespace {

constexpr double WeeksPerMonth = 730.0 / 168;

Scenario twoMixCase(Provisioning provisioning)
{
    Scenario s = handCase();
    s.mixedTokPerS = 0;
    s.prefillTokPerS = 1e6 / 1800;
    s.decodeTokPerS = 1e6 / 3600;
    s.gpuHourlyUsd = 1;
    s.provisioning = provisioning;
    return s;
}

// A pool whose batch bursts cost more per busy hour than its interactive ones, so Hybrid(k) is not
// convex: A input only (K = 2) at $0.50/Mtok, 8 Mtok/h on average; B all batch, output only
// (K = 1) at $20/Mtok less half, 1460 Mtok/month; the batch fills the valleys.
Scenario batchCostsMoreCase(Provisioning provisioning, double gpuHourlyUsd, QStringView shapeA,
                            QStringView shapeB)
{
    Scenario s = twoMixCase(provisioning);
    s.gpuHourlyUsd = gpuHourlyUsd;
    s.batchFillsValleys = true;
    s.batchDiscount = 0.5;
    Workload a {QStringLiteral("A"), 8 * 730.0, 0, *trafficPreset(shapeA)};
    a.apiOverrides.insert(QStringLiteral("input_usd_per_mtok"), 0.5);
    Workload b {QStringLiteral("B"), 1460, 1, *trafficPreset(shapeB)};
    b.apiOverrides.insert(QStringLiteral("output_usd_per_mtok"), 20);
    b.apiOverrides.insert(QStringLiteral("batch_fraction"), 1);
    s.workloads = {a, b};
    return s;
}

// A: input only (K = 2), business hours: 40 hours a week at weight 168 / 40 = 4.2, so at
// V = 1460 it loads 1460 / 730 * 4.2 = 8.4 Mtok/h = 4.2 busy replica-hours in each of them.
Workload inputOnlyBusinessHours()
{
    return {QStringLiteral("A"), 1460, 0, *trafficPreset(u"business-hours")};
}

// B: output only (K = 1), steady: V = 730 loads 1 Mtok/h = 1 busy replica-hour every hour.
Workload outputOnlySteady()
{
    return {QStringLiteral("B"), 730, 1, *trafficPreset(u"steady")};
}

// Two identical steady input-only workloads: 1460 Mtok/month = 2 Mtok/h = 1 busy replica each,
// $1/Mtok, so each costs 1460 on its API and needs one $730 replica alone.
Scenario tieCase(double overheadUsdPerMonth)
{
    Scenario s = twoMixCase(Provisioning::Fixed);
    s.otherUsdPerMonth = overheadUsdPerMonth;
    const TrafficProfile steady = *trafficPreset(u"steady");
    s.workloads = {Workload {QStringLiteral("A"), 1460, 0, steady},
                   Workload {QStringLiteral("B"), 1460, 0, steady, {}, false}};
    return s;
}

// Every summary key as the command line prints it.
QJsonObject summaryOf(const Scenario &s)
{
    return summaryToJson(summarize(s));
}

void compareSummaries(const QJsonObject &actual, const QJsonObject &expected)
{
    QCOMPARE(actual.keys(), expected.keys());
    for (const QString &key : expected.keys()) {
        const QJsonValue a = actual.value(key);
        const QJsonValue e = expected.value(key);
        if (e.isDouble() && a.isDouble())
            QVERIFY2(nearcompare::near(a.toDouble(), e.toDouble()),
                     qPrintable(key + QStringLiteral(": ")
                                + nearcompare::mismatch(a.toDouble(), e.toDouble())));
        else
            QVERIFY2(a == e, qPrintable(key));
    }
}

} // namespace

class TestPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void twoIdenticalWorkloads_equalOneOfTwiceTheVolume_data()
    {
        QTest::addColumn<QStringList>("overrides");
        QTest::addRow("default: autoscale, diurnal") << QStringList {};
        QTest::addRow("fixed") << QStringList {"provisioning=fixed"};
        QTest::addRow("utilization") << QStringList {"provisioning=utilization"};
        QTest::addRow("batch in the valleys")
            << QStringList {"batch_fills_valleys=true", "batch_fraction=0.4"};
        QTest::addRow("prefill and decode")
            << QStringList {"mixed_tok_per_s=0", "prefill_tok_per_s=20000", "decode_tok_per_s=900"};
    }

    // Two copies of a workload put the same load and the same price in every hour, so B_h, A_h
    // and T_h are those of one workload of twice the volume: every figure must agree.
    void twoIdenticalWorkloads_equalOneOfTwiceTheVolume()
    {
        QFETCH(QStringList, overrides);
        Scenario plain = defaultScenario();
        for (const QString &assignment : overrides)
            QVERIFY(applyOverride(plain, assignment).ok());
        Scenario pooled = plain;
        const Workload half {QStringLiteral("half"), plain.volumeMtokPerMonth / 2,
                             plain.outputFraction, plain.profile};
        pooled.workloads = {half, half};
        pooled.workloads[1].name = QStringLiteral("other half");
        pooled.volumeMtokPerMonth = 1; // not used with a workloads list
        QVERIFY(validate(pooled).ok());
        compareSummaries(summaryOf(pooled), summaryOf(plain));
    }

    // Issue 18: two 15,000 Mtok/month diurnal workloads of the default scenario cost
    // 2 * 15,000 * $0.88 = $26,400 on the API. A 10,000 Mtok/month batch job (batch_fraction 1)
    // placed in the night troughs stays below what the hybrid's baseline carries there, and the
    // peaks that burst are unchanged, so it adds nothing to the hybrid's bill (the expert's
    // finding); on its API it would add 10,000 * 0.88 * (1 - 0.5) = 4,400.
    void issue18_batchInTheTroughsAddsNothingToTheHybrid()
    {
        Scenario s = defaultScenario();
        s.batchFillsValleys = true;
        const Workload chat {QStringLiteral("chat"), 15000, s.outputFraction, s.profile};
        s.workloads = {chat, chat};
        s.workloads[1].name = QStringLiteral("search");
        const Summary two = summarize(s);
        QCOMPARE_NEAR(two.apiUsdPerMonth, 26400);
        QCOMPARE_NEAR(planPortfolio(s).apiUsdPerMonth, 26400);

        Workload batch {QStringLiteral("nightly"), 10000, s.outputFraction, s.profile};
        batch.apiOverrides.insert(QStringLiteral("batch_fraction"), 1);
        s.workloads.append(batch);
        const Summary three = summarize(s);
        QCOMPARE_NEAR(three.apiUsdPerMonth, 26400 + 4400);
        QCOMPARE(three.hybridReplicas, two.hybridReplicas);
        QCOMPARE_NEAR(three.hybridUsdPerMonth, two.hybridUsdPerMonth);
    }

    void oneWorkloadList_equalsThePlainScenarioKeyForKey_data()
    {
        QTest::addColumn<QStringList>("overrides");
        QTest::addRow("default") << QStringList {};
        QTest::addRow("fixed, bursts")
            << QStringList {"provisioning=fixed", "profile=daily-bursts"};
        QTest::addRow("valleys, failover") << QStringList {
            "batch_fills_valleys=true", "batch_fraction=0.5", "hybrid_failover_to_api=true"};
        QTest::addRow("on demand, start-up")
            << QStringList {"ondemand_gpu_hourly_usd=4", "scale_up_minutes=15", "min_replicas=0"};
    }

    void oneWorkloadList_equalsThePlainScenarioKeyForKey()
    {
        QFETCH(QStringList, overrides);
        Scenario plain = defaultScenario();
        for (const QString &assignment : overrides)
            QVERIFY(applyOverride(plain, assignment).ok());
        Scenario listed = defaultScenario();
        for (const QString &assignment : overrides)
            QVERIFY(applyOverride(listed, assignment).ok());
        Workload only {QStringLiteral("only"), plain.volumeMtokPerMonth, plain.outputFraction,
                       plain.profile};
        // Its own API: the shared one is changed, the override gives back the plain price.
        only.apiOverrides.insert(QStringLiteral("input_usd_per_mtok"), plain.inputUsdPerMtok);
        listed.inputUsdPerMtok = 5;
        listed.volumeMtokPerMonth = 1;
        listed.workloads = {only};
        QCOMPARE(summaryOf(listed), summaryOf(plain));
        QCOMPARE(curvesToCsv(evaluate(listed)), curvesToCsv(evaluate(plain)));
    }

    // A (K = 2) needs 4.2 busy replicas in its 40 business hours, B (K = 1) 1 every hour:
    // B_h = 5.2 in business hours and 1 otherwise, n_h = ceil(B_h / 1) = 6 and 1.
    // K = V / sum_w V_w / K_w = 2190 / (1460 / 2 + 730 / 1) = 2190 / 1460 = 1.5.
    void differentMixes_shareBusyHours()
    {
        Scenario fixed = twoMixCase(Provisioning::Fixed);
        fixed.workloads = {inputOnlyBusinessHours(), outputOnlySteady()};
        const Summary f = summarize(fixed);
        QCOMPARE_NEAR(f.replicaCapacityMtokPerHour, 1.5);
        QCOMPARE(f.peakReplicas, 6.0);
        QCOMPARE_NEAR(f.paidReplicaHours, 6 * 730.0); // the busiest hour's 6, always on
        QCOMPARE_NEAR(f.selfhostUsdPerMonth, 4380);
        QCOMPARE_NEAR(f.apiUsdPerMonth, 2190); // $1/Mtok for both

        // Autoscale: 730 / 168 * (40 * 6 + 128 * 1) = 730 / 168 * 368 = 1599.0476...
        Scenario autoscale = fixed;
        autoscale.provisioning = Provisioning::Autoscale;
        QCOMPARE_NEAR(summarize(autoscale).paidReplicaHours, WeeksPerMonth * 368);

        // Utilization at u = 0.5: sum_w V_w / K_w / u = 1460 / 0.5 = 2920 replica-hours.
        Scenario utilization = fixed;
        utilization.provisioning = Provisioning::Utilization;
        utilization.averageUtilization = 0.5;
        const Summary u = summarize(utilization);
        QCOMPARE_NEAR(u.paidReplicaHours, 2920);
        QCOMPARE_NEAR(u.utilization, 0.5);
    }

    // B's API charges $3/Mtok (its own output price), A's $1. In a business hour the tokens
    // cost A_h = 8.4 * 1 + 1 * 3 = 11.4 on the APIs for B_h = 5.2 busy hours. One always-on
    // replica carries every night hour (B_h = 1) and bursts 4.2 of 5.2 busy hours in each of the
    // 40 business hours: 730 / 168 * 40 * 11.4 * 4.2 / 5.2 = 1600.3846..., plus 730 for the
    // replica = 2330.3846. Two replicas: 730 / 168 * 40 * 11.4 * 3.2 / 5.2 + 1460 = 2679.34;
    // none: the whole API bill, 1460 + 3 * 730 = 3650. So k* = 1. Priced at the pool's average
    // (3650 / 1460 = 2.5 per busy hour) the burst would have cost 730 / 168 * 40 * 4.2 * 2.5 =
    // 1825 instead: the composition of the hour matters.
    // Tokens sent: T_h = 8.4 + 1 = 9.4 Mtok/h, 730 / 168 * 40 * 9.4 * 4.2 / 5.2 = 1319.6154,
    // so the self-hosted share is 1 - 1319.6154 / 2190 = 0.397436.
    void burstCost_isSpreadByEachHoursComposition()
    {
        Scenario s = twoMixCase(Provisioning::Fixed);
        Workload b = outputOnlySteady();
        b.apiOverrides.insert(QStringLiteral("output_usd_per_mtok"), 3);
        s.workloads = {inputOnlyBusinessHours(), b};
        const Evaluation e = evaluate(s);
        QCOMPARE_NEAR(e.summary.apiUsdPerMonth, 3650);
        QCOMPARE(e.summary.hybridReplicas, 1.0);
        const double burst = WeeksPerMonth * 40 * 11.4 * 4.2 / 5.2;
        QCOMPARE_NEAR(e.summary.hybridUsdPerMonth, burst + 730);
        QCOMPARE_NEAR(e.hybridBreakdown.api, burst);
        QCOMPARE_NEAR(e.hybridCostVsReplicas[2].y(), WeeksPerMonth * 40 * 11.4 * 3.2 / 5.2 + 1460);
        const double tokens = WeeksPerMonth * 40 * 9.4 * 4.2 / 5.2;
        QCOMPARE_NEAR(e.summary.hybridSelfhostShare, 1 - tokens / 2190);
        QCOMPARE_NEAR(e.explanation.hybridBurstMtokPerMonth, tokens);
    }

    // B is all batch (batch_fraction 1, discount 0.5) and fills the valleys: D = 1 * 730 / 730
    // * 168 / 1 = 168 busy hours a week. A leaves 128 hours empty (I_h = 0) and 40 at 4.2, so
    // the water level is 168 / 128 = 1.3125 (below 4.2): B runs at 1.3125 busy replicas in every
    // night hour and not at all in business hours. The fleet stays at A's ceil(4.2) = 5 replicas
    // (6 when B followed its steady profile: ceil(5.2)).
    // Hybrid, k = 1: each night hour bursts 0.3125 busy hours, all batch, at beta = K_B * p_int
    // * (1 - d) = 1 * 1 * 0.5; each business hour 3.2 of A's, at iota = K_A * p_A = 2:
    // 730 / 168 * (128 * 0.3125 * 0.5 + 40 * 3.2 * 2) + 730 = 730 / 168 * 276 + 730.
    // k = 2: nights fit; 730 / 168 * 40 * 2.2 * 2 + 1460.
    void batchPooling_placesWorkAtTheWaterLevel()
    {
        Scenario s = twoMixCase(Provisioning::Fixed);
        s.batchFillsValleys = true;
        s.batchDiscount = 0.5;
        Workload b = outputOnlySteady();
        b.apiOverrides.insert(QStringLiteral("batch_fraction"), 1);
        s.workloads = {inputOnlyBusinessHours(), b};
        const Evaluation e = evaluate(s);
        QCOMPARE(e.summary.peakReplicas, 5.0);
        QCOMPARE_NEAR(e.summary.paidReplicaHours, 5 * 730.0);
        QCOMPARE_NEAR(e.hybridCostVsReplicas[1].y(), WeeksPerMonth * 276 + 730);
        QCOMPARE_NEAR(e.hybridCostVsReplicas[2].y(), WeeksPerMonth * 40 * 2.2 * 2 + 1460);

        // At $10/Mtok both belong in-house (A's API bill alone, 14,600, buys the 5 replicas),
        // and the plan's week shows where B's batch went.
        s.inputUsdPerMtok = s.outputUsdPerMtok = s.cachedInputUsdPerMtok = 10;
        const Portfolio plan = planPortfolio(s);
        QCOMPARE(plan.week.workloads, (QList<int> {0, 1}));
        const int row = int(plan.week.workloads.indexOf(1));
        const int monday3am = 3;
        const int monday10am = 10; // business hours are 9..16
        QCOMPARE_NEAR(plan.week.batchInValleys[row][monday3am], 1.3125);
        QCOMPARE_NEAR(plan.week.batchInValleys[row][monday10am], 0);
        QCOMPARE_NEAR(plan.week.interactiveBusy[row][monday3am], 0);
    }

    // When a burst's batch part costs more per busy hour than its interactive part, Hybrid(k)
    // is not convex in k. A: input only (K = 2) at $0.50/Mtok, steady 8 Mtok/h = 4 busy
    // replicas (iota = 2 * 0.5 = $1 per busy hour). B: all batch, output only (K = 1) at $20/Mtok
    // less half (beta = $10 per busy hour), 1460 Mtok/month = 336 busy hours a week, placed at
    // the level 4 + 336 / 168 = 6. Replicas at $2/h. Per hour, with k replicas, k <= 4 carry
    // interactive work first: Hybrid = (4 - k) * 1 + 2 * 10 + 2 k = 24 + k (25..28 for k = 1..4,
    // 24 for the API alone); then batch: k = 5 gives 10 + 10 = 20, k = 6 gives 12. So k* = 6 at
    // 12 * 730 = 8760, where a search that assumes convexity stops at k = 1 and keeps the API.
    void hybrid_triesEveryBaselineWhenBatchBurstsCostMore()
    {
        const Scenario s = batchCostsMoreCase(Provisioning::Fixed, 2, u"steady", u"steady");
        const Summary summary = summarize(s);
        QCOMPARE_NEAR(summary.apiUsdPerMonth, 24 * 730.0);
        QCOMPARE(summary.peakReplicas, 6.0);
        QCOMPARE(summary.hybridReplicas, 6.0);
        QCOMPARE_NEAR(summary.hybridUsdPerMonth, 12 * 730.0);
        const QList<QPointF> curve = evaluate(s).hybridCostVsReplicas;
        QCOMPARE_NEAR(curve[1].y(), 25 * 730.0);
        QCOMPARE_NEAR(curve[5].y(), 20 * 730.0);
    }

    // The search tries only the baselines where an hour's burst changes form; on shaped weeks and
    // a range of GPU prices it must still find the smallest k with the lowest cost of the whole
    // curve, which lists every k from the floor to the peak.
    void hybrid_findsTheCheapestBaselineOfTheWholeCurve_data()
    {
        QTest::addColumn<QString>("shapeA");
        QTest::addColumn<double>("gpuHourlyUsd");
        for (const char *shape : {"steady", "diurnal", "business-hours"}) {
            for (double price : {0.2, 0.6, 1.0, 1.7, 2.0, 3.0, 6.0})
                QTest::addRow("%s, $%g/h", shape, price) << QString::fromLatin1(shape) << price;
        }
    }

    void hybrid_findsTheCheapestBaselineOfTheWholeCurve()
    {
        QFETCH(QString, shapeA);
        QFETCH(double, gpuHourlyUsd);
        const Scenario s
            = batchCostsMoreCase(Provisioning::Fixed, gpuHourlyUsd, shapeA, u"diurnal");
        const Evaluation e = evaluate(s);
        const QList<QPointF> &curve = e.hybridCostVsReplicas;
        QCOMPARE(curve.last().x(), e.summary.peakReplicas); // every k, so the curve is the truth
        QPointF best = curve.first();
        for (const QPointF &p : curve) {
            if (p.y() < best.y() * (1 - 1e-12))
                best = p;
        }
        QCOMPARE(e.summary.hybridReplicas, best.x());
        QCOMPARE_NEAR(e.summary.hybridUsdPerMonth, best.y());
    }

    // Found by fuzzing: a valley-filled pool growing 100% a month over 48 months reaches 2^48
    // times its volume, and trying every baseline of that fleet for each month's payback never
    // ended. The candidates are a few hundred whatever the fleet.
    void hybrid_steepGrowthOfAValleyPool_isSearchedAtOnce()
    {
        Scenario s = batchCostsMoreCase(Provisioning::Autoscale, 2, u"diurnal", u"steady");
        s.monthlyGrowth = 1;
        s.horizonMonths = 48;
        s.setupUsd = 1e15; // pays back, if ever, only with a fleet of billions of replicas
        QElapsedTimer timer;
        timer.start();
        const Summary summary = summarize(s);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(std::isfinite(summary.hybridUsdPerMonth));
    }

    // B may not be self-hosted. A alone: one $730 replica + overhead O + B's 1460 on its API,
    // against 2 * 1460 = 2920 all on the APIs. With O = 730 that is 2920 too: a tie, which goes
    // to the smaller S, the empty one.
    void tie_goesToTheSmallerSubset()
    {
        const Portfolio plan = planPortfolio(tieCase(730));
        QCOMPARE(plan.planOption, Option::Api);
        QVERIFY(plan.planSelfhosted.isEmpty());
        QCOMPARE_NEAR(plan.planUsdPerMonth, 2920);
        QCOMPARE(plan.planHybridReplicas, std::nullopt);
    }

    // With O = 729, A alone costs 730 + 729 + 1460 = 2919 self-hosted, and the same as the
    // hybrid: steady traffic fits its one replica, so Hybrid(1) = 730 + 729 with no burst. The
    // tie goes to self-hosting.
    void tie_goesToSelfhostingOverTheHybrid()
    {
        const Portfolio plan = planPortfolio(tieCase(729));
        QCOMPARE(plan.planOption, Option::Selfhost);
        QCOMPARE(plan.planSelfhosted, QList<int> {0});
        QCOMPARE_NEAR(plan.planUsdPerMonth, 2919);
        QCOMPARE(plan.planHybridReplicas, std::nullopt);
    }

    // Pooled self-hosting is not submodular: two half-replica workloads share one replica, a
    // third needs a second one. Three steady input-only workloads of 730 Mtok/month (1 Mtok/h =
    // 0.5 busy replica-hours each, fixed provisioning, O = 0): A on a $1/Mtok API, B and C on
    // their own $0.50/Mtok. Candidates: all on the APIs 730 + 365 + 365 = 1460; {A} 730 + 730 =
    // 1460; {B} or {C} 730 + 730 + 365 = 1825; {A,B} and {A,C} one replica + the other's API,
    // 730 + 365 = 1095; {B,C} 730 + 730 = 1460; all three on 2 replicas 1460, or their hybrid
    // on one replica with a third of every hour's tokens (1.5 - 1 of 1.5 busy) bursting:
    // 730 + 1460 / 3 = 1216.67. {A,B} (bitmask 3) and {A,C} (bitmask 5) tie exactly at the
    // minimum, the same size and both self-hosted: the lower bitmask wins.
    void tie_goesToTheLowerBitmask()
    {
        Scenario s = twoMixCase(Provisioning::Fixed);
        const TrafficProfile steady = *trafficPreset(u"steady");
        Workload cheaperApi {QStringLiteral("B"), 730, 0, steady};
        cheaperApi.apiOverrides.insert(QStringLiteral("input_usd_per_mtok"), 0.5);
        Workload sameAsB = cheaperApi;
        sameAsB.name = QStringLiteral("C");
        s.workloads = {Workload {QStringLiteral("A"), 730, 0, steady}, cheaperApi, sameAsB};

        const Portfolio plan = planPortfolio(s);
        QCOMPARE(plan.planSelfhosted, (QList<int> {0, 1}));
        QCOMPARE(plan.planOption, Option::Selfhost);
        QCOMPARE_NEAR(plan.planUsdPerMonth, 1095);
        QCOMPARE_NEAR(plan.apiUsdPerMonth, 1460);
    }

    // Same as the tie case with O = 0, but both may be self-hosted, and both are: A alone is
    // 730 + 1460, B alone the same, together 2 replicas = 1460. Every subset is priced, and the
    // plan's week draws both.
    void plan_poolsEveryAllowedWorkload()
    {
        Scenario s = tieCase(0);
        s.workloads[1].selfhostOk = true;
        const Portfolio plan = planPortfolio(s);
        QCOMPARE(plan.planSelfhosted, (QList<int> {0, 1}));
        QCOMPARE(plan.planOption, Option::Selfhost);
        QCOMPARE_NEAR(plan.planUsdPerMonth, 1460);
        // Alone each one replica (730) beats its API (1460): separate = 2 * 730.
        QCOMPARE(plan.workloads[0].aloneCheapest, Option::Selfhost);
        QCOMPARE_NEAR(plan.separateUsdPerMonth, 1460);
        QCOMPARE_NEAR(plan.poolingSavingUsdPerMonth, 0);
        QCOMPARE(plan.week.workloads, (QList<int> {0, 1}));
        QCOMPARE_NEAR(plan.week.capacityBusy[0], 2); // 2 replicas at u_max = 1
        QCOMPARE_NEAR(plan.week.interactiveBusy[1][0], 1);
    }

    // A workload that may not be self-hosted stays on its API in the plan and alone, though
    // self-hosting it alone would be cheaper (one $730 replica against its $1460 API bill); the
    // pooled summary still counts it (the everything-in-house view).
    void selfhostNotOk_keepsTheWorkloadOnItsApi()
    {
        Scenario s = tieCase(0);
        const Portfolio plan = planPortfolio(s);
        QCOMPARE(plan.workloads[1].aloneCheapest, Option::Api);
        QCOMPARE_NEAR(plan.workloads[1].aloneUsdPerMonth, 1460);
        QVERIFY(!plan.workloads[1].inPlan);
        QVERIFY(plan.workloads[0].inPlan);
        // A self-hosted (730) + B on its API (1460).
        QCOMPARE_NEAR(plan.planUsdPerMonth, 730 + 1460);
        QCOMPARE_NEAR(plan.separateUsdPerMonth, 730 + 1460);
        QCOMPARE(plan.week.workloads, QList<int> {0});
        const Summary pooled = summarize(s);
        QCOMPARE_NEAR(pooled.apiUsdPerMonth, 2920);
        QCOMPARE_NEAR(pooled.selfhostUsdPerMonth, 1460); // both on 2 replicas
    }

    // The example's point: each team alone stays on its API, together they fill one fleet.
    void threeTeamsExample_poolsWhatEachAloneLeavesOnItsApi()
    {
        const Outcome<Scenario> example = loadScenarioFile(
            QDir(QStringLiteral(PLANNER_EXAMPLES_DIR)).filePath("three-teams.llmbe.json"));
        QVERIFY2(example.ok(), qPrintable(example.errorMessage()));
        const Portfolio plan = planPortfolio(*example);
        for (const WorkloadVerdict &alone : plan.workloads)
            QCOMPARE(alone.aloneCheapest, Option::Api);
        QCOMPARE(plan.planSelfhosted, (QList<int> {0, 1, 2}));
        QCOMPARE(plan.separateUsdPerMonth, plan.apiUsdPerMonth);
        QVERIFY(plan.poolingSavingUsdPerMonth > 0);
    }

    // Each workload alone is its own scenario: own fleet, full overhead and set-up.
    void separate_isEachWorkloadDecidedAlone()
    {
        Scenario s = defaultScenario();
        s.workloads = {Workload {QStringLiteral("big"), 60000, s.outputFraction, s.profile},
                       Workload {QStringLiteral("small"), 500, 0.5, *trafficPreset(u"steady")}};
        const Portfolio plan = planPortfolio(s);
        double separate = 0;
        for (int w = 0; w < 2; ++w) {
            const Summary alone = summarize(workloadScenario(s, w));
            QCOMPARE(plan.workloads[w].aloneCheapest, alone.cheapest);
            QCOMPARE(plan.workloads[w].apiUsdPerMonth, alone.apiUsdPerMonth);
            separate += std::min(
                {alone.apiUsdPerMonth, alone.selfhostUsdPerMonth, alone.hybridUsdPerMonth});
        }
        QCOMPARE(plan.separateUsdPerMonth, separate);
        QVERIFY(plan.planUsdPerMonth <= separate);
    }
};

QTEST_GUILESS_MAIN(TestPortfolio)
#include "tst_portfolio.moc"
