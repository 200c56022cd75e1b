// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "costengine.h"
#include "handcases.h"
#include "resultformat.h"
#include "scenariofields.h"
#include "scenariofile.h"
#include "uncertainty.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace planner;

namespace {

Scenario withRanges()
{
    Scenario s = defaultScenario();
    s.ranges.insert(QStringLiteral("gpu_hourly_usd"), {2.0, s.gpuHourlyUsd, 4.5});
    s.ranges.insert(QStringLiteral("volume_mtok_per_month"), {15000, s.volumeMtokPerMonth, 60000});
    s.ranges.insert(QStringLiteral("spare_replicas"), {0, s.spareReplicas, 2});
    return s;
}

// Two workloads on one fleet (cost model, section 11), utilization mode so that the self-host
// cost is linear: one $1/h GPU per replica, prefill at 1e6 / 1800 and decode at 1e6 / 3600 tok/s,
// so a replica carries K = 2 Mtok/h of input (f = 0) and K = 1 of output (f = 1). "in" is 1460
// Mtok/month of input, 1 busy replica-hour an hour; "out" 730 of output, also 1. Both APIs $1 a
// Mtok; O = $100 a month. The workload group's own volume (6570) is not used.
Scenario handPool()
{
    Scenario s = handcases::handCase();
    s.mixedTokPerS = 0;
    s.prefillTokPerS = 1e6 / 1800;
    s.decodeTokPerS = 1e6 / 3600;
    s.gpuHourlyUsd = 1;
    s.provisioning = Provisioning::Utilization;
    s.otherUsdPerMonth = 100;
    s.workloads = {Workload {QStringLiteral("in"), 1460, 0, s.profile},
                   Workload {QStringLiteral("out"), 730, 1, s.profile}};
    return s;
}

SensitivityRow rowOf(const QList<SensitivityRow> &rows, QStringView key)
{
    const auto row = std::find_if(rows.begin(), rows.end(),
                                  [&](const SensitivityRow &r) { return r.key == key; });
    Q_ASSERT(row != rows.end());
    return *row;
}

QByteArray json(const UncertaintyResult &r)
{
    return QJsonDocument(uncertaintyToJson(r)).toJson(QJsonDocument::Compact);
}

} // namespace

class TestUncertainty : public QObject
{
    Q_OBJECT

private slots:
    // 200,000 draws from Tri(1, 2, 6). Closed forms: mean (1 + 2 + 6) / 3 = 3; F(2) = (2-1)/(6-1)
    // = 0.2; median 6 - sqrt(0.5 x 5 x 4) = 6 - sqrt(10). The standard error of a mean of n draws
    // is sigma / sqrt(n) with sigma^2 = (a²+b²+c²-ab-ac-bc)/18 = 19/18, about 0.0023 here; the
    // tolerance 0.01 is over four standard errors, so a correct sampler fails it about once in
    // 30,000 seeds, and this seed is fixed. Quantiles: the share of draws below a point is
    // binomial with standard error sqrt(p(1-p)/n) <= 0.0012; tolerance 0.005.
    void triangularSampling_matchesClosedForms()
    {
        const TriangularRange range {1, 2, 6};
        UniformStream stream(12345);
        constexpr int N = 200000;
        std::vector<double> draws(N);
        double sum = 0;
        int belowMode = 0;
        for (double &d : draws) {
            d = triangularQuantile(range, stream.next());
            QVERIFY(d >= 1 && d <= 6);
            sum += d;
            belowMode += d < 2;
        }
        QVERIFY(std::abs(sum / N - 3) < 0.01);
        QVERIFY(std::abs(double(belowMode) / N - 0.2) < 0.005);
        std::sort(draws.begin(), draws.end());
        QVERIFY(std::abs(percentileOf(draws, 50) - (6 - std::sqrt(10.0))) < 0.01);
        // The mode is where the density peaks: the busiest of ten equal bins is the one holding 2.
        int bins[10] = {};
        for (double d : draws)
            ++bins[std::min(9, int((d - 1) / 0.5))];
        QCOMPARE(int(std::max_element(std::begin(bins), std::end(bins)) - std::begin(bins)), 2);
    }

    void triangularQuantile_endsAndDegenerate()
    {
        QCOMPARE(triangularQuantile({1, 2, 6}, 0), 1.0);
        QCOMPARE(triangularQuantile({1, 2, 6}, 1), 6.0);
        QCOMPARE(triangularQuantile({1, 2, 6}, 0.2), 2.0);
        QCOMPARE(triangularQuantile({3, 3, 3}, 0.7), 3.0);
    }

