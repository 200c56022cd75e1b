// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarkimport.h"

#include <QDir>
#include <QTest>

using namespace planner;

class TestBenchmarkImport : public QObject
{
    Q_OBJECT

private slots:
    void vllmResult_givesOneMixedRateAtItsMix()
    {
        QString error;
        const auto measured = loadVllmBenchmark(QDir(QStringLiteral(PLANNER_TEST_DATA_DIR))
                                                    .filePath(QStringLiteral("vllm-result.json")),
                                                &error);
        QVERIFY2(measured, qPrintable(error));
        // The file's own total_token_throughput; the mix 100000 / (99744 + 100000).
        QCOMPARE(measured->mixedTokPerS, 4843.81);
        QCOMPARE(measured->outputFraction, 100000.0 / 199744.0);
    }

    void withoutTotalThroughput_tokensOverDuration()
    {
        QString error;
        const auto measured = parseVllmBenchmark(
            R"({"total_input_tokens": 3000, "total_output_tokens": 1000, "duration": 2})", &error);
        QVERIFY2(measured, qPrintable(error));
        QCOMPARE(measured->mixedTokPerS, 2000.0); // 4000 tokens in 2 s
        QCOMPARE(measured->outputFraction, 0.25);
    }

    void applying_setsTheRateAndWarnsAboutAnotherMix()
    {
        Scenario s = defaultScenario(); // 9.1% output tokens
        const MeasuredThroughput measured {4843.81, 0.5};
        applyMeasuredThroughput(s, measured);
        QCOMPARE(s.mixedTokPerS, 4843.81);
        const QString warning = mixWarning(s, measured);
        QVERIFY2(warning.contains(u"50.0% output tokens") && warning.contains(u"9.1%"),
                 qPrintable(warning));
        s.outputFraction = 0.46; // within 0.05 of the measured mix
        QCOMPARE(mixWarning(s, measured), QString());
    }

    void hostileResults_areRefusedClearly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty") << QByteArray() << "not a vLLM benchmark result";
        QTest::addRow("array") << QByteArray("[]") << "expected a JSON object";
        QTest::addRow("no totals")
            << QByteArray(R"({"duration": 10})") << "total_input_tokens and total_output_tokens";
        QTest::addRow("zero output")
            << QByteArray(R"({"total_input_tokens": 10, "total_output_tokens": 0, "duration": 1})")
            << "must be numbers above 0";
        QTest::addRow("no rate") << QByteArray(
            R"({"total_input_tokens": 10, "total_output_tokens": 5, "duration": 0})")
                                 << "neither total_token_throughput nor a duration above 0";
        QTest::addRow("text totals")
            << QByteArray(R"({"total_input_tokens": "10", "total_output_tokens": 5})")
            << "must be numbers above 0";
    }

    void hostileResults_areRefusedClearly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!parseVllmBenchmark(json, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBenchmarkImport)
#include "tst_benchmarkimport.moc"
