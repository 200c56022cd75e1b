// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarkimport.h"

#include <QDir>
#include <QTest>

using namespace planner;

namespace {

QString testData(const char *name)
{
    return QDir(QStringLiteral(PLANNER_TEST_DATA_DIR)).filePath(QString::fromLatin1(name));
}

// One benchmark of a GuideLLM report with only the three figures read; each argument is JSON text.
QByteArray guideLlmBenchmark(const QByteArray &tokPerS, const QByteArray &promptTokens,
                             const QByteArray &outputTokens)
{
    return R"({"metrics": {"tokens_per_second": {"successful": {"mean": )" + tokPerS
        + R"(}}, "prompt_token_count": {"successful": {"total_sum": )" + promptTokens
        + R"(}}, "output_token_count": {"successful": {"total_sum": )" + outputTokens + "}}}}";
}

QByteArray guideLlmReport(const QByteArrayList &benchmarks)
{
    return R"({"benchmarks": [)" + benchmarks.join(", ") + "]}";
}

} // namespace

class TestBenchmarkImport : public QObject
{
    Q_OBJECT

private slots:
    void vllmResult_givesOneMixedRateAtItsMix()
    {
        const auto measured = loadVllmBenchmark(testData("vllm-result.json"));
        QVERIFY2(measured.ok(), qPrintable(measured.errorMessage()));
        // The file's own total_token_throughput; the mix 100000 / (99744 + 100000).
        QCOMPARE(measured->mixedTokPerS, 4843.81);
        QCOMPARE(measured->outputFraction, 100000.0 / 199744.0);
    }

    void withoutTotalThroughput_tokensOverDuration()
    {
        const auto measured = parseVllmBenchmark(
            R"({"total_input_tokens": 3000, "total_output_tokens": 1000, "duration": 2})");
        QVERIFY2(measured.ok(), qPrintable(measured.errorMessage()));
        QCOMPARE(measured->mixedTokPerS, 2000.0); // 4000 tokens in 2 s
        QCOMPARE(measured->outputFraction, 0.25);
    }

    void guideLlmSweep_givesTheSaturatingBenchmark()
    {
        const auto measured = loadBenchmark(testData("guidellm-report.json"));
        QVERIFY2(measured.ok(), qPrintable(measured.errorMessage()));
        // tokens_per_second.successful.mean of the three benchmarks: 793.1 (synchronous),
        // 7371.6 (throughput), 5990.2 (constant); the highest is the second. Its successful
        // requests' token totals give the mix 135000 / (307200 + 135000) = 135000 / 442200
        // = 0.30529, written 30.5%; 7371.6 rounds to 7,372.
        QCOMPARE(measured->mixedTokPerS, 7371.6);
        QCOMPARE(measured->outputFraction, 135000.0 / 442200.0);
        QCOMPARE(measured->description,
                 u"GuideLLM report, benchmark 2 of 3 (throughput), 7,372 tok/s at 30.5% output");
    }

