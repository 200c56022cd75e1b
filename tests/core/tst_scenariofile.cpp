// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariofields.h"
#include "scenariofile.h"
#include "scenariojson.h"
#include "trafficprofiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;

class TestScenarioFile : public QObject
{
    Q_OBJECT

private slots:
    void defaultScenario_isValid() { QCOMPARE(validate(defaultScenario()).errors, QStringList()); }

    void missingKeys_takeDefaults()
    {
        const Outcome<Scenario> load
            = parseScenario(R"({"format_version": 1, "selfhost": {"gpu_hourly_usd": 2.5}})");
        QVERIFY2(load.ok(), qPrintable(load.errorMessage()));
        Scenario expected = defaultScenario();
        expected.name.clear();
        expected.notes.clear();
        expected.gpuHourlyUsd = 2.5;
        QCOMPARE(*load, expected);
        QVERIFY(load.warnings.isEmpty());
    }

    void unknownKeys_warnButLoad()
    {
        const Outcome<Scenario> load
            = parseScenario(R"({"colour": "blue", "api": {"input_usd_per_mtok": 1, "tier": 3}})");
        QVERIFY(load.ok());
        QCOMPARE(load->inputUsdPerMtok, 1.0);
        QCOMPARE(load.warnings.size(), 2);
        QVERIFY(load.warnings.join(u' ').contains(u"api.tier"));
    }

    void invalidInput_givesClearError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // a fragment the message must contain

