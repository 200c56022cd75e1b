// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The itemised bills of the report: cases worked out by hand on the engine's hand-case scenario
// (K = 9 Mtok per replica-hour, API prices of 1 USD/Mtok), and every bill adding up to its
// option's monthly cost whatever the capacity is bought as.
#include "bill.h"
#include "costengine.h"
#include "handcases.h"
#include "nearcompare.h"
#include "ownedgpu.h"
#include "scenariofile.h"

#include <QDir>
#include <QTest>

using namespace planner;
using namespace planner::handcases;

Q_DECLARE_METATYPE(planner::Scenario)

namespace {

double total(const QList<BillLine> &lines)
{
    double sum = 0;
    for (const BillLine &l : lines)
        sum += l.usdPerMonth;
    return sum;
}

const BillLine *findLine(const QList<BillLine> &lines, const QString &item)
{
    for (const BillLine &l : lines) {
        if (l.item == item)
            return &l;
    }
    return nullptr;
}

Workload steadyWorkload(const QString &name, double volume)
{
    return Workload {name, volume, 0.5, *trafficPreset(u"steady"), {}, true};
}

} // namespace

class TestBill : public QObject
{
    Q_OBJECT

private slots:
    // A: 1,000 Mtok at the shared prices, p = 0.5 * 1 + 0.5 * 1 = 1, so $1,000. B: 500 Mtok with
    // its own output price of 3, p = 0.5 * 1 + 0.5 * 3 = 2, so $1,000. One line each.
    void apiBill_ofAPool_billsEachWorkloadOnItsOwnApi()
    {
        Scenario s = handCase();
        s.workloads = {steadyWorkload(QStringLiteral("A"), 1000),
                       steadyWorkload(QStringLiteral("B"), 500)};
        s.workloads[1].apiOverrides.insert(QStringLiteral("output_usd_per_mtok"), 3);
        const Evaluation e = evaluate(s);
        const QList<BillLine> lines = apiBill(s, e);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].item, QStringLiteral("A"));
        QCOMPARE_NEAR(lines[0].quantity, 1000.0);
        QCOMPARE_NEAR(lines[0].unitPriceUsd, 1.0);
        QCOMPARE(lines[1].item, QStringLiteral("B"));
        QCOMPARE_NEAR(lines[1].quantity, 500.0);
        QCOMPARE_NEAR(lines[1].unitPriceUsd, 2.0);
        QCOMPARE_NEAR(total(lines), 2000.0);
        QCOMPARE_NEAR(e.summary.apiUsdPerMonth, 2000.0);
    }

    // Day and night at 15 and 5 Mtok/h: autoscale runs 2 and 1 replicas, RH = 730/168 * 252 =
    // 1,095. The owned fleet holds the peak's 2 GPUs: write-off 1.00 + colocation 0.20 for all
    // 2 * 730 GPU-hours = 1,752; power 0.12 for the 1,095 it runs = 131.40. Overhead 1,000.
    void selfhostBill_ownedFleet_writeOffForEveryGpuAndPowerForItsHours()
    {
        Scenario s = dayNightCase(Provisioning::Autoscale);
        s.ownedGpu = OwnedGpu {36500, 50, 0.8, 1.5, 0.10, 146};
        s.gpuHourlyUsd = ownedGpuHourlyUsd(*s.ownedGpu); // 1.32
        const Evaluation e = evaluate(s);
        const QList<BillLine> lines = selfhostBill(s, e);
        const BillLine *fleet = findLine(lines, QStringLiteral("Owned GPUs: write-off and colocation"));
        const BillLine *power = findLine(lines, QStringLiteral("Owned GPUs: power"));
        QVERIFY(fleet && power);
        QCOMPARE_NEAR(fleet->quantity, 1460.0);
        QCOMPARE_NEAR(fleet->usdPerMonth, 1752.0);
        QCOMPARE_NEAR(power->quantity, 1095.0);
        QCOMPARE_NEAR(power->usdPerMonth, 131.4);
        QCOMPARE_NEAR(total(lines), 2883.4);
        QCOMPARE_NEAR(e.summary.selfhostUsdPerMonth, 2883.4);
    }

    // The wrap case of the v2 tests: a floor of 0, so all RH = 3650/168 replica-hours are on
    // demand at $5 (not the committed $4): 18250/168.
    void selfhostBill_aboveAutoscalesFloor_paysTheOnDemandPrice()
    {
        const Scenario s = wrapCase();
        const QList<BillLine> lines = selfhostBill(s, evaluate(s));
        const BillLine *committed = findLine(lines, QStringLiteral("GPU time"));
        const BillLine *ondemand = findLine(lines, QStringLiteral("GPU time above the floor, on demand"));
        QVERIFY(committed && ondemand);
        QCOMPARE_NEAR(committed->quantity, 0.0);
        QCOMPARE_NEAR(ondemand->quantity, 3650.0 / 168);
        QCOMPARE_NEAR(ondemand->unitPriceUsd, 5.0);
        QCOMPARE_NEAR(total(lines), 18250.0 / 168);
    }

    // Day and night, one spare, the API covering failures. k = 1 carries 9 of each hour's load:
    // bursts 84 * 6 Mtok a week = 2,190 a month, $2,190; GPU 730 * 4 = 2,920 (no spare); other
    // 1,000: 6,110. k = 2 costs 5,840 + 1,000 = 6,840 and the API alone 7,300.
    void hybridBill_failoverToApi_keepsNoSpare()
    {
        Scenario s = dayNightCase(Provisioning::Fixed);
        s.spareReplicas = 1;
        s.hybridFailoverToApi = true;
        const Evaluation e = evaluate(s);
        QCOMPARE(e.summary.hybridReplicas, 1.0);
        const QList<BillLine> lines = hybridBill(s, e);
        const BillLine *baseline = findLine(lines, QStringLiteral("Baseline GPU time"));
        QVERIFY(baseline);
        QCOMPARE_NEAR(baseline->quantity, 730.0);
        QCOMPARE_NEAR(baseline->usdPerMonth, 2920.0);
        const BillLine *input = findLine(lines, QStringLiteral("Burst to API: input tokens"));
        const BillLine *output = findLine(lines, QStringLiteral("Burst to API: output tokens"));
        QVERIFY(input && output);
        QCOMPARE_NEAR(input->quantity + output->quantity, 2190.0);
        QCOMPARE_NEAR(total(lines), 6110.0);
        QCOMPARE_NEAR(e.summary.hybridUsdPerMonth, 6110.0);
    }

    void everyBill_addsUpToItsOption_data()
    {
        QTest::addColumn<Scenario>("scenario");
        const QDir examples(QStringLiteral(PLANNER_EXAMPLES_DIR));
        for (const QString &file : examples.entryList({QStringLiteral("*.llmbe.json")})) {
            const Outcome<Scenario> loaded = loadScenarioFile(examples.filePath(file));
            QVERIFY2(loaded.ok(), qPrintable(file));
            QTest::newRow(qPrintable(file)) << *loaded;
            Scenario hybrid = *loaded; // bursts in every plan's hybrid
            hybrid.hybridFailoverToApi = true;
            hybrid.batchFraction = 0.3;
            hybrid.batchDiscount = 0.5;
            hybrid.batchFillsValleys = true;
            QTest::newRow(qPrintable(file + QStringLiteral(", batch in the valleys"))) << hybrid;
        }
        Scenario ondemand = defaultScenario();
        ondemand.provisioning = Provisioning::Autoscale;
        ondemand.minReplicas = 1;
        ondemand.spareReplicas = 1;
        ondemand.ondemandGpuHourlyUsd = 4.5;
        ondemand.scaleUpMinutes = 10;
        ondemand.profile = *trafficPreset(u"diurnal");
        QTest::newRow("autoscale, on demand above the floor") << ondemand;
        const std::pair<const char *, Provisioning> provisionings[]
            = {{"owned, utilization", Provisioning::Utilization},
               {"owned, fixed", Provisioning::Fixed},
               {"owned, autoscale", Provisioning::Autoscale}};
        for (const auto &[row, provisioning] : provisionings) {
            Scenario owned = defaultScenario();
            owned.provisioning = provisioning;
            owned.spareReplicas = 1;
            owned.ownedGpu = OwnedGpu {36500, 50, 0.8, 1.5, 0.10, 146};
            owned.gpuHourlyUsd = ownedGpuHourlyUsd(*owned.ownedGpu);
            QTest::newRow(row) << owned;
        }
    }

    void everyBill_addsUpToItsOption()
    {
        QFETCH(Scenario, scenario);
        const Evaluation e = evaluate(scenario);
        const QList<BillLine> bills[] = {apiBill(scenario, e), selfhostBill(scenario, e),
                                         hybridBill(scenario, e)};
        QCOMPARE_NEAR(total(bills[0]), e.summary.apiUsdPerMonth);
        QCOMPARE_NEAR(total(bills[1]), e.summary.selfhostUsdPerMonth);
        QCOMPARE_NEAR(total(bills[2]), e.summary.hybridUsdPerMonth);
        for (const QList<BillLine> &bill : bills) {
            for (const BillLine &l : bill)
                QCOMPARE_NEAR(l.usdPerMonth, l.quantity * l.unitPriceUsd);
        }
    }
};

QTEST_APPLESS_MAIN(TestBill)
#include "tst_bill.moc"
