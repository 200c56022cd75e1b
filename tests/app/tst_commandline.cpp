// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "costengine.h"
#include "scenariojson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;

namespace {

struct Run
{
    int status;
    QString out;
    QString err;
};

// --benchmark for each run of the hand-made vLLM sweep in tests/data/sweep.
QStringList sweepArguments()
{
    QStringList arguments;
    for (const char *name :
         {"vllm-concurrency-4.json", "vllm-concurrency-25.json", "vllm-concurrency-256.json"})
        arguments << QStringLiteral("--benchmark")
                  << QDir(QStringLiteral(PLANNER_TEST_DATA_DIR))
                         .filePath(QStringLiteral("sweep/") + QLatin1String(name));
    return arguments;
}

Run run(const QStringList &arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int status
        = runHeadless(parseCommandLine(QStringList {QStringLiteral("llm-breakeven")} + arguments),
                      outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {status, out, err};
}

// Two 15,000 Mtok/month copies of the default workload, "chat" and "search", in dir.
QString twoWorkloadsFile(const QTemporaryDir &dir)
{
    const QByteArray workload = R"("output_fraction": 0.09090909090909091,
        "profile": {"preset": "diurnal"}, "volume_mtok_per_month": 15000})";
    const QString path = dir.filePath(QStringLiteral("two.json"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(R"({"format_version": 1, "workloads": [{"name": "chat", )" + workload
                   + R"(, {"name": "search", )" + workload + "]}");
    return path;
}

QString example(const char *name)
{
    return QDir(QStringLiteral(PLANNER_EXAMPLES_DIR)).filePath(QLatin1String(name));
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void summary_printsEverySection8Key()
    {
        const Run r = run({QStringLiteral("--summary")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.err, QString());
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QStringList keys {"api_usd_per_month",
                                "selfhost_usd_per_month",
                                "hybrid_usd_per_month",
                                "selfhost_gpu_usd_per_month",
                                "selfhost_overhead_usd_per_month",
                                "api_usd_per_mtok",
                                "selfhost_usd_per_mtok",
                                "hybrid_usd_per_mtok",
                                "replica_capacity_mtok_per_hour",
                                "paid_replica_hours",
                                "peak_replicas",
                                "utilization",
                                "hybrid_replicas",
                                "hybrid_selfhost_share",
                                "breakeven_volume_mtok_per_month",
                                "first_crossover_mtok_per_month",
                                "breakeven_utilization",
                                "breakeven_gpu_usd_per_hour",
                                "payback_month",
                                "cheapest",
                                "serving_utilization",
                                "hybrid_payback_month",
                                "selfhost_capex_usd",
                                "breakeven_purchase_usd",
                                "breakeven_search_limit_mtok_per_month",
                                "selfhost_cheaper_from_month"};
        QCOMPARE(json.keys().size(), keys.size());
        for (const QString &key : keys)
            QVERIFY2(json.contains(key), qPrintable(key));
        // Default scenario: 30,000 Mtok at $0.88 on the API.
        QCOMPARE(json.value(u"api_usd_per_month").toDouble(), 30000 * 0.88);
    }

    void set_overridesBeforeEvaluation()
    {
        const Run r = run({QStringLiteral("--summary"), QStringLiteral("--set"),
                           QStringLiteral("volume_mtok_per_month=1000"), QStringLiteral("--set"),
                           QStringLiteral("input_usd_per_mtok=2"), QStringLiteral("--set"),
                           QStringLiteral("output_usd_per_mtok=2")});
        QCOMPARE(r.status, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(u"api_usd_per_month").toDouble(), 2000.0);
    }

    void set_profilePresetChangesTheVerdict()
    {
        const QString steadyFile = example("steady-traffic.llmbe.json");
        const Run steady = run({QStringLiteral("--summary"), steadyFile});
        const Run bursty = run({QStringLiteral("--summary"), steadyFile, QStringLiteral("--set"),
                                QStringLiteral("profile=daily-bursts")});
        QCOMPARE(steady.status, 0);
        QCOMPARE(bursty.status, 0);
        const auto cheapest = [](const Run &r) {
            return QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"cheapest").toString();
        };
        QCOMPARE(cheapest(steady), QStringLiteral("selfhost"));
        QCOMPARE(cheapest(bursty), QStringLiteral("api"));
    }

    void curves_writeCsv()
    {
        const Run r = run({QStringLiteral("--curves")});
        QCOMPARE(r.status, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("curve,series,x,y"));
        QCOMPARE(lines.filter(QStringLiteral("cost_vs_volume,api,")).size(), CurvePoints);
        QCOMPARE(lines.filter(QStringLiteral("week_split,selfhosted,")).size(), 168);
        QVERIFY(!lines.filter(QStringLiteral("hybrid_cost_vs_replicas,hybrid,")).isEmpty());
        QVERIFY(!r.out.contains(u"nan", Qt::CaseInsensitive)
                && !r.out.contains(u"inf", Qt::CaseInsensitive));
    }

    void badInput_exitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown key")
            << QStringList {"--summary", "--set", "colour=blue"} << "unknown key \"colour\"";
        QTest::addRow("out of range") << QStringList {"--summary", "--set", "gpus_per_replica=0"}
                                      << "selfhost.gpus_per_replica: GPUs per replica must be a "
                                         "whole number from 1 to 4096 GPUs "
                                         "(got 0)";
        QTest::addRow("missing file")
            << QStringList {"--summary", "/no/such/file.json"} << "/no/such/file.json";
        QTest::addRow("unknown option") << QStringList {"--summry"} << "Unknown option 'summry'";
        QTest::addRow("two files") << QStringList {"--summary", "a.json", "b.json"}
                                   << "expected at most 1 scenario FILE, got 2";
        QTest::addRow("both modes")
            << QStringList {"--summary", "--curves"} << "cannot be combined";
    }

    void badInput_exitsTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.status, 2);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }

    void hostileWorkloads_exitTwoNamingTheWorkloadAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        for (const HostileWorkloads &list : hostileWorkloadLists())
            QTest::addRow("%s", list.title) << list.json << QString::fromUtf8(list.message);
    }

    void hostileWorkloads_exitTwoNamingTheWorkloadAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workloads.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        const Run r = run({QStringLiteral("--summary"), path});
        QCOMPARE(r.status, 2);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // Two 15,000 Mtok/month copies of the default workload ("chat", "search"): $0.88/Mtok on
    // the API, 2 * 15,000 * 0.88 = 26,400.
    void summary_withWorkloads_printsThePooledKeysAndThePortfolio()
    {
        QTemporaryDir dir;
        const QString path = twoWorkloadsFile(dir);
        const Run r = run({QStringLiteral("--summary"), path});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.err, QString());
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(u"api_usd_per_month").toDouble(), 26400.0);
        QVERIFY(json.contains(u"breakeven_volume_mtok_per_month"));
        const QJsonObject portfolio = json.value(u"portfolio").toObject();
        QCOMPARE(
            portfolio.keys(),
            (QStringList {"api_usd_per_month", "plan_hybrid_replicas", "plan_option",
                          "plan_selfhosted", "plan_usd_per_month", "pooling_saving_usd_per_month",
                          "separate_usd_per_month", "workloads"}));
        QCOMPARE(portfolio.value(u"api_usd_per_month").toDouble(), 26400.0);
        const QJsonArray workloads = portfolio.value(u"workloads").toArray();
        QCOMPARE(workloads.size(), 2);
        QCOMPARE(workloads[0].toObject().keys(),
                 (QStringList {"alone_cheapest", "alone_usd_per_month", "api_usd_per_month",
                               "in_plan", "name"}));
        QCOMPARE(workloads[1].toObject().value(u"name").toString(), QStringLiteral("search"));
        const QString option = portfolio.value(u"plan_option").toString();
        QCOMPARE(portfolio.value(u"plan_hybrid_replicas").isNull(), option != u"hybrid");
        QCOMPARE(portfolio.value(u"pooling_saving_usd_per_month").toDouble(),
                 portfolio.value(u"separate_usd_per_month").toDouble()
                     - portfolio.value(u"plan_usd_per_month").toDouble());
        QVERIFY(!run({QStringLiteral("--summary")}).out.contains(u"portfolio"));
    }

    void set_addressesAWorkloadByName_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<double>("chatApiUsd");
        QTest::addColumn<bool>("chatSelfhostOk");
        // 20,000 * 0.88 = 17,600.
        QTest::addRow("volume") << "workloads.chat.volume_mtok_per_month=20000" << 17600.0 << true;
        // Input at $2, output at $0.88, output share 500 / 5500 = 1 / 11:
        // 15,000 * (10 / 11 * 2 + 1 / 11 * 0.88) = 15,000 * 20.88 / 11.
        QTest::addRow("its api") << "workloads.chat.api.input_usd_per_mtok=2" << 15000 * 20.88 / 11
                                 << true;
        QTest::addRow("may not be self-hosted")
            << "workloads.chat.selfhost_ok=false" << 13200.0 << false;
    }

    void set_addressesAWorkloadByName()
    {
        QFETCH(QString, assignment);
        QFETCH(double, chatApiUsd);
        QFETCH(bool, chatSelfhostOk);
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("--summary"), twoWorkloadsFile(dir),
                           QStringLiteral("--set"), assignment});
        QCOMPARE(r.status, 0);
        const QJsonObject portfolio
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"portfolio").toObject();
        const QJsonObject chat = portfolio.value(u"workloads").toArray()[0].toObject();
        QVERIFY(qFuzzyCompare(chat.value(u"api_usd_per_month").toDouble(), chatApiUsd));
        if (!chatSelfhostOk) {
            QVERIFY(!chat.value(u"in_plan").toBool());
            QCOMPARE(chat.value(u"alone_cheapest").toString(), QStringLiteral("api"));
        }
    }

    void set_badWorkloadKey_exitsTwoNamingIt_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown workload")
            << "workloads.chatt.volume_mtok_per_month=1"
            << "--set: no workload named in \"workloads.chatt.volume_mtok_per_month\" (its "
               "workloads are \"chat\", \"search\")";
        QTest::addRow("out of range") << "workloads.search.volume_mtok_per_month=-1"
                                      << "workloads[1] \"search\".volume_mtok_per_month: Volume must "
                                         "be above 0 Mtok/month (got -1)";
        QTest::addRow("unknown field")
            << "workloads.chat.colour=1"
            << "workloads[0] \"chat\".colour: not an input of a workload";
        QTest::addRow("unknown api key") << "workloads.chat.api.tier=1"
                                         << "workloads[0] \"chat\".api.tier: not an input";
        QTest::addRow("not a switch") << "workloads.chat.selfhost_ok=yes"
                                      << "workloads[0] \"chat\".selfhost_ok: \"yes\" is not "
                                         "true or false";
        QTest::addRow("unknown preset") << "workloads.chat.profile=weekends"
                                        << "workloads[0] \"chat\".profile: unknown preset";
    }

    void set_badWorkloadKey_exitsTwoNamingIt()
    {
        QFETCH(QString, assignment);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("--summary"), twoWorkloadsFile(dir),
                           QStringLiteral("--set"), assignment});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        const Run plain = run({QStringLiteral("--summary"), QStringLiteral("--set"), assignment});
        QCOMPARE(plain.status, 2);
    }

    void curves_withWorkloads_giveTheStackedWeek()
    {
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("--curves"), twoWorkloadsFile(dir)});
        QCOMPARE(r.status, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.filter(QStringLiteral("portfolio_week,busy:chat,")).size(), 168);
        QCOMPARE(lines.filter(QStringLiteral("portfolio_week,busy:search,")).size(), 168);
        QCOMPARE(lines.filter(QStringLiteral("portfolio_week,batch_in_valleys:chat,")).size(), 168);
        QCOMPARE(lines.filter(QStringLiteral("portfolio_week,capacity,")).size(), 168);
    }

    void malformedFile_namesLineAndColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"api\": {\"input_usd_per_mtok\": 1,}\n}\n");
        file.close();
        const Run r = run({QStringLiteral("--summary"), path});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(u"line 2, column"), qPrintable(r.err));
    }

    void unknownKeyInFile_warnsAndRuns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("extra.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format_version": 1, "api": {"tier": "gold"}})");
        file.close();
        const Run r = run({QStringLiteral("--summary"), path});
        QCOMPARE(r.status, 0);
        QVERIFY(r.err.contains(u"warning: ") && r.err.contains(u"api.tier"));
    }

    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        QVERIFY(help.out.contains(u"--summary") && help.out.contains(u"--set"));
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.status, 0);
        QVERIFY(version.out.startsWith(u"llm-breakeven " PLANNER_VERSION));
    }

    void uncertainty_printsTheAnalysisAsJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ranges.llmbe.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"selfhost": {"gpu_hourly_usd": {"low": 2, "mode": 2.95, "high": 4.5}}})");
        file.close();
        const Run r = run({QStringLiteral("--uncertainty"), path, QStringLiteral("--samples"),
                           QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(r.status, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.keys(),
                 (QStringList {"hybrid_savings_p10", "hybrid_savings_p50", "hybrid_savings_p90",
                               "p_hybrid_cheaper", "p_selfhost_cheaper", "samples", "savings_p10",
                               "savings_p50", "savings_p90", "seed"}));
        QCOMPARE(json.value(u"samples").toInt(), 2000);
        QCOMPARE(json.value(u"seed").toInt(), 5);
        // The same again, byte for byte.
        QCOMPARE(run({QStringLiteral("--uncertainty"), path, QStringLiteral("--samples"),
                      QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("5")})
                     .out,
                 r.out);
    }

    void sensitivity_printsTheTornadoAsJson()
    {
        const Run r = run({QStringLiteral("--sensitivity"), QStringLiteral("--percent"),
                           QStringLiteral("10"), QStringLiteral("--set"),
                           QStringLiteral("gpu_hourly_usd=3")});
        QCOMPARE(r.status, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(rows.size() > 10);
        const QJsonObject first = rows.first().toObject();
        QCOMPARE(first.keys(),
                 (QStringList {"high_value", "key", "low_value", "savings_high", "savings_low"}));
        for (const QJsonValue &row : rows) {
            if (row.toObject().value(u"key").toString() == u"gpu_hourly_usd") {
                QCOMPARE(row.toObject().value(u"low_value").toDouble(), 2.7);
                QCOMPARE(row.toObject().value(u"high_value").toDouble(), 3.3);
            }
        }
    }

    void analysisOptions_rejectBadValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("too few samples") << QStringList {"--uncertainty", "--samples", "5"}
                                         << "analysis.samples: Samples must be a whole number from "
                                            "100 to 1000000 samples (got 5)";
        QTest::addRow("fractional seed")
            << QStringList {"--uncertainty", "--seed", "1.5"}
            << "analysis.seed: Seed must be a whole number from 0 to 4294967295 (got 1.5)";
        QTest::addRow("percent zero") << QStringList {"--sensitivity", "--percent", "0"}
                                      << "--percent: \"0\" is not a number in (0, 100]";
        QTest::addRow("percent text")
            << QStringList {"--sensitivity", "--percent", "lots"} << "--percent";
    }

    void analysisOptions_rejectBadValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void prices_applyALiteLlmModelBeforeEvaluation()
    {
        const QString prices = QDir(QStringLiteral(PLANNER_TEST_DATA_DIR))
                                   .filePath(QStringLiteral("litellm-prices.json"));
        const Run r = run({QStringLiteral("--summary"), QStringLiteral("--prices"), prices,
                           QStringLiteral("--model"), QStringLiteral("gpt-4o"),
                           QStringLiteral("--set"), QStringLiteral("output_fraction=0.5")});
        QCOMPARE(r.status, 0);
        // Half input at $2.50, half output at $10: $6.25 per Mtok.
        QCOMPARE(
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"api_usd_per_mtok").toDouble(),
            6.25);

        const Run unknown = run({QStringLiteral("--summary"), QStringLiteral("--prices"), prices,
                                 QStringLiteral("--model"), QStringLiteral("gpt-4")});
        QCOMPARE(unknown.status, 2);
        QVERIFY2(unknown.err.contains(u"no model \"gpt-4\"")
                     && unknown.err.contains(u"the closest are: gpt-4o"),
                 qPrintable(unknown.err));
        QCOMPARE(run({QStringLiteral("--summary"), QStringLiteral("--prices"), prices}).status, 2);
    }

    void benchmark_usesTheMeasuredRateAndWarnsAboutTheMix()
    {
        const QString result = QDir(QStringLiteral(PLANNER_TEST_DATA_DIR))
                                   .filePath(QStringLiteral("vllm-result.json"));
        const Run r = run({QStringLiteral("--summary"), QStringLiteral("--benchmark"), result});
        QCOMPARE(r.status, 0);
        // K = 3600 x 4843.81 / 1e6 Mtok per replica-hour.
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(u"replica_capacity_mtok_per_hour")
                     .toDouble(),
                 3600 * 4843.81 / 1e6);
        QVERIFY2(r.err.contains(u"warning: ") && r.err.contains(u"measured at 50.1% output tokens"),
                 qPrintable(r.err));
        // At the measured mix, no warning.
        const Run same = run({QStringLiteral("--summary"), QStringLiteral("--benchmark"), result,
                              QStringLiteral("--set"), QStringLiteral("output_fraction=0.5")});
        QCOMPARE(same.status, 0);
        QCOMPARE(same.err, QString());
        // The GuideLLM sweep's saturating benchmark: 7371.6 tok/s (see tst_benchmarkimport).
        const Run guideLlm = run({QStringLiteral("--summary"), QStringLiteral("--benchmark"),
                                  QDir(QStringLiteral(PLANNER_TEST_DATA_DIR))
                                      .filePath(QStringLiteral("guidellm-report.json"))});
        QCOMPARE(guideLlm.status, 0);
        QCOMPARE(QJsonDocument::fromJson(guideLlm.out.toUtf8())
                     .object()
                     .value(u"replica_capacity_mtok_per_hour")
                     .toDouble(),
                 3600 * 7371.6 / 1e6);
        QCOMPARE(run({QStringLiteral("--summary"), QStringLiteral("--benchmark"),
                      QStringLiteral("/no/such.json")})
                     .status,
                 2);
    }

    void benchmarkSweep_usesTheBusiestRunThatMeetsTheTargets_data()
    {
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<double>("rate");
        QTest::addRow("met by the middle run")
            << QStringList {"--set", "selfhost.slo_ttft_ms=1500", "--set", "selfhost.slo_itl_ms=50"}
            << 6857.0;
        QTest::addRow("met by every run")
            << QStringList {"--set", "slo_ttft_ms=5000", "--set", "slo_itl_ms=100"} << 9878.0;
        QTest::addRow("no targets: the saturating run") << QStringList() << 9878.0;
        // An explicit rate still wins over the imported one.
        QTest::addRow("--set of the rate")
            << QStringList {"--set", "slo_itl_ms=30", "--set", "mixed_tok_per_s=1234"} << 1234.0;
    }

    void benchmarkSweep_usesTheBusiestRunThatMeetsTheTargets()
    {
        QFETCH(QStringList, targets);
        QFETCH(double, rate);
        const Run r = run(QStringList {QStringLiteral("--summary")} + sweepArguments() + targets);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.err, QString()); // measured at the default scenario's mix: no warning
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(u"replica_capacity_mtok_per_hour")
                     .toDouble(),
                 3600 * rate / 1e6);
    }

    void benchmarkSweep_unreachableTarget_exits2WithTheBestRunsLatencies()
    {
        const Run r = run(QStringList {QStringLiteral("--summary")} + sweepArguments()
                          + QStringList {"--set", "slo_ttft_ms=100", "--set", "slo_itl_ms=20"});
        QCOMPARE(r.status, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.contains(u"vllm-concurrency-4.json's: p95 TTFT 180 ms, p95 ITL 28.0 ms"),
                 qPrintable(r.err));
    }

    void benchmarkSweep_p99OnlyFile_warns()
    {
        const Run r = run({QStringLiteral("--summary"), QStringLiteral("--benchmark"),
                           QDir(QStringLiteral(PLANNER_TEST_DATA_DIR))
                               .filePath(QStringLiteral("sweep/vllm-p99-only.json")),
                           QStringLiteral("--set"), QStringLiteral("slo_ttft_ms=1500")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.contains(u"its p99 ones are used"), qPrintable(r.err));
    }

    void traffic_takesVolumeAndMixFromARequestLog()
    {
        const QDir data(QStringLiteral(PLANNER_TEST_DATA_DIR));
        // Only output tokens priced, at $1 per Mtok: the API bill is the output volume,
        // 10800 tokens x 730 / 336 hours / 1e6, and its price per Mtok is the output share,
        // 10800 / 38000 (see tst_trafficimport for the log's figures).
        const Run r = run({QStringLiteral("--summary"), QStringLiteral("--traffic"),
                           data.filePath(QStringLiteral("traffic-two-weeks.csv")),
                           QStringLiteral("--set"), QStringLiteral("input_usd_per_mtok=0"),
                           QStringLiteral("--set"), QStringLiteral("output_usd_per_mtok=1"),
                           QStringLiteral("--set"), QStringLiteral("cached_input_fraction=0"),
                           QStringLiteral("--set"), QStringLiteral("batch_fraction=0")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.err, QString());
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(qFuzzyCompare(summary.value(u"api_usd_per_month").toDouble(),
                              10800 * 730 / 336.0 / 1e6));
        QVERIFY(qFuzzyCompare(summary.value(u"api_usd_per_mtok").toDouble(), 10800 / 38000.0));

        const Run skipped = run({QStringLiteral("--summary"), QStringLiteral("--traffic"),
                                 data.filePath(QStringLiteral("traffic-requests.csv"))});
        QCOMPARE(skipped.status, 0);
        QVERIFY2(skipped.err.contains(u"warning: ") && skipped.err.contains(u"line 5"),
                 qPrintable(skipped.err));

        const Run refused = run({QStringLiteral("--summary"), QStringLiteral("--traffic"),
                                 data.filePath(QStringLiteral("vllm-result.json"))});
        QCOMPARE(refused.status, 2);
        QVERIFY2(refused.err.contains(u"vllm-result.json: the first line must be a header"),
                 qPrintable(refused.err));
    }

    void examples_giveTheirIntendedVerdicts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("cheapest");
        QTest::addRow("steady") << example("steady-traffic.llmbe.json") << "selfhost";
        QTest::addRow("daily bursts") << example("daily-bursts.llmbe.json") << "api";
        QTest::addRow("day and night") << example("day-night-hybrid.llmbe.json") << "hybrid";
        QTest::addRow("early stage") << example("early-stage.llmbe.json") << "api";
        QTest::addRow("three teams, pooled") << example("three-teams.llmbe.json") << "selfhost";
    }

    void examples_giveTheirIntendedVerdicts()
    {
        QFETCH(QString, file);
        QFETCH(QString, cheapest);
        const Run r = run({QStringLiteral("--summary"), file});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"cheapest").toString(),
                 cheapest);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
