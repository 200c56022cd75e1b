// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownedgpu.h"
#include "presets.h"
#include "scenariofields.h"
#include "scenariofile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace planner;

namespace {

// Round figures so that each part of the price comes out exact by hand:
//   amortisation 36,500 / (50 x 730) = 36,500 / 36,500 = 1.00 USD/h
//   power        0.8 kW x 1.5 x 0.10 USD/kWh         = 0.12 USD/h
//   colocation   146 / 730                            = 0.20 USD/h
//   total                                             = 1.32 USD/h
OwnedGpu handCase()
{
    return OwnedGpu {36500, 50, 0.8, 1.5, 0.10, 146};
}

constexpr const char *HandCaseJson = R"("owned_gpu": {"purchase_usd": 36500,
    "amortization_months": 50, "power_kw": 0.8, "pue": 1.5, "usd_per_kwh": 0.1,
    "colocation_usd_per_month": 146})";

QByteArray selfhost(const QByteArray &members)
{
    return "{\"selfhost\": {" + members + "}}";
}

Scenario withOwnedGpu(const OwnedGpu &gpu)
{
    Scenario s = defaultScenario();
    s.ownedGpu = gpu;
    s.gpuHourlyUsd = ownedGpuHourlyUsd(gpu);
    return s;
}

} // namespace

class TestOwnedGpu : public QObject
{
    Q_OBJECT

private slots:
    void handWorkedCase_isTheSumOfItsThreeParts()
    {
        const OwnedGpuHourly parts = ownedGpuHourlyParts(handCase());
        QCOMPARE(parts.amortizationUsd, 1.0);
        QCOMPARE(parts.powerUsd, 0.12);
        QCOMPARE(parts.colocationUsd, 0.2);
        QCOMPARE(ownedGpuHourlyUsd(handCase()), 1.32);
    }

    void longerAmortisation_lowersOnlyThatPart()
    {
        OwnedGpu gpu = handCase();
        gpu.amortizationMonths = 100; // 36,500 / (100 x 730) = 0.50
        const OwnedGpuHourly parts = ownedGpuHourlyParts(gpu);
        QCOMPARE(parts.amortizationUsd, 0.5);
        QCOMPARE(parts.powerUsd, 0.12);
        QCOMPARE(ownedGpuHourlyUsd(gpu), 0.82);
    }