    void collapsedRanges_giveCertainty()
    {
        Scenario s = defaultScenario();
        s.ranges.insert(QStringLiteral("gpu_hourly_usd"),
                        {s.gpuHourlyUsd, s.gpuHourlyUsd, s.gpuHourlyUsd});
        s.ranges.insert(QStringLiteral("volume_mtok_per_month"),
                        {s.volumeMtokPerMonth, s.volumeMtokPerMonth, s.volumeMtokPerMonth});
        const MonthlyCosts costs = monthlyCosts(s);
        const UncertaintyResult r = runMonteCarlo(s, 500, 7);
        QCOMPARE(r.pSelfhostCheaper, costs.selfhost < costs.api ? 1.0 : 0.0);
        QCOMPARE(r.pHybridCheaper, costs.hybrid < costs.api ? 1.0 : 0.0);
        const double savings = costs.api - costs.selfhost;
        QCOMPARE(r.savingsP10, savings);
        QCOMPARE(r.savingsP50, savings);
        QCOMPARE(r.savingsP90, savings);
        const Summary summary = summarize(s);
        QCOMPARE(savings, summary.apiUsdPerMonth - summary.selfhostUsdPerMonth);
    }

    void sameSeed_sameOutput_anyThreadCount()
    {
        const Scenario s = withRanges();
        const QByteArray one = json(runMonteCarlo(s, 4000, 99, 1));
        QCOMPARE(json(runMonteCarlo(s, 4000, 99, 1)), one);
        QCOMPARE(json(runMonteCarlo(s, 4000, 99, 2)), one);
        QCOMPARE(json(runMonteCarlo(s, 4000, 99, 3)), one);
        QCOMPARE(json(runMonteCarlo(s, 4000, 99, 8)), one);
        QVERIFY(json(runMonteCarlo(s, 4000, 100, 2)) != one);
        const UncertaintyResult r = runMonteCarlo(s, 4000, 99);
        QVERIFY(r.pSelfhostCheaper > 0 && r.pSelfhostCheaper < 1);
        QVERIFY(r.savingsP10 < r.savingsP50 && r.savingsP50 < r.savingsP90);
        QCOMPARE(int(r.savings.size()), 4000);
        QVERIFY(std::is_sorted(r.savings.begin(), r.savings.end()));
    }

    void integerInputs_areSampledAsWholeNumbers()
    {
        Scenario s = defaultScenario();
        s.ranges.insert(QStringLiteral("spare_replicas"), {0, 1, 3});
        // Savings only take the values of whole spare counts 0..3: at most four distinct values.
        const UncertaintyResult r = runMonteCarlo(s, 1000, 3);
        std::vector<double> distinct = r.savings;
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        QVERIFY(distinct.size() <= 4 && distinct.size() >= 3);
    }

