// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "benchmarkimport.h"
#include "costengine.h"
#include "priceimport.h"
#include "report/reportwriter.h"
#include "resultformat.h"
#include "scenariofields.h"
#include "scenariofile.h"
#include "trafficimport.h"
#include "uncertainty.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace planner {

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "LLM Breakeven Planner: when does self-hosting an open LLM on GPUs beat paying per token "
        "for a hosted API, and when is a hybrid best?"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption summary(QStringLiteral("summary"),
                                     QStringLiteral("Print the summary of FILE (or of the default "
                                                    "scenario) as one JSON object."));
    const QCommandLineOption curves(
        QStringLiteral("curves"),
        QStringLiteral("Write the curve data of FILE (or of the default "
                       "scenario) as CSV: curve,series,x,y."));
    const QCommandLineOption set(
        QStringLiteral("set"),
        QStringLiteral("Override an input by its file key before evaluation, "
                       "e.g. --set gpu_hourly_usd=2.5 or "
                       "--set profile=daily-bursts. Repeatable."),
        QStringLiteral("KEY=VALUE"));
    const QCommandLineOption report(
        QStringLiteral("report"),
        QStringLiteral("Write a PDF report of FILE (or of the default scenario) to --output; "
                       "two to four FILEs give a comparison."));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("The PDF that --report writes."),
                                    QStringLiteral("OUT.pdf"));
    const QCommandLineOption pageSize(
        QStringLiteral("page-size"),
        QStringLiteral("A4 or Letter for --report (default: the locale's)."),
        QStringLiteral("SIZE"));
    const QCommandLineOption uncertainty(
        QStringLiteral("uncertainty"),
        QStringLiteral("Print the Monte Carlo analysis of FILE's ranges as JSON."));
    const QCommandLineOption samples(
        QStringLiteral("samples"),
        QStringLiteral("Monte Carlo samples (default: the scenario's analysis.samples)."),
        QStringLiteral("N"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QStringLiteral("Monte Carlo seed (default: the scenario's analysis.seed)."),
        QStringLiteral("S"));
    const QCommandLineOption sensitivity(
        QStringLiteral("sensitivity"),
        QStringLiteral("Print each input's effect on monthly savings at -P% and +P% "
                       "as a JSON array, largest swing first."));
    const QCommandLineOption percent(
        QStringLiteral("percent"),
        QStringLiteral("How far --sensitivity moves each input (default 20)."),
        QStringLiteral("P"));
    const QCommandLineOption prices(
        QStringLiteral("prices"),
        QStringLiteral("Apply API prices from LiteLLM's model_prices_and_context_window.json "
                       "(with --model) before evaluation."),
        QStringLiteral("FILE"));
    const QCommandLineOption model(QStringLiteral("model"),
                                   QStringLiteral("The model of --prices whose prices to use."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption benchmark(
        QStringLiteral("benchmark"),
        QStringLiteral("Use the measured rate of a vLLM serving benchmark result or a GuideLLM "
                       "report (JSON) before evaluation; warns when it was measured at another "
                       "mix."),
        QStringLiteral("FILE"));
    const QCommandLineOption traffic(
        QStringLiteral("traffic"),
        QStringLiteral("Take the volume, the week's shape and the output fraction from a request "
                       "log (CSV: timestamp and tokens, or input_tokens and output_tokens) before "
                       "evaluation."),
        QStringLiteral("FILE.csv"));
    parser.addOptions({summary, curves, report, uncertainty, sensitivity, output, pageSize, samples,
                       seed, percent, prices, model, benchmark, traffic, set});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A scenario file (JSON, format_version 1)."),
                                 QStringLiteral("[FILE...]"));

    CommandLine result;
    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.files = parser.positionalArguments();
    result.overrides = parser.values(set);
    // --samples and --seed are the analysis fields, set like any other input.
    if (parser.isSet(samples))
        result.overrides << QStringLiteral("samples=") + parser.value(samples);
    if (parser.isSet(seed))
        result.overrides << QStringLiteral("seed=") + parser.value(seed);
    result.output = parser.value(output);
    result.pricesFile = parser.value(prices);
    result.priceModel = parser.value(model);
    result.benchmarkFile = parser.value(benchmark);
    result.trafficFile = parser.value(traffic);
    if (parser.isSet(prices) != parser.isSet(model)) {
        result.error = QStringLiteral("--prices FILE and --model NAME go together");
        return result;
    }
    result.pageSize = parser.value(pageSize);
    if (parser.isSet(help))
        result.mode = CommandLine::Mode::Help;
    else if (parser.isSet(version))
        result.mode = CommandLine::Mode::Version;
    else if (int(parser.isSet(summary)) + int(parser.isSet(curves)) + int(parser.isSet(report))
                 + int(parser.isSet(uncertainty)) + int(parser.isSet(sensitivity))
             > 1)
        result.error = QStringLiteral(
            "--summary, --curves, --report, --uncertainty and --sensitivity cannot be combined");
    else if (parser.isSet(summary))
        result.mode = CommandLine::Mode::Summary;
    else if (parser.isSet(curves))
        result.mode = CommandLine::Mode::Curves;
    else if (parser.isSet(report))
        result.mode = CommandLine::Mode::Report;
    else if (parser.isSet(uncertainty))
        result.mode = CommandLine::Mode::Uncertainty;
    else if (parser.isSet(sensitivity))
        result.mode = CommandLine::Mode::Sensitivity;
    if (parser.isSet(percent)) {
        bool ok = false;
        result.percent = QLocale::c().toDouble(parser.value(percent), &ok);
        if (!ok || !(result.percent > 0 && result.percent <= 100))
            result.error = QStringLiteral("--percent: \"%1\" is not a number in (0, 100]")
                               .arg(parser.value(percent));
    }
    if (!result.error.isEmpty())
        return result;
    const qsizetype maxFiles = result.mode == CommandLine::Mode::Report ? 4 : 1;
    if (result.files.size() > maxFiles)
        result.error = QStringLiteral("expected at most %1 scenario FILE%2, got %3")
                           .arg(maxFiles)
                           .arg(maxFiles > 1 ? QStringLiteral("s") : QString())
                           .arg(result.files.size());
    else if (result.mode == CommandLine::Mode::Report && result.output.isEmpty())
        result.error = QStringLiteral("--report needs --output OUT.pdf");
    else if (!result.pageSize.isEmpty() && result.pageSize.compare(u"A4", Qt::CaseInsensitive) != 0
             && result.pageSize.compare(u"Letter", Qt::CaseInsensitive) != 0)
        result.error
            = QStringLiteral("--page-size: \"%1\" is not A4 or Letter").arg(result.pageSize);
    return result;
}

bool isHeadless(const CommandLine &commandLine)
{
    return commandLine.mode != CommandLine::Mode::Window || !commandLine.error.isEmpty();
}

bool needsPainting(const CommandLine &commandLine)
{
    return commandLine.mode == CommandLine::Mode::Report && commandLine.error.isEmpty();
}

QList<Scenario> scenariosFromCommandLine(const CommandLine &commandLine, QString *error,
                                         QStringList *warnings)
{
    QList<Scenario> scenarios;
    if (commandLine.files.isEmpty())
        scenarios << defaultScenario();
    for (const QString &path : commandLine.files) {
        const ScenarioLoad load = loadScenarioFile(path);
        if (warnings) {
            for (const QString &warning : load.warnings)
                *warnings << QStringLiteral("%1: %2").arg(path, warning);
        }
        if (!load.scenario) {
            *error = QStringLiteral("%1: %2").arg(path, load.errorMessage());
            return {};
        }
        scenarios << *load.scenario;
    }
    if (!commandLine.pricesFile.isEmpty()) {
        const PriceList list = loadLiteLlmPrices(commandLine.pricesFile);
        if (!list.error.isEmpty()) {
            *error = list.error;
            return {};
        }
        const ImportedPrice *price = findPrice(list, commandLine.priceModel);
        if (!price) {
            *error
                = QStringLiteral("--model: no model \"%1\" in %2; the closest are: %3")
                      .arg(commandLine.priceModel, commandLine.pricesFile,
                           closestModels(list, commandLine.priceModel).join(QStringLiteral(", ")));
            return {};
        }
        for (Scenario &scenario : scenarios)
            applyImportedPrice(scenario, *price);
    }
    if (!commandLine.trafficFile.isEmpty()) {
        const std::optional<TrafficSummary> traffic
            = loadTrafficCsv(commandLine.trafficFile, error);
        if (!traffic)
            return {};
        for (Scenario &scenario : scenarios)
            applyTraffic(scenario, *traffic);
        if (warnings) {
            for (const QString &note : trafficNotes(*traffic))
                *warnings << QStringLiteral("%1: %2").arg(commandLine.trafficFile, note);
        }
    }
    std::optional<MeasuredThroughput> measured;
    if (!commandLine.benchmarkFile.isEmpty()) {
        measured = loadBenchmark(commandLine.benchmarkFile, error);
        if (!measured)
            return {};
        for (Scenario &scenario : scenarios)
            applyMeasuredThroughput(scenario, *measured);
    }
    for (Scenario &scenario : scenarios) {
        for (const QString &assignment : commandLine.overrides) {
            if (QString problem = applyOverride(scenario, assignment); !problem.isEmpty()) {
                *error = problem;
                return {};
            }
        }
        // Imported prices and rates are checked like every other input.
        if (const QStringList problems = validate(scenario); !problems.isEmpty()) {
            *error = problems.join(QStringLiteral("; "));
            return {};
        }
        if (const QString warning = measured ? mixWarning(scenario, *measured) : QString();
            !warning.isEmpty() && warnings)
            *warnings << QStringLiteral("%1: %2").arg(commandLine.benchmarkFile, warning);
    }
    return scenarios;
}

int runHeadless(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    constexpr int BadInput = 2;
    if (!commandLine.error.isEmpty()) {
        err << "llm-breakeven: " << commandLine.error << " (see --help)\n";
        return BadInput;
    }
    switch (commandLine.mode) {
    case CommandLine::Mode::Help:
        out << commandLine.helpText;
        return 0;
    case CommandLine::Mode::Version:
        out << "llm-breakeven " << PLANNER_VERSION << '\n';
        return 0;
    case CommandLine::Mode::Window:
        return 0;
    case CommandLine::Mode::Summary:
    case CommandLine::Mode::Curves:
    case CommandLine::Mode::Report:
    case CommandLine::Mode::Uncertainty:
    case CommandLine::Mode::Sensitivity:
        break;
    }

    QString error;
    QStringList warnings;
    const QList<Scenario> scenarios = scenariosFromCommandLine(commandLine, &error, &warnings);
    for (const QString &warning : warnings)
        err << "llm-breakeven: warning: " << warning << '\n';
    if (scenarios.isEmpty()) {
        err << "llm-breakeven: " << error << '\n';
        return BadInput;
    }
    if (commandLine.mode == CommandLine::Mode::Summary) {
        out << QJsonDocument(summaryToJson(summarize(scenarios.first())))
                   .toJson(QJsonDocument::Indented);
    } else if (commandLine.mode == CommandLine::Mode::Curves) {
        out << curvesToCsv(evaluate(scenarios.first()));
    } else if (commandLine.mode == CommandLine::Mode::Uncertainty) {
        const Scenario &s = scenarios.first();
        const UncertaintyResult result = runMonteCarlo(s, int(s.samples), quint64(s.seed));
        out << QJsonDocument(uncertaintyToJson(result)).toJson(QJsonDocument::Indented);
    } else if (commandLine.mode == CommandLine::Mode::Sensitivity) {
        out << QJsonDocument(sensitivityToJson(sensitivity(scenarios.first(), commandLine.percent)))
                   .toJson(QJsonDocument::Indented);
    } else {
        const QPageSize pageSize = commandLine.pageSize.isEmpty() ? defaultPageSize(QLocale())
            : commandLine.pageSize.compare(u"A4", Qt::CaseInsensitive) == 0
            ? QPageSize(QPageSize::A4)
            : QPageSize(QPageSize::Letter);
        if (!exportReportPdf(scenarios, commandLine.output, pageSize, &error)) {
            err << "llm-breakeven: " << error << '\n';
            return BadInput;
        }
    }
    return 0;
}

} // namespace planner
