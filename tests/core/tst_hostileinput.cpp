// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Large and hostile scenario files: each loads or is refused with a clear message, quickly.
#include "scenariofile.h"
#include "scenariojson.h"

#include <QElapsedTimer>
#include <QTest>

using namespace planner;

namespace {

constexpr qint64 TimeLimitMs = 100;

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void input_loadsOrIsRefusedClearly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("loads");
        QTest::addColumn<QString>("message"); // what a refusal must say

        const int depth = (MaxScenarioFileBytes - 2) / 2;
        QTest::addRow("1 MiB of deep nesting")
            << QByteArray(depth, '[') + QByteArray(depth, ']') << false << "JSON syntax error";
        QTest::addRow("deep nesting inside a group")
            << "{\"api\": " + QByteArray(5000, '[') + QByteArray(5000, ']') + "}" << false
            << "JSON syntax error";
        QTest::addRow("just over 1 MiB") << "{\"notes\": \"" + QByteArray(MaxScenarioFileBytes, 'x')
                + "\"}" << false << "limit is 1048576 bytes";
        QTest::addRow("168 weights of 1e308")
            << hourlyWeightsJson(HoursPerWeek, "1e308") << false
            << "workload.profile.hourly_weights[0]: An hour's weight must be from 0 to "
               "1000000000000 (got 1e+308)";
        QTest::addRow("negative zeros")
            << QByteArray(R"({"api": {"cached_input_fraction": -0.0, "batch_fraction": -0},
                                                         "selfhost": {"spare_replicas": -0}})")
            << true << "";
        QTest::addRow("duplicated keys")
            << QByteArray(R"({"selfhost": {"gpu_hourly_usd": 1, "gpu_hourly_usd": 2}})") << true
            << "";
        QTest::addRow("UTF-8 byte order mark")
            << QByteArray("\xEF\xBB\xBF{\"name\": \"BOM\"}") << true << "";
        QTest::addRow("CRLF line ends")
            << QByteArray("{\r\n  \"name\": \"CRLF\",\r\n  \"api\": {\r\n    "
                          "\"input_usd_per_mtok\": 2\r\n  }\r\n}\r\n")
            << true << "";
        QTest::addRow("CRLF syntax error")
            << QByteArray("{\r\n  \"api\": {\r\n    \"input_usd_per_mtok\": ,\r\n  }\r\n}") << false
            << "line 3, column";
        QTest::addRow("NUL byte in a string")
            << QByteArray("{\"name\": \"a\0b\"}", 15) << true << "";
        QTest::addRow("lone surrogate escape") << QByteArray(R"({"name": "\ud800"})") << true << "";
        QTest::addRow("huge exponent")
            << QByteArray(R"({"selfhost": {"gpu_hourly_usd": 1e309}})") << false << "line 1";
        QTest::addRow("denormal") << QByteArray(R"({"selfhost": {"gpu_hourly_usd": 5e-324}})")
                                  << true << "";
    }

    void input_loadsOrIsRefusedClearly()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, loads);
        QFETCH(QString, message);
        QElapsedTimer timer;
        timer.start();
        const Outcome<Scenario> load = parseScenario(json);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < TimeLimitMs, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        QCOMPARE(load.ok(), loads);
        if (!loads) {
            QVERIFY2(load.errorMessage().contains(message), qPrintable(load.errorMessage()));
            QVERIFY(load.errorMessage().size() < 300);
        } else {
            QVERIFY(validate(*load).ok());
        }
    }

    void duplicatedKeys_lastOneCounts()
    {
        const Outcome<Scenario> load
            = parseScenario(R"({"selfhost": {"gpu_hourly_usd": 1, "gpu_hourly_usd": 2}})");
        QCOMPARE(load->gpuHourlyUsd, 2.0);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
