// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The PDF report, checked the way a reader would: through poppler's pdfinfo, pdftotext and
// pdfimages.
#include "commandline.h"
#include "costengine.h"
#include "figures.h"
#include "format.h"
#include "ownedgpu.h"
#include "portfolio.h"
#include "portfoliotext.h"
#include "scenariofile.h"
#include "trafficprofiles.h"
#include "windowlauncher.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;

namespace {

QString example(const char *name)
{
    return QDir(QStringLiteral(PLANNER_EXAMPLES_DIR)).filePath(QLatin1String(name));
}

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>")
            .arg(program, QString::fromLocal8Bit(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(runTool(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

QString text(const QString &pdf)
{
    // pdftotext wraps long table cells; joined with single spaces, figures read as printed.
    // NFKC unfolds typographic ligatures ("ﬃ" in "traffic") as a PDF viewer's search does.
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

int report(const QStringList &arguments, QString *err = nullptr)
{
    QString out;
    QString errors;
    QTextStream outStream(&out);
    QTextStream errStream(&errors);
    const int status = runHeadless(
        parseCommandLine(QStringList {QStringLiteral("llm-breakeven"), QStringLiteral("--report")}
                         + arguments),
        outStream, errStream);
    errStream.flush();
    if (err)
        *err = errors;
    return status;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        describeApplication();
        QVERIFY(m_dir.isValid());
    }

    void singleScenario_hasEveryPageAndTheFiguresAsTheAppShowsThem()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("default.pdf"));
        QCOMPARE(report({QStringLiteral("--output"), pdf, QStringLiteral("--page-size"),
                         QStringLiteral("A4")}),
                 0);
        // Summary, five charts, the horizon and uncertainty page, inputs and bills (two pages),
        // appendix.
        QCOMPARE(pageCount(pdf), 10);
        QVERIFY(
            runTool(QStringLiteral("pdfinfo"), {pdf}).contains(u"842 x 595 pts (A4)")); // landscape
        const QString body = text(pdf);
        const Scenario scenario = defaultScenario();
        QVERIFY(body.contains(scenario.name));
        for (const ShownFigure &figure : keyFigures(scenario, evaluate(scenario)))
            QVERIFY2(body.contains(figure.caption + u' ' + figure.value),
                     qPrintable(figure.caption + QStringLiteral(": ") + figure.value));
        QVERIFY(body.contains(verdictSentence(scenario, evaluate(scenario)).left(60)));
        QVERIFY(body.contains(u"Page 10 of 10")
                && body.contains(u"LLM Breakeven Planner " PLANNER_VERSION));
        for (const char *section :
             {"Monthly cost against volume", "Cost per Mtok against GPU utilization",
              "The hybrid's week", "Hybrid cost against baseline replicas", "Where the money goes",
              "Cumulative cost over the planning horizon", "Which input moves the savings most",
              "Inputs", "Itemised monthly bills", "Appendix"})
            QVERIFY2(body.contains(QLatin1String(section)), section);
        // Every chart is vector: text stays text, no raster image anywhere.
        const QStringList images
            = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                  .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2); // the two header lines of an empty list
        QVERIFY(body.contains(u"USD/month") && body.contains(u"Volume (Mtok per month)"));
    }

    void presetSources_appearWithTheirDates()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("sources.pdf"));
        QCOMPARE(report({QStringLiteral("--output"), pdf}), 0);
        const QString body = text(pdf);
        QVERIFY(body.contains(u"together/llama-3.3-70b-instruct-turbo"));
        QVERIFY(body.contains(u"as of 2026-07-24"));
        QVERIFY(body.contains(u"Market median"));
    }

