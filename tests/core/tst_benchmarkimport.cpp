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

QStringList vllmSweep()
{
    return {testData("sweep/vllm-concurrency-4.json"), testData("sweep/vllm-concurrency-25.json"),
            testData("sweep/vllm-concurrency-256.json")};
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

    // Three vLLM runs of one sweep (tests/data/sweep): 2,403 tok/s at p95 TTFT 180 ms and ITL
    // 28 ms, 6,857 at 900 and 45, 9,878 at 4,200 and 95.
    void sweepTargets_chooseTheBusiestRunThatMeetsThem_data()
    {
        QTest::addColumn<double>("ttftMs");
        QTest::addColumn<double>("itlMs");
        QTest::addColumn<double>("rate");
        QTest::addRow("met by the middle run") << 1500.0 << 50.0 << 6857.0;
        QTest::addRow("met by every run") << 5000.0 << 100.0 << 9878.0;
        QTest::addRow("no target: the saturating run") << 0.0 << 0.0 << 9878.0;
        QTest::addRow("TTFT only") << 1000.0 << 0.0 << 6857.0;
        QTest::addRow("ITL only") << 0.0 << 30.0 << 2403.0;
        QTest::addRow("exactly at the targets") << 900.0 << 45.0 << 6857.0;
    }

    void sweepTargets_chooseTheBusiestRunThatMeetsThem()
    {
        QFETCH(double, ttftMs);
        QFETCH(double, itlMs);
        QFETCH(double, rate);
        const auto sweep = loadSweep(vllmSweep());
        QVERIFY2(sweep.ok(), qPrintable(sweep.errorMessage()));
        QCOMPARE(sweep->size(), 3);
        QVERIFY(sweep.warnings.isEmpty());
        const auto chosen = chooseSweepRun(*sweep, {ttftMs, itlMs});
        QVERIFY2(chosen.ok(), qPrintable(chosen.errorMessage()));
        QCOMPARE(sweep->at(*chosen).throughput.mixedTokPerS, rate);
        QVERIFY(meetsTargets(sweep->at(*chosen), {ttftMs, itlMs}));
    }

    void sweepTargets_metByNoRun_nameTheRunWithTheLowestLatencies()
    {
        const auto sweep = loadSweep(vllmSweep());
        QVERIFY2(sweep.ok(), qPrintable(sweep.errorMessage()));
        const auto chosen = chooseSweepRun(*sweep, {100, 20});
        QVERIFY(!chosen.ok());
        QCOMPARE(chosen.errorMessage(),
                 u"no benchmark run meets p95 TTFT <= 100 ms and p95 ITL <= 20.0 ms; the lowest "
                 "latencies are vllm-concurrency-4.json's: p95 TTFT 180 ms, p95 ITL 28.0 ms");
    }

    void chosenRun_isDescribedWithItsFileAndLatencies()
    {
        const auto sweep = loadSweep(vllmSweep());
        QVERIFY2(sweep.ok(), qPrintable(sweep.errorMessage()));
        QCOMPARE(chosenThroughput(*sweep, 1, {1500, 50}).description,
                 u"vllm-concurrency-25.json: vLLM serving benchmark, 6,857 tok/s at 9.1% output, "
                 "p95 TTFT 900 ms, p95 ITL 45.0 ms; the busiest of 3 runs meeting p95 TTFT <= "
                 "1,500 ms and p95 ITL <= 50.0 ms, in vllm-concurrency-4.json, "
                 "vllm-concurrency-25.json, vllm-concurrency-256.json");
        QCOMPARE(chosenThroughput(sweep->mid(1, 1), 0, {}).description,
                 u"vllm-concurrency-25.json: vLLM serving benchmark, 6,857 tok/s at 9.1% output, "
                 "p95 TTFT 900 ms, p95 ITL 45.0 ms");
    }

    void p99OnlyFile_fallsBackToItsP99AndSaysSo()
    {
        const auto sweep = loadSweep({testData("sweep/vllm-p99-only.json")});
        QVERIFY2(sweep.ok(), qPrintable(sweep.errorMessage()));
        QCOMPARE(sweep.warnings.size(), 1);
        QVERIFY2(sweep.warnings.first().contains(u"its p99 ones are used"),
                 qPrintable(sweep.warnings.first()));
        QVERIFY(sweep->first().fromP99);
        QCOMPARE(sweep->first().ttftMs, 1200.0);
        QCOMPARE(sweep->first().itlMs, 40.0);
        const auto met = chooseSweepRun(*sweep, {1250, 45});
        QVERIFY2(met.ok(), qPrintable(met.errorMessage()));
        const auto missed = chooseSweepRun(*sweep, {1100, 45});
        QVERIFY2(missed.errorMessage().endsWith(u"p99 TTFT 1,200 ms, p99 ITL 40.0 ms"),
                 qPrintable(missed.errorMessage()));
    }

    // Four benchmarks with percentile distributions: 900 tok/s at p95 TTFT 150 ms and ITL 22 ms,
    // 4,100 at 600 and 35, 7,200 at 1,400 and 48, 9,500 at 5,200 and 110.
    void guideLlmSweep_readsItsPercentiles_data()
    {
        QTest::addColumn<double>("ttftMs");
        QTest::addColumn<double>("itlMs");
        QTest::addColumn<double>("rate");
        QTest::addColumn<QString>("name");
        QTest::addRow("middle") << 1500.0 << 50.0 << 7200.0
                                << "guidellm-sweep.json, benchmark 3 of 4";
        QTest::addRow("strict") << 500.0 << 30.0 << 900.0
                                << "guidellm-sweep.json, benchmark 1 of 4";
        QTest::addRow("none") << 0.0 << 0.0 << 9500.0 << "guidellm-sweep.json, benchmark 4 of 4";
    }

    void guideLlmSweep_readsItsPercentiles()
    {
        QFETCH(double, ttftMs);
        QFETCH(double, itlMs);
        QFETCH(double, rate);
        QFETCH(QString, name);
        const auto sweep = loadSweep({testData("sweep/guidellm-sweep.json")});
        QVERIFY2(sweep.ok(), qPrintable(sweep.errorMessage()));
        QCOMPARE(sweep->size(), 4);
        const auto chosen = chooseSweepRun(*sweep, {ttftMs, itlMs});
        QVERIFY2(chosen.ok(), qPrintable(chosen.errorMessage()));
        QCOMPARE(sweep->at(*chosen).throughput.mixedTokPerS, rate);
        QCOMPARE(sweep->at(*chosen).name, name);
    }

    void hostileSweepFiles_areRefusedClearly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray run = R"({"total_input_tokens": 10, "total_output_tokens": 5, )";
        QTest::addRow("negative latency")
            << run + R"("duration": 1, "p95_ttft_ms": -3, "p95_itl_ms": 20})"
            << "p95_ttft_ms is not a number >= 0";
        QTest::addRow("latency as text")
            << run + R"("duration": 1, "p95_ttft_ms": 30, "p95_itl_ms": "20"})"
            << "p95_itl_ms is not a number >= 0";
        QTest::addRow("zero duration")
            << run + R"("duration": 0, "total_token_throughput": 15, "p95_ttft_ms": 1})"
            << "duration is not a number above 0";
        QTest::addRow("GuideLLM negative percentile")
            << guideLlmReport({R"({"metrics": {"tokens_per_second": {"successful": {"mean": 9}},
                "prompt_token_count": {"successful": {"total_sum": 3}},
                "output_token_count": {"successful": {"total_sum": 1}},
                "inter_token_latency_ms": {"successful": {"percentiles": {"p95": -1}}}}})"})
            << "metrics.inter_token_latency_ms.successful.percentiles.p95 is not a number >= 0";
        QTest::addRow("GuideLLM zero duration")
            << guideLlmReport({R"({"duration": 0, "metrics": {
                "tokens_per_second": {"successful": {"mean": 9}},
                "prompt_token_count": {"successful": {"total_sum": 3}},
                "output_token_count": {"successful": {"total_sum": 1}}}})"})
            << "benchmark 1 of 1: duration is not a number above 0";
    }

    void hostileSweepFiles_areRefusedClearly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto refused = parseSweepRuns(json, QStringLiteral("run.json"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(message), qPrintable(refused.errorMessage()));
    }

    void missingPercentile_failsOnlyWhenATargetNeedsIt()
    {
        const auto sweep = parseSweepRuns(
            R"({"total_input_tokens": 10, "total_output_tokens": 5, "duration": 1,
                "p95_ttft_ms": 30})",
            QStringLiteral("run.json"));
        QVERIFY2(sweep.ok(), qPrintable(sweep.errorMessage()));
        QVERIFY(chooseSweepRun(*sweep, {0, 0}).ok());
        QVERIFY(chooseSweepRun(*sweep, {50, 0}).ok());
        const auto chosen = chooseSweepRun(*sweep, {50, 40});
        QCOMPARE(chosen.errorMessage(),
                 u"run.json has no p95 or p99 ITL, which the latency target needs");
    }
};

QTEST_GUILESS_MAIN(TestBenchmarkImport)
#include "tst_benchmarkimport.moc"