    void guideLlm03Report_readsArgsStrategyAndPassesOverFailedBenchmarks()
    {
        // Before 0.4 the strategy is under args; the first benchmark had no successful request.
        const QByteArray json = R"({"benchmarks": [
            {"args": {"strategy": {"type_": "constant", "rate": 40}},
             "metrics": {"tokens_per_second": {"successful": {"mean": 0}},
                         "prompt_token_count": {"successful": {"total_sum": 0}},
                         "output_token_count": {"successful": {"total_sum": 0}}}},
            {"args": {"strategy": {"type_": "poisson", "rate": 4}},
             "metrics": {"tokens_per_second": {"successful": {"mean": 1000}},
                         "prompt_token_count": {"successful": {"total_sum": 3000}},
                         "output_token_count": {"successful": {"total_sum": 1000}}}}]})";
        const auto measured = parseGuideLlmReport(json);
        QVERIFY2(measured.ok(), qPrintable(measured.errorMessage()));
        QCOMPARE(measured->mixedTokPerS, 1000.0);
        QCOMPARE(measured->outputFraction, 0.25); // 1000 / (3000 + 1000)
        QCOMPARE(measured->description,
                 u"GuideLLM report, benchmark 2 of 2 (poisson), 1,000 tok/s at 25.0% output");
    }

    void eitherFormat_isToldApartByItsKeys()
    {
        const auto vllm = loadBenchmark(testData("vllm-result.json"));
        QVERIFY2(vllm.ok(), qPrintable(vllm.errorMessage()));
        QCOMPARE(vllm->mixedTokPerS, 4843.81);
        // 100000 / 199744 = 0.50064, written 50.1%; 4843.81 rounds to 4,844.
        QCOMPARE(vllm->description, u"vLLM serving benchmark, 4,844 tok/s at 50.1% output");

        const auto guideLlm
            = parseBenchmark(guideLlmReport({guideLlmBenchmark("45.5", "90", "10")}));
        QVERIFY2(guideLlm.ok(), qPrintable(guideLlm.errorMessage()));
        QCOMPARE(guideLlm->mixedTokPerS, 45.5);
        // Below 100 tok/s three significant digits; no strategy given, none named.
        QCOMPARE(guideLlm->description,
                 u"GuideLLM report, benchmark 1 of 1, 45.5 tok/s at 10.0% output");
    }

    void applying_setsTheRateAndWarnsAboutAnotherMix()
    {
        Scenario s = defaultScenario(); // 9.1% output tokens
        const MeasuredThroughput measured {4843.81, 0.5, {}};
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
        QTest::addRow("huge rate") << QByteArray(R"({"total_input_tokens": 10,
            "total_output_tokens": 5, "total_token_throughput": 1e300})")
                                   << "1e+300 tok/s, outside the range of selfhost.mixed_tok_per_s";
        QTest::addRow("instant run") << QByteArray(
            R"({"total_input_tokens": 10, "total_output_tokens": 5, "duration": 1e-320})")
                                     << "the duration is too short";
        QTest::addRow("huge totals")
            << QByteArray(R"({"total_input_tokens": 1e308, "total_output_tokens": 1e308,
            "total_token_throughput": 5})")
            << "too large to add";
    }

    void hostileResults_areRefusedClearly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto refused = parseVllmBenchmark(json);
        QVERIFY(!refused.ok());
        const QString error = refused.errorMessage();
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void hostileGuideLlmReports_areRefusedClearly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray good = guideLlmBenchmark("7000", "3000", "1000");
        QTest::addRow("binary") << QByteArray("\x00\xff\xfe{\x01", 5) << "not a benchmark result: ";
        QTest::addRow("neither format")
            << QByteArray(R"({"results": []})") << "or a GuideLLM report (benchmarks)";
        QTest::addRow("benchmarks not a list")
            << QByteArray(R"({"benchmarks": {"0": {}}})") << "benchmarks must be a list";
        QTest::addRow("no benchmarks")
            << guideLlmReport({}) << "the GuideLLM report has no benchmarks";
        QTest::addRow("benchmark not an object")
            << guideLlmReport({"42"}) << "benchmark 1 of 1: not a JSON object";
        QTest::addRow("no metrics")
            << guideLlmReport({R"({"config": {"strategy": {"type_": "throughput"}}})"})
            << "metrics.tokens_per_second.successful.mean is missing";
        QTest::addRow("metrics not an object")
            << guideLlmReport({R"({"metrics": [1, 2]})"})
            << "metrics.tokens_per_second.successful.mean is missing";
        QTest::addRow("no token counts")
            << guideLlmReport(
                   {R"({"metrics": {"tokens_per_second": {"successful": {"mean": 5}}}})"})
            << "metrics.prompt_token_count.successful.total_sum is missing";
        QTest::addRow("no successful requests")
            << guideLlmReport({guideLlmBenchmark("0", "0", "0"), guideLlmBenchmark("0", "0", "0")})
            << "no benchmark in the GuideLLM report has successful requests";
        QTest::addRow("negative rate") << guideLlmReport({guideLlmBenchmark("-5", "3000", "1000")})
                                       << "tokens_per_second.successful.mean is not a number >= 0";
        QTest::addRow("text rate")
            << guideLlmReport({guideLlmBenchmark(R"("7000")", "3000", "1000")})
            << "tokens_per_second.successful.mean is not a number >= 0";
        QTest::addRow("null total") << guideLlmReport({guideLlmBenchmark("7000", "3000", "null")})
                                    << "output_token_count.successful.total_sum is not a number";
        QTest::addRow("rate without output")
            << guideLlmReport({guideLlmBenchmark("7000", "3000", "0")})
            << "output_token_count.successful.total_sum is 0 while";
        QTest::addRow("huge rate") << guideLlmReport({guideLlmBenchmark("1e300", "3000", "1000")})
                                   << "1e+300 tok/s, outside the range of selfhost.mixed_tok_per_s";
        QTest::addRow("huge totals")
            << guideLlmReport({guideLlmBenchmark("7000", "1.7e308", "1.7e308")})
            << "too large to add";
        QTest::addRow("one bad benchmark among good ones")
            << guideLlmReport({good, guideLlmBenchmark("7000", "[]", "1000"), good})
            << "GuideLLM report, benchmark 2 of 3: metrics.prompt_token_count";
    }

    void hostileGuideLlmReports_areRefusedClearly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto refused = parseBenchmark(json);
        QVERIFY(!refused.ok());
        const QString error = refused.errorMessage();
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void strategyName_isShownOnlyWhenPlausible()
    {
        const QByteArray json = R"({"benchmarks": [{"config": {"strategy": {"type_": "a\nb %1"}},
            "metrics": {"tokens_per_second": {"successful": {"mean": 500}},
                        "prompt_token_count": {"successful": {"total_sum": 1}},
                        "output_token_count": {"successful": {"total_sum": 1}}}}]})";
        const auto measured = parseGuideLlmReport(json);
        QVERIFY2(measured.ok(), qPrintable(measured.errorMessage()));
        QCOMPARE(measured->description,
                 u"GuideLLM report, benchmark 1 of 1, 500 tok/s at 50.0% output");
    }
};

QTEST_GUILESS_MAIN(TestBenchmarkImport)
#include "tst_benchmarkimport.moc"