    void invalidInputs_nameTheInputAndItsRange_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("PUE below 1")
            << "pue" << 0.9 << "selfhost.owned_gpu.pue: PUE must be from 1 to 5 (got 0.9)";
        QTest::addRow("no amortisation") << "amortization_months" << 0.0
                                         << "selfhost.owned_gpu.amortization_months: Amortisation "
                                            "period must be a whole number from 1 "
                                            "to 240 months (got 0)";
        QTest::addRow("half a month") << "amortization_months" << 36.5
                                      << "selfhost.owned_gpu.amortization_months: Amortisation "
                                         "period must be a whole number from 1 "
                                         "to 240 months (got 36.5)";
        QTest::addRow("negative price") << "purchase_usd" << -1.0
                                        << "selfhost.owned_gpu.purchase_usd: Purchase price must "
                                           "be from 0 to 10000000 USD (got -1)";
        QTest::addRow("NaN power")
            << "power_kw" << qQNaN()
            << "selfhost.owned_gpu.power_kw: Power draw must be from 0 to 10 kW (got NaN)";
        QTest::addRow("infinite colocation")
            << "colocation_usd_per_month" << qInf()
            << "selfhost.owned_gpu.colocation_usd_per_month: Colocation must be from 0 to 1000000 "
               "USD/month (got inf)";
    }

    void invalidInputs_nameTheInputAndItsRange()
    {
        QFETCH(QString, key);
        QFETCH(double, value);
        QFETCH(QString, expected);
        QVERIFY(validate(handCase()).ok());
        OwnedGpu gpu = handCase();
        for (const OwnedGpuField &field : ownedGpuFields()) {
            if (key == QLatin1String(field.key))
                gpu.*(field.member) = value;
        }
        QCOMPARE(validate(gpu).errors, QStringList {expected});

        Scenario s = defaultScenario();
        s.ownedGpu = gpu;
        QVERIFY(validate(s).errors.contains(expected));
    }

    void defaultInputs_areValid()
    {
        OwnedGpu gpu;
        for (const OwnedGpuField &field : ownedGpuFields())
            gpu.*(field.member) = field.defaultValue;
        QCOMPARE(validate(gpu).errors, QStringList());
    }

    void scenario_mustAgreeWithItsOwnedGpu()
    {
        Scenario s = withOwnedGpu(handCase());
        QCOMPARE(validate(s).errors, QStringList());
        s.gpuHourlyUsd = 1.324; // within half a cent of 1.32
        QCOMPARE(validate(s).errors, QStringList());
        s.gpuHourlyUsd = 2.95;
        const QStringList errors = validate(s).errors;
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(u"selfhost.gpu_hourly_usd: 2.95 differs from the 1.32"),
                 qPrintable(errors.first()));
    }

    void applying_setsThePriceAndDropsItsRange()
    {
        Scenario s = defaultScenario();
        s.ranges.insert(QStringLiteral("gpu_hourly_usd"), {2, s.gpuHourlyUsd, 4});
        applyOwnedGpu(s, handCase());
        QCOMPARE(s.ownedGpu, handCase());
        QCOMPARE(s.gpuHourlyUsd, 1.32);
        QVERIFY(!s.ranges.contains(QStringLiteral("gpu_hourly_usd")));
        QCOMPARE(validate(s).errors, QStringList());
    }

    void anotherGpuPrice_replacesTheOwnedGpu()
    {
        Scenario s = withOwnedGpu(handCase());
        forgetReplacedOwnedGpu(s);
        QVERIFY(s.ownedGpu);
        QCOMPARE(applyOverride(s, u"engineer_fte=2").errors, QStringList());
        QVERIFY(s.ownedGpu);
        QCOMPARE(applyOverride(s, u"gpu_hourly_usd=3").errors, QStringList());
        QVERIFY(!s.ownedGpu);
        QCOMPARE(validate(s).errors, QStringList());

        Scenario preset = withOwnedGpu(handCase());
        applyGpuPrice(preset, builtinPresets().gpus.first(),
                      builtinPresets().gpus.first().prices.first());
        QVERIFY(!preset.ownedGpu);
    }

    void saving_writesTheInputsAndThePrice()
    {
        const QJsonObject selfhostGroup
            = QJsonDocument::fromJson(serializeScenario(withOwnedGpu(handCase())))
                  .object()
                  .value(u"selfhost")
                  .toObject();
        QCOMPARE(selfhostGroup.value(u"gpu_hourly_usd").toDouble(), 1.32);
        const QJsonObject owned = selfhostGroup.value(u"owned_gpu").toObject();
        QCOMPARE(owned.size(), 6);
        QCOMPARE(owned.value(u"purchase_usd").toDouble(), 36500.0);
        QCOMPARE(owned.value(u"amortization_months").toDouble(), 50.0);
        QCOMPARE(owned.value(u"power_kw").toDouble(), 0.8);
        QCOMPARE(owned.value(u"pue").toDouble(), 1.5);
        QCOMPARE(owned.value(u"usd_per_kwh").toDouble(), 0.1);
        QCOMPARE(owned.value(u"colocation_usd_per_month").toDouble(), 146.0);

        const QJsonObject rented
            = QJsonDocument::fromJson(serializeScenario(defaultScenario())).object();
        QVERIFY(!rented.value(u"selfhost").toObject().contains(u"owned_gpu"));
    }

    void savedFile_reopensWithTheHelperInputs()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("owned.llmbe.json"));
        Scenario s = withOwnedGpu(handCase());
        s.ranges.insert(QStringLiteral("gpu_hourly_usd"), {1.0, s.gpuHourlyUsd, 2.0});
        const Outcome<> saved = saveScenarioFile(s, path);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        const Outcome<Scenario> load = loadScenarioFile(path);
        QVERIFY2(load.ok(), qPrintable(load.errorMessage()));
        QCOMPARE(load.warnings, QStringList());
        QCOMPARE(*load, s);
    }

    void ownedGpuWithoutPrice_setsThePrice()
    {
        const Outcome<Scenario> load = parseScenario(selfhost(HandCaseJson));
        QVERIFY2(load.ok(), qPrintable(load.errorMessage()));
        QCOMPARE(load->ownedGpu, std::optional(handCase()));
        QCOMPARE(load->gpuHourlyUsd, 1.32);
        QCOMPARE(load.warnings, QStringList());
    }

    void priceRoundedToCents_agreesSilently()
    {
        // colocation 150 / 730 = 0.2055 USD/h, so the price is 1.00 + 0.12 + 0.2055 = 1.3255,
        // which a hand-written file rounds to 1.33 (0.0045 away).
        QByteArray json = selfhost(R"("gpu_hourly_usd": 1.33, )" + QByteArray(HandCaseJson));
        json.replace("\"colocation_usd_per_month\": 146", "\"colocation_usd_per_month\": 150");
        const Outcome<Scenario> load = parseScenario(json);
        QVERIFY2(load.ok(), qPrintable(load.errorMessage()));
        QCOMPARE(load.warnings, QStringList());
        QCOMPARE(load->gpuHourlyUsd, 1.0 + 0.12 + 150.0 / 730.0);
    }

    void disagreeingPrice_warnsAndUsesTheOwnedGpu()
    {
        const Outcome<Scenario> load
            = parseScenario(selfhost(R"("gpu_hourly_usd": 2.95, )" + QByteArray(HandCaseJson)));
        QVERIFY2(load.ok(), qPrintable(load.errorMessage()));
        QCOMPARE(load->gpuHourlyUsd, 1.32);
        QCOMPARE(load.warnings.size(), 1);
        const QString warning = load.warnings.first();
        QVERIFY2(warning.contains(u"selfhost.gpu_hourly_usd: 2.95 disagrees with the 1.32")
                     && warning.contains(u"used 1.32 from owned_gpu"),
                 qPrintable(warning));
    }

    void priceRange_followsTheOwnedGpu()
    {
        // The mode 1.32 agrees: the range stays, with the worked-out price as its mode.
        Outcome<Scenario> load
            = parseScenario(selfhost(R"("gpu_hourly_usd": {"low": 1, "mode": 1.32, "high": 2}, )"
                                     + QByteArray(HandCaseJson)));
        QVERIFY2(load.ok(), qPrintable(load.errorMessage()));
        QCOMPARE(load->ranges.value(QStringLiteral("gpu_hourly_usd")),
                 (TriangularRange {1, ownedGpuHourlyUsd(handCase()), 2}));

        // A range around 2.95 describes another price: it is dropped, and the warning says so.
        load = parseScenario(selfhost(R"("gpu_hourly_usd": {"low": 2, "mode": 2.95, "high": 4.5}, )"
                                      + QByteArray(HandCaseJson)));
        QVERIFY2(load.ok(), qPrintable(load.errorMessage()));
        QVERIFY(!load->ranges.contains(QStringLiteral("gpu_hourly_usd")));
        QCOMPARE(load.warnings.size(), 1);
        QVERIFY2(load.warnings.first().contains(u"dropped the range around 2.95"),
                 qPrintable(load.warnings.first()));
    }

    void unknownKeyInside_warnsButLoads()
    {
        QByteArray json = selfhost(HandCaseJson);
        json.replace("\"pue\": 1.5", "\"pue\": 1.5, \"residual_value\": 0.2");
        const Outcome<Scenario> load = parseScenario(json);
        QVERIFY2(load.ok(), qPrintable(load.errorMessage()));
        QCOMPARE(load.warnings,
                 QStringList {
                     QStringLiteral("unknown key \"selfhost.owned_gpu.residual_value\" ignored")});
    }

    void badOwnedGpu_givesClearError_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        QTest::addRow("missing key") << QByteArray("\"pue\": 1.5,") << QByteArray()
                                     << "selfhost.owned_gpu.pue: missing (expected a number, 1..5)";
        QTest::addRow("string")
            << QByteArray("\"power_kw\": 0.8") << QByteArray("\"power_kw\": \"800 W\"")
            << "selfhost.owned_gpu.power_kw: expected a number, got string \"800 W\"";
        QTest::addRow("out of range")
            << QByteArray("\"usd_per_kwh\": 0.1") << QByteArray("\"usd_per_kwh\": -0.1")
            << "selfhost.owned_gpu.usd_per_kwh: Electricity price must be from 0 to 10 USD/kWh "
               "(got -0.1)";
        QTest::addRow("fractional months") << QByteArray("\"amortization_months\": 50")
                                           << QByteArray("\"amortization_months\": 49.5")
                                           << "selfhost.owned_gpu.amortization_months: "
                                              "Amortisation period must be a whole number from 1 "
                                              "to 240 months (got 49.5)";
        QTest::addRow("null") << QByteArray(HandCaseJson) << QByteArray("\"owned_gpu\": null")
                              << "selfhost.owned_gpu: expected an object, got null";
        QTest::addRow("number") << QByteArray(HandCaseJson) << QByteArray("\"owned_gpu\": 1.32")
                                << "selfhost.owned_gpu: expected an object, got a number";
    }

    void badOwnedGpu_givesClearError()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray json = selfhost(HandCaseJson);
        QVERIFY(json.contains(from));
        json.replace(from, to);
        const Outcome<Scenario> load = parseScenario(json);
        QVERIFY(!load.ok());
        QCOMPARE(load.errors, QStringList {expected});
    }
};

QTEST_MAIN(TestOwnedGpu)
#include "tst_ownedgpu.moc"