    void benchmarkSweep_statesTheTargetsTheChosenRunAndItsFiles()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("sweep.pdf"));
        QStringList arguments {QStringLiteral("--output"), pdf};
        const QDir sweep(QStringLiteral(PLANNER_TEST_DATA_DIR "/sweep"));
        for (const char *name :
             {"vllm-concurrency-4.json", "vllm-concurrency-25.json", "vllm-concurrency-256.json"})
            arguments << QStringLiteral("--benchmark") << sweep.filePath(QLatin1String(name));
        arguments << QStringLiteral("--set") << QStringLiteral("slo_ttft_ms=1500")
                  << QStringLiteral("--set") << QStringLiteral("slo_itl_ms=50");
        QCOMPARE(report(arguments), 0);
        const QString body = text(pdf);
        QVERIFY(body.contains(u"TTFT target (p95)"));
        QVERIFY(body.contains(u"ITL target (p95)"));
        QVERIFY(body.contains(u"Measured mixed rate: vllm-concurrency-25.json"));
        QVERIFY(body.contains(u"p95 TTFT 900 ms"));
        QVERIFY(body.contains(u"vllm-concurrency-4.json"));
        QVERIFY(body.contains(u"vllm-concurrency-256.json"));
    }

    void analysisPage_statesSamplesSeedAndRanges()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("ranges.pdf"));
        QCOMPARE(report({example("day-night-hybrid.llmbe.json"), QStringLiteral("--output"), pdf}),
                 0);
        const QString body = text(pdf);
        QVERIFY2(body.contains(u"10,000 samples with seed 1 from triangular ranges"),
                 qPrintable(body.left(200)));
        QVERIFY(body.contains(u"gpu price 2 / 2.95 / 4.5"));
        QVERIFY(
            body.contains(u"Monthly savings of self-hosting and of the hybrid across outcomes"));
    }

    void defaultNotes_leftOutOnceTheirInputsChange()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("changed.pdf"));
        QCOMPARE(report({QStringLiteral("--output"), pdf, QStringLiteral("--set"),
                         QStringLiteral("gpu_hourly_usd=3.78")}),
                 0);
        const QString body = text(pdf);
        QVERIFY(!body.contains(u"$2.95/GPU-h"));
        QVERIFY(body.contains(u"notes are left out"));
        QVERIFY(body.contains(u"$3.78/h"));
    }

    void inputsTable_showsPercentagesAndRanges()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("inputs.pdf"));
        QCOMPARE(report({example("day-night-hybrid.llmbe.json"), QStringLiteral("--output"), pdf}),
                 0);
        const QString body = text(pdf);
        QVERIFY2(body.contains(u"9.1%"), "the output share in percent, as the window shows it");
        QVERIFY(!body.contains(u"0.0909"));
        QVERIFY(body.contains(u"2.95 (range 2–4.5)"));
        QVERIFY(body.contains(u"Serving utilization (spares aside)"));
        QVERIFY(body.contains(u"Busy share of all paid time (incl. spares)"));
        QCOMPARE(body.count(u"The API covers failures"), 1); // each switch once
    }

    void letterPageSize_isHonoured()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
        QCOMPARE(report({QStringLiteral("--output"), pdf, QStringLiteral("--page-size"),
                         QStringLiteral("Letter")}),
                 0);
        QVERIFY(runTool(QStringLiteral("pdfinfo"), {pdf}).contains(u"792 x 612 pts (letter)"));
    }

    void comparison_listsBothScenarios()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("compare.pdf"));
        QCOMPARE(report({example("steady-traffic.llmbe.json"), example("daily-bursts.llmbe.json"),
                         QStringLiteral("--output"), pdf, QStringLiteral("--page-size"),
                         QStringLiteral("A4")}),
                 0);
        // The comparison table and chart, then each scenario's own report.
        int singles = 0;
        for (const char *name : {"steady-traffic.llmbe.json", "daily-bursts.llmbe.json"}) {
            const QString single = m_dir.filePath(QLatin1String(name) + QStringLiteral(".pdf"));
            QCOMPARE(report({example(name), QStringLiteral("--output"), single,
                             QStringLiteral("--page-size"), QStringLiteral("A4")}),
                     0);
            singles += pageCount(single);
        }
        QCOMPARE(pageCount(pdf), 2 + singles);
        const QString body = text(pdf);
        const Scenario steady = *loadScenarioFile(example("steady-traffic.llmbe.json"));
        const Scenario bursty = *loadScenarioFile(example("daily-bursts.llmbe.json"));
        QVERIFY(body.contains(u"Scenario comparison"));
        QVERIFY(body.contains(steady.name) && body.contains(bursty.name));
        QVERIFY(body.contains(u"Cheapest option Self-host API"));
        // Every figure on its own basis, and a breakeven beyond the search in words.
        for (const FigureCaption &figure : comparedFigures())
            QVERIFY2(body.contains(figure.caption + u' '
                                   + figureValue(figure.figure, summarize(steady)) + u' '
                                   + figureValue(figure.figure, summarize(bursty))),
                     qPrintable(figure.caption));
        QVERIFY(body.contains(u"Breakeven volume 24.3 k Mtok/month none up to 30.0 M Mtok/month"));
    }

    void ownedGpus_reportThePurchaseAndThePaybackInCash()
    {
        Scenario scenario = defaultScenario();
        applyOwnedGpu(scenario, OwnedGpu {36500, 50, 0.8, 1.5, 0.10, 146});
        const QString file = m_dir.filePath(QStringLiteral("owned.llmbe.json"));
        QVERIFY(saveScenarioFile(scenario, file).ok());
        const QString pdf = m_dir.filePath(QStringLiteral("owned.pdf"));
        QCOMPARE(report({file, QStringLiteral("--output"), pdf}), 0);
        const QString body = text(pdf);
        const Summary summary = summarize(scenario);
        QVERIFY(body.contains(QStringLiteral("Purchase (owned GPUs) ")
                              + format::money(*summary.selfhostCapexUsd)));
        QVERIFY(body.contains(QStringLiteral("Breakeven purchase per GPU ")
                              + format::money(*summary.breakevenPurchaseUsd)));
        QVERIFY(!body.contains(u"Breakeven GPU price"));
        QVERIFY(body.contains(u"Payback in cash"));
        QVERIFY(body.contains(u"Cumulative cost in cash over the planning horizon"));
    }

    void workloads_addTheirPageAndTheirPlanToComparisons()
    {
        Scenario teams = defaultScenario();
        teams.name = QStringLiteral("Two teams");
        teams.workloads
            = {{QStringLiteral("chat"), 15000, 0.1, *trafficPreset(u"diurnal"), {}, true},
               {QStringLiteral("search"), 15000, 0.1, *trafficPreset(u"diurnal"), {}, true}};
        const QString file = m_dir.filePath(QStringLiteral("teams.llmbe.json"));
        QVERIFY(saveScenarioFile(teams, file).ok());
        const QString pdf = m_dir.filePath(QStringLiteral("teams.pdf"));
        QCOMPARE(report({file, QStringLiteral("--output"), pdf}), 0);
        QCOMPARE(pageCount(pdf), 11); // the ten pages of one workload and the Workloads page
        const QString body = text(pdf);
        const Portfolio plan = planPortfolio(teams);
        QVERIFY2(body.contains(planSentence(plan).left(50)), qPrintable(planSentence(plan)));
        QVERIFY(body.contains(u"Two teams: the plan for its 2 workloads."));
        // Each workload's own inputs, then the window's table.
        QVERIFY(body.contains(QStringLiteral("chat 15.0 k Mtok/month 10% diurnal shared ")
                              + format::money(plan.workloads[0].apiUsdPerMonth)));
        QVERIFY(body.contains(u"Busy replicas"));
        // The API bill is each workload's, on its own API, adding up to the pool's.
        for (const WorkloadVerdict &w : plan.workloads)
            QVERIFY2(body.contains(w.name + QStringLiteral(" 15,000 Mtok ")
                                   + format::unitPrice(w.apiUsdPerMonth / 15000) + u' '
                                   + format::money(w.apiUsdPerMonth)),
                     qPrintable(w.name));
        QVERIFY(!body.contains(u" 1 replicas"));

        const QString compared = m_dir.filePath(QStringLiteral("teams-compared.pdf"));
        QCOMPARE(report({example("steady-traffic.llmbe.json"), file, QStringLiteral("--output"),
                         compared}),
                 0);
        QVERIFY(text(compared).contains(QStringLiteral("Workloads: the plan single workload ")
                                        + planCell(plan)));
    }

    void workloadsPage_namesInputsByTheirLabels()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("three-teams.pdf"));
        QCOMPARE(report({example("three-teams.llmbe.json"), QStringLiteral("--output"), pdf}), 0);
        const QString body = text(pdf);
        for (const char *internal :
             {"batch_fills_valleys", "selfhost_ok", "_usd_per_mtok", "batch_fraction", "api group"})
            QVERIFY2(!body.contains(QLatin1String(internal)), internal);
        QVERIFY(body.contains(u"API input price $0.40/Mtok"));
        QVERIFY(body.contains(u"Batch share 100%"));
    }

    void unwritablePath_failsClearlyAndLeavesNoFile()
    {
        QString err;
        const QString pdf = QStringLiteral("/nonexistent/dir/report.pdf");
        QCOMPARE(report({QStringLiteral("--output"), pdf}, &err), 2);
        QVERIFY2(err.contains(pdf), qPrintable(err));
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(report({}, &err), 2);
        QVERIFY(err.contains(u"--report needs --output"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