    void sensitivity_endsEqualTheSummaryAtTheMovedValue_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addRow("GPU price") << "gpu_hourly_usd";
        QTest::addRow("volume") << "volume_mtok_per_month";
    }

    void sensitivity_endsEqualTheSummaryAtTheMovedValue()
    {
        QFETCH(QString, key);
        const Scenario base = defaultScenario();
        const QList<SensitivityRow> rows = sensitivity(base, 20);
        const auto row = std::find_if(rows.begin(), rows.end(),
                                      [&](const SensitivityRow &r) { return r.key == key; });
        QVERIFY(row != rows.end());
        double Scenario::*member
            = key == u"gpu_hourly_usd" ? &Scenario::gpuHourlyUsd : &Scenario::volumeMtokPerMonth;
        QCOMPARE(row->lowValue, base.*member * 0.8);
        QCOMPARE(row->highValue, base.*member * 1.2);
        for (auto [value, savings] : {std::pair {row->lowValue, row->savingsLow},
                                      std::pair {row->highValue, row->savingsHigh}}) {
            Scenario moved = base;
            moved.*member = value;
            const Summary s = summarize(moved);
            QCOMPARE(savings, s.apiUsdPerMonth - s.selfhostUsdPerMonth);
        }
    }

    void sensitivity_sortedBySwing_integersExcluded_keptInRange()
    {
        Scenario s = defaultScenario();
        s.outputFraction = 0.95; // +20% would pass 1
        const QList<SensitivityRow> rows = sensitivity(s, 20);
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(rows[i - 1].swing() >= rows[i].swing());
        for (const SensitivityRow &r : rows) {
            QVERIFY2(r.key != u"gpus_per_replica" && r.key != u"min_replicas"
                         && r.key != u"horizon_months",
                     qPrintable(r.key));
            if (r.key == u"output_fraction")
                QCOMPARE(r.highValue, 1.0);
        }
    }

    // Hand figures of handPool(): RH = 1460 / 2 + 730 / 1 = 1460 replica-hours at $1, so Self =
    // 1460 + 100 and API = 2190: savings 630. Every volume x 0.8: RH 1168, API 1752, savings 484;
    // x 1.2: RH 1752, API 2628, savings 776. The row shows the pool's volume, 2190 x 0.8 and x 1.2.
    void sensitivity_poolVolume_scalesEveryWorkloadTogether()
    {
        const Scenario pool = handPool();
        const SensitivityRow row = rowOf(sensitivity(pool, 20), u"volume_mtok_per_month");
        QCOMPARE(row.lowValue, 1752.0);
        QCOMPARE(row.highValue, 2628.0);
        QCOMPARE(row.savingsLow, 484.0);
        QCOMPARE(row.savingsHigh, 776.0);
        // The same as the pool evaluated with both volumes scaled.
        for (auto [factor, savings] : {std::pair {0.8, row.savingsLow}, {1.2, row.savingsHigh}}) {
            Scenario scaled = pool;
            scaled.workloads[0].volumeMtokPerMonth = 1460 * factor;
            scaled.workloads[1].volumeMtokPerMonth = 730 * factor;
            const Summary s = summarize(scaled);
            QCOMPARE(savings, s.apiUsdPerMonth - s.selfhostUsdPerMonth);
        }
    }

    // Every row moves its input wherever the pool reads it; shared inputs move once. "out" has
    // its own input price of $2: the input price row moves it with the shared $1.
    void sensitivity_poolRows_equalThePoolWithTheInputMovedEverywhere_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("lowValue"); // at -20%
        QTest::addRow("output fraction") << "output_fraction" << (1460 * 0 + 730 * 0.8) / 2190;
        QTest::addRow("input price") << "input_usd_per_mtok" << (1460 * 0.8 + 730 * 1.6) / 2190;
        QTest::addRow("GPU price") << "gpu_hourly_usd" << 0.8;
        QTest::addRow("engineers") << "engineer_fte" << 0.4;
    }

    void sensitivity_poolRows_equalThePoolWithTheInputMovedEverywhere()
    {
        QFETCH(QString, key);
        QFETCH(double, lowValue);
        Scenario pool = handPool();
        pool.engineerFte = 0.5;
        pool.engineerUsdPerYear = 120000;
        pool.workloads[1].apiOverrides.insert(QStringLiteral("input_usd_per_mtok"), 2);
        const SensitivityRow row = rowOf(sensitivity(pool, 20), key);
        QCOMPARE(row.lowValue, lowValue);
        Scenario moved = pool;
        moved.workloads[1].outputFraction = key == u"output_fraction" ? 0.8 : 1;
        if (key == u"input_usd_per_mtok") {
            moved.inputUsdPerMtok = 0.8;
            moved.workloads[1].apiOverrides[QStringLiteral("input_usd_per_mtok")] = 1.6;
        }
        if (key == u"gpu_hourly_usd")
            moved.gpuHourlyUsd = 0.8;
        if (key == u"engineer_fte")
            moved.engineerFte = 0.4;
        const Summary s = summarize(moved);
        QCOMPARE(row.savingsLow, s.apiUsdPerMonth - s.selfhostUsdPerMonth);
    }

    // Section 11: one workload is exactly the plain scenario, and so is its tornado.
    void sensitivity_oneWorkloadList_givesThePlainScenariosRows()
    {
        Scenario list = defaultScenario();
        Workload only {QStringLiteral("chat"), 12000, 0.3, *trafficPreset(u"business-hours")};
        only.apiOverrides.insert(QStringLiteral("output_usd_per_mtok"), 3);
        list.workloads = {only};
        const QList<SensitivityRow> fromList = sensitivity(list, 20);
        const QList<SensitivityRow> plain = sensitivity(workloadScenario(list, 0), 20);
        QCOMPARE(fromList.size(), plain.size());
        for (qsizetype i = 0; i < plain.size(); ++i) {
            QCOMPARE(fromList[i].key, plain[i].key);
            QCOMPARE(fromList[i].lowValue, plain[i].lowValue);
            QCOMPARE(fromList[i].highValue, plain[i].highValue);
            QCOMPARE(fromList[i].savingsLow, plain[i].savingsLow);
            QCOMPARE(fromList[i].savingsHigh, plain[i].savingsHigh);
        }
    }

    // A range on a shared input is sampled into the pool: Self is linear in the GPU price, so
    // each sample's savings lie between the pool's at the range's ends, 2190 - 1460 x 2 - 100 =
    // -830 and 2190 - 1460 x 0.5 - 100 = 1360, and are not the unused single workload's.
    void monteCarlo_onAPool_samplesThePool()
    {
        Scenario pool = handPool();
        pool.ranges.insert(QStringLiteral("gpu_hourly_usd"), {0.5, 1, 2});
        QVERIFY(validate(pool).ok());
        const UncertaintyResult r = runMonteCarlo(pool, 2000, 5);
        QVERIFY(r.savings.front() >= -830 - 1e-9 && r.savings.back() <= 1360 + 1e-9);
        QVERIFY(r.savings.front() < 0 && r.savings.back() > 630);
        QVERIFY(r.pSelfhostCheaper > 0 && r.pSelfhostCheaper < 1);
        Scenario single = pool;
        single.workloads.clear();
        QVERIFY(runMonteCarlo(single, 2000, 5).savingsP50 != r.savingsP50);
    }

    // Ranges on inputs a workloads list does not read are refused, naming the field.
    void poolRanges_onUnusedInputs_areRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("message");
        QTest::addRow("volume") << "volume_mtok_per_month"
                                << "workload.volume_mtok_per_month: not used when the scenario "
                                   "has a workloads list; give each workload its own volume";
        QTest::addRow("output fraction")
            << "output_fraction"
            << "workload.output_fraction: not used when the scenario has a workloads list; give "
               "each workload its own output fraction";
        QTest::addRow("api key every workload gives")
            << "batch_discount"
            << "api.batch_discount: not used, since every workload gives its own batch_discount "
               "in its api group; a workload's inputs cannot be ranges";
        QTest::addRow("api key one workload gives") << "input_usd_per_mtok" << QString();
        QTest::addRow("shared input") << "gpu_hourly_usd" << QString();
    }

    void poolRanges_onUnusedInputs_areRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, message);
        Scenario pool = handPool();
        for (Workload &w : pool.workloads)
            w.apiOverrides.insert(QStringLiteral("batch_discount"), 0.5);
        pool.workloads[1].apiOverrides.insert(QStringLiteral("input_usd_per_mtok"), 2);
        const double value = pool.*(findNumericField(key)->member);
        pool.ranges.insert(key, {value * 0.5, value, value});
        const QStringList errors = validate(pool).errors;
        QCOMPARE(errors, message.isEmpty() ? QStringList() : QStringList {message});
        const Outcome<Scenario> load = parseScenario(serializeScenario(pool));
        QCOMPARE(load.ok(), message.isEmpty());
        pool.workloads.clear();
        QVERIFY(validate(pool).ok()); // the same range on the plain scenario
    }

    void ranges_roundTripThroughFiles()
    {
        const Scenario s = withRanges();
        QVERIFY(validate(s).ok());
        const Outcome<Scenario> load = parseScenario(serializeScenario(s));
        QVERIFY2(load.ok(), qPrintable(load.errorMessage()));
        QCOMPARE(*load, s);
        QVERIFY(serializeScenario(s).contains("\"mode\": 2.95"));
    }

    void badRanges_nameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::addRow("low above mode")
            << QByteArray(R"({"selfhost": {"gpu_hourly_usd": {"low": 3, "mode": 2, "high": 4}}})")
            << "selfhost.gpu_hourly_usd: the range needs low <= mode <= high, got 3, 2, 4";
        QTest::addRow("outside the field")
            << QByteArray(
                   R"({"workload": {"output_fraction": {"low": 0.1, "mode": 0.5, "high": 1.5}}})")
            << "workload.output_fraction: Output share must be from 0 to 1 (got 1.5)";
        QTest::addRow("missing part")
            << QByteArray(R"({"selfhost": {"gpu_hourly_usd": {"low": 1, "high": 4}}})")
            << "selfhost.gpu_hourly_usd: a range is";
        QTest::addRow("string part")
            << QByteArray(R"({"selfhost": {"gpu_hourly_usd": {"low": 1, "mode": "x", "high": 4}}})")
            << "selfhost.gpu_hourly_usd.mode: expected a number";
    }

    void badRanges_nameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const Outcome<Scenario> load = parseScenario(json);
        QVERIFY(!load.ok());
        QVERIFY2(load.errorMessage().contains(message), qPrintable(load.errorMessage()));
    }

    void horizon_cumulativeCostsAndPayback()
    {
        // Case: the default scenario; month 0 holds the set-up, each month adds that month's bill,
        // and self-hosting's line meets the API's at the payback month.
        const Scenario s = defaultScenario();
        const Evaluation e = evaluate(s);
        const HorizonCurves &h = e.cumulativeCost;
        QCOMPARE(h.api.size(), qsizetype(s.horizonMonths) + 1);
        QCOMPARE(h.selfhost.first().y(), s.setupUsd);
        QCOMPARE(h.api.first().y(), 0.0);
        QCOMPARE(h.api[1].y(), e.summary.apiUsdPerMonth);
        const int payback = *e.summary.paybackMonth;
        QVERIFY(h.selfhost[payback].y() <= h.api[payback].y());
        QVERIFY(h.selfhost[payback - 1].y() > h.api[payback - 1].y());
    }
};

QTEST_GUILESS_MAIN(TestUncertainty)
#include "tst_uncertainty.moc"