        QTest::addRow("empty file") << QByteArray("") << "empty";
        QTest::addRow("whitespace only") << QByteArray(" \n\t ") << "empty";
        QTest::addRow("malformed JSON")
            << QByteArray("{\n  \"api\": {\n    \"input_usd_per_mtok\" 3\n  }\n}")
            << "line 3, column";
        QTest::addRow("top-level array") << QByteArray("[1, 2]") << "JSON object";
        QTest::addRow("binary garbage")
            << QByteArray("\x00\xff\xfe\x89PNG\r\n\x1a\n", 12) << "JSON syntax error";
        QTest::addRow("wrong type")
            << QByteArray(R"({"selfhost": {"gpu_hourly_usd": "cheap"}})")
            << "selfhost.gpu_hourly_usd: expected a number, got string \"cheap\"";
        QTest::addRow("NaN string")
            << QByteArray(R"({"workload": {"volume_mtok_per_month": "NaN"}})")
            << "workload.volume_mtok_per_month: expected a number, got string \"NaN\"";
        QTest::addRow("Infinity string")
            << QByteArray(R"({"api": {"output_usd_per_mtok": "Infinity"}})")
            << "api.output_usd_per_mtok: expected a number";
        QTest::addRow("NaN literal")
            << QByteArray(R"({"api": {"output_usd_per_mtok": NaN}})") << "JSON syntax error";
        QTest::addRow("huge number")
            << QByteArray(R"({"workload": {"volume_mtok_per_month": 1e300}})")
            << "workload.volume_mtok_per_month: Volume must be at most 1000000000 Mtok/month (got "
               "1e+300)";
        QTest::addRow("overflowing number")
            << QByteArray(R"({"workload": {"volume_mtok_per_month": 1e999}})")
            << "line 1, column 45: JSON syntax error: illegal number, near "
               "‹…{\"volume_mtok_per_month\": 1e999}}›";
        QTest::addRow("missing comma, quoted with its field")
            << QByteArray("{\n  \"selfhost\": {\n    \"gpu_hourly_usd\": 2.5\n"
                          "    \"gpus_per_replica\": 2\n  }\n}\n")
            << "line 4, column 6: JSON syntax error: unterminated object, near "
               "‹…{ \"gpu_hourly_usd\": 2.5 \"gpus_per_replica\": 2…›";
        QTest::addRow("zero volume")
            << QByteArray(R"({"workload": {"volume_mtok_per_month": 0}})")
            << "workload.volume_mtok_per_month: Volume must be above 0 Mtok/month (got 0)";
        QTest::addRow("fraction above 1")
            << QByteArray(R"({"workload": {"output_fraction": 1.5}})")
            << "workload.output_fraction: Output share must be from 0 to 1 (got 1.5)";
        QTest::addRow("negative price") << QByteArray(R"({"api": {"input_usd_per_mtok": -1}})")
                                        << "api.input_usd_per_mtok: API input price must be from 0 "
                                           "to 1000000 USD/Mtok (got -1)";
        QTest::addRow("fractional GPUs") << QByteArray(R"({"selfhost": {"gpus_per_replica": 1.5}})")
                                         << "selfhost.gpus_per_replica: GPUs per replica must be a "
                                            "whole number from 1 to 4096 GPUs "
                                            "(got 1.5)";
        QTest::addRow("negative min replicas")
            << QByteArray(R"({"selfhost": {"min_replicas": -1}})")
            << "selfhost.min_replicas: Minimum replicas must be a whole number from 0 to 1000000 "
               "replicas (got -1)";
        QTest::addRow("utilization zero")
            << QByteArray(R"({"selfhost": {"average_utilization": 0}})")
            << "selfhost.average_utilization: Average utilization must be from 0.001 to 1 (got 0)";
        QTest::addRow("horizon too long") << QByteArray(R"({"analysis": {"horizon_months": 121}})")
                                          << "analysis.horizon_months: Planning horizon must be a "
                                             "whole number from 1 to 120 months "
                                             "(got 121)";
        QTest::addRow("unknown mode") << QByteArray(R"({"selfhost": {"provisioning": "magic"}})")
                                      << "selfhost.provisioning: string \"magic\" is not a mode";
        QTest::addRow("unknown preset")
            << QByteArray(R"({"workload": {"profile": {"preset": "weekends"}}})")
            << "workload.profile.preset: string \"weekends\" is not a preset";
        QTest::addRow("167 weights")
            << hourlyWeightsJson(167, "1") << "expected 168 numbers, got 167";
        QTest::addRow("169 weights")
            << hourlyWeightsJson(169, "1") << "expected 168 numbers, got 169";
        QTest::addRow("all-zero weights") << hourlyWeightsJson(168, "0") << "all 168 weights are 0";
        QTest::addRow("negative weight")
            << hourlyWeightsJson(168, "-1")
            << "hourly_weights[0]: An hour's weight must be from 0 to 1000000000000 (got -1)";
        QTest::addRow("string weight")
            << hourlyWeightsJson(168, "\"x\"") << "hourly_weights[0]: expected a number";
        QTest::addRow("group not an object")
            << QByteArray(R"({"api": 3})") << "api: expected an object";
        QTest::addRow("future version")
            << QByteArray(R"({"format_version": 2})") << "format_version: 2 is not supported";
        QTest::addRow("name not a string")
            << QByteArray(R"({"name": 7})") << "name: expected a string";
    }

    void invalidInput_givesClearError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Outcome<Scenario> load = parseScenario(json);
        QVERIFY(!load.ok());
        QVERIFY2(
            load.errorMessage().contains(expected),
            qPrintable(
                QStringLiteral("message \"%1\" lacks \"%2\"").arg(load.errorMessage(), expected)));
        QVERIFY(!load.errorMessage().contains(u'\n'));
    }

    void hostileWorkloads_errorNamesTheWorkloadAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        for (const HostileWorkloads &list : hostileWorkloadLists())
            QTest::addRow("%s", list.title) << list.json << QString::fromUtf8(list.message);
    }

    void hostileWorkloads_errorNamesTheWorkloadAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Outcome<Scenario> load = parseScenario(json);
        QVERIFY(!load.ok());
        QVERIFY2(load.errorMessage().contains(expected), qPrintable(load.errorMessage()));
    }

    void workloads_saveThenLoadRoundTrips()
    {
        Scenario s = defaultScenario();
        Workload chat {QStringLiteral("chat"), 15000, 0.2, *trafficPreset(u"diurnal"), {}, true};
        chat.apiOverrides.insert(QStringLiteral("output_usd_per_mtok"), 4.5);
        chat.apiOverrides.insert(QStringLiteral("batch_fraction"), 0.25);
        Workload nightly {QStringLiteral("nightly ✓"), 10000, 0.05, {}, {}, false};
        for (int h = 0; h < HoursPerWeek; ++h)
            nightly.profile.weights[h] = h % 24 < 6 ? 1.0 / 3 : 0;
        s.workloads = {chat, nightly};

        const Outcome<Scenario> load = parseScenario(serializeScenario(s));
        QVERIFY2(load.ok(), qPrintable(load.errorMessage()));
        QCOMPARE(load->workloads, s.workloads);
        QCOMPARE(*load, s);
        QVERIFY(load.warnings.isEmpty());
        QVERIFY(!serializeScenario(defaultScenario()).contains("workloads"));
    }

    void workloads_unknownKeyWarnsButLoads()
    {
        const Outcome<Scenario> load
            = parseScenario(workloadsFileJson({workloadJson("chat", "100", R"("team": "x")")}));
        QVERIFY2(load.ok(), qPrintable(load.errorMessage()));
        QCOMPARE(load.warnings, QStringList {"unknown key \"workloads[0] \"chat\".team\" ignored"});
        QCOMPARE(load->workloads.size(), 1);
        QCOMPARE(load->workloads[0].volumeMtokPerMonth, 100.0);
        QVERIFY(load->workloads[0].selfhostOk);
    }

    void workloadScenario_takesItsOwnInputsAndApiOverrides()
    {
        Scenario s = defaultScenario();
        s.ranges.insert(QStringLiteral("output_usd_per_mtok"), {0.5, 0.88, 1});
        s.ranges.insert(QStringLiteral("gpu_hourly_usd"), {2, 2.95, 4});
        Workload code {
            QStringLiteral("code"), 1234, 0.3, *trafficPreset(u"business-hours"), {}, false};
        code.apiOverrides.insert(QStringLiteral("output_usd_per_mtok"), 15);
        s.workloads = {Workload {QStringLiteral("chat"), 10, 0.1, *trafficPreset(u"steady")}, code};
        QVERIFY(validate(s).ok());

        const Scenario alone = workloadScenario(s, 1);
        Scenario expected = s;
        expected.workloads.clear();
        expected.name = QStringLiteral("code");
        expected.volumeMtokPerMonth = 1234;
        expected.outputFraction = 0.3;
        expected.profile = *trafficPreset(u"business-hours");
        expected.outputUsdPerMtok = 15;
        expected.ranges.remove(QStringLiteral("output_usd_per_mtok")); // its own price, no range
        QCOMPARE(alone, expected);
        QVERIFY(validate(alone).ok());
    }

    void utf8Bom_isAccepted()
    {
        const Outcome<Scenario> load
            = parseScenario("\xEF\xBB\xBF{\"api\": {\"input_usd_per_mtok\": 4}}");
        QVERIFY2(load.ok(), qPrintable(load.errorMessage()));
        QCOMPARE(load->inputUsdPerMtok, 4.0);
    }

    void oversizedFile_isRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"notes\": \"" + QByteArray(MaxScenarioFileBytes, 'x') + "\"}");
        file.close();
        const Outcome<Scenario> load = loadScenarioFile(path);
        QVERIFY(!load.ok());
        QVERIFY2(load.errorMessage().contains(u"1 MiB"), qPrintable(load.errorMessage()));
    }

    void missingFile_namesThePath()
    {
        const Outcome<Scenario> load = loadScenarioFile(QStringLiteral("/nonexistent/plan.json"));
        QVERIFY(!load.ok());
        QVERIFY(load.errorMessage().contains(u"/nonexistent/plan.json"));
    }

    void saveThenLoad_roundTripsEveryField()
    {
        Scenario s = defaultScenario();
        s.name = QStringLiteral("Round trip ✓");
        s.notes = QStringLiteral("line one\nline \"two\"");
        // Give every numeric field a distinct valid value, so a swapped key would show.
        QRandomGenerator rng(7);
        for (const NumericField &field : numericFields()) {
            const double span = std::min(field.max, field.min + 1000) - field.min;
            double value = field.min + span * (0.25 + 0.5 * rng.generateDouble());
            if (field.integer)
                value = std::round(value);
            s.*(field.member) = value;
            QVERIFY2(checkValue(field, value).ok(), field.key);
        }
        s.provisioning = Provisioning::Fixed;
        s.throughputSource = ThroughputSource {s.mixedTokPerS, QStringLiteral("run.json: ✓")};
        s.profile.presetName.clear();
        for (int h = 0; h < HoursPerWeek; ++h)
            s.profile.weights[h] = 0.1 * h + 1.0 / 3;

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        const Outcome<> saved = saveScenarioFile(s, path);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        const Outcome<Scenario> load = loadScenarioFile(path);
        QVERIFY2(load.ok(), qPrintable(load.errorMessage()));
        QCOMPARE(*load, s);
        QVERIFY(load.warnings.isEmpty());
    }

    void presetProfile_savedByName()
    {
        const QByteArray json = serializeScenario(defaultScenario());
        QVERIFY(json.contains("\"preset\": \"diurnal\""));
        QVERIFY(!json.contains("hourly_weights"));
    }

    void saveToUnwritablePath_failsAndSaysWhy()
    {
        const Outcome<> saved
            = saveScenarioFile(defaultScenario(), QStringLiteral("/nonexistent/dir/plan.json"));
        QVERIFY(!saved.ok());
        const QString error = saved.errorMessage();
        QVERIFY(error.contains(u"/nonexistent/dir/plan.json"));
    }

    void fieldTable_everyInputThePanelShowsHasASliderInsideItsRange()
    {
        for (const NumericField &field : numericFields()) {
            if (field.panel.box == PanelBox::None && field.panel.lever == Lever::No)
                continue;
            const SliderScale &slider = field.slider;
            QVERIFY2(slider.min < slider.max, field.key);
            QVERIFY2(field.validRange().contains(slider.min), field.key);
            QVERIFY2(field.validRange().contains(slider.max), field.key);
            QVERIFY2(!slider.logarithmic || slider.min > 0, field.key);
        }
    }

    // One table describes the switches: what the file holds, --set and the window's check boxes.
    void switchTable_everySwitchIsSavedLoadedAndSetByItsKey()
    {
        for (const SwitchField &field : switchFields()) {
            QVERIFY2(*field.label && *field.help && *field.whenOn && *field.whenOff, field.key);
            QVERIFY2(field.panel.box != PanelBox::None, field.key);
            const QString qualified = QLatin1String(field.group) + u'.' + QLatin1String(field.key);
            QCOMPARE(findSwitchField(qualified), &field);
            QCOMPARE(findSwitchField(QString::fromLatin1(field.key)), &field);

            Scenario s = defaultScenario();
            QVERIFY(!(s.*(field.member)));
            QCOMPARE(applyOverride(s, qualified + QStringLiteral("=true")).errors, QStringList());
            QVERIFY(s.*(field.member));
            const QJsonObject group = QJsonDocument::fromJson(serializeScenario(s))
                                          .object()
                                          .value(QLatin1String(field.group))
                                          .toObject();
            QCOMPARE(group.value(QLatin1String(field.key)), QJsonValue(true));
            const Outcome<Scenario> load = parseScenario(serializeScenario(s));
            QVERIFY2(load.ok(), qPrintable(load.errorMessage()));
            QCOMPARE(*load, s);
        }
        QVERIFY(!findSwitchField(u"workload.batch_fills_valleys"));
    }

    void overrides_applyByKey_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("error"); // empty: must succeed
        QTest::addRow("plain key") << "gpu_hourly_usd=2.5"
                                   << "";
        QTest::addRow("group key") << "selfhost.gpu_hourly_usd=2.5"
                                   << "";
        QTest::addRow("profile preset") << "profile=daily-bursts"
                                        << "";
        QTest::addRow("mode") << "provisioning=fixed"
                              << "";
        QTest::addRow("unknown key") << "gpu_price=3"
                                     << "unknown key \"gpu_price\"";
        QTest::addRow("not a number") << "gpu_hourly_usd=abc"
                                      << "\"abc\" is not a number";
        QTest::addRow("nan") << "gpu_hourly_usd=nan"
                             << "gpu_hourly_usd";
        QTest::addRow("out of range")
            << "output_fraction=2"
            << "workload.output_fraction: Output share must be from 0 to 1 (got 2)";
        QTest::addRow("no equals") << "gpu_hourly_usd"
                                   << "KEY=VALUE";
        QTest::addRow("unknown preset") << "profile=weekends"
                                        << "unknown preset \"weekends\"";
        QTest::addRow("unknown mode") << "provisioning=magic"
                                      << "unknown mode \"magic\"";
    }

    void overrides_applyByKey()
    {
        QFETCH(QString, assignment);
        QFETCH(QString, error);
        Scenario s = defaultScenario();
        const Scenario before = s;
        const QString message = applyOverride(s, assignment).errorMessage();
        if (error.isEmpty()) {
            QCOMPARE(message, QString());
            QVERIFY(s != before);
            QVERIFY(validate(s).ok());
        } else {
            QVERIFY2(message.contains(error), qPrintable(message));
            QCOMPARE(s, before);
        }
    }

    void examples_loadWithoutWarnings()
    {
        const QDir examples(QStringLiteral(PLANNER_EXAMPLES_DIR));
        const QStringList files = examples.entryList({QStringLiteral("*.json")});
        QVERIFY(files.size() >= 4);
        for (const QString &file : files) {
            const Outcome<Scenario> load = loadScenarioFile(examples.filePath(file));
            QVERIFY2(load.ok(), qPrintable(file + QStringLiteral(": ") + load.errorMessage()));
            QVERIFY2(load.warnings.isEmpty(),
                     qPrintable(file + QStringLiteral(": ") + load.warnings.join(u' ')));
            QVERIFY2(!load->name.isEmpty(), qPrintable(file));
        }
    }
};

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
