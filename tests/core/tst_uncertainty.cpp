// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "costengine.h"
#include "resultformat.h"
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
            << "workload.output_fraction: 1.5 is out of range (0..1)";
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
