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

namespace {

struct OptionSpec
{
    const char *name;
    const char *description;
    const char *valueName; // nullptr for a flag
};

// Every option but --help and --version, in the order --help lists them.
const OptionSpec optionSpecs[] = {
    {"summary", "Print the summary of FILE (or of the default scenario) as one JSON object.",
     nullptr},
    {"curves",
     "Write the curve data of FILE (or of the default scenario) as CSV: curve,series,x,y.",
     nullptr},
    {"report",
     "Write a PDF report of FILE (or of the default scenario) to --output; two to four FILEs "
     "give a comparison.",
     nullptr},
    {"uncertainty", "Print the Monte Carlo analysis of FILE's ranges as JSON.", nullptr},
    {"sensitivity",
     "Print each input's effect on monthly savings at -P% and +P% as a JSON array, largest "
     "swing first.",
     nullptr},
    {"output", "The PDF that --report writes.", "OUT.pdf"},
    {"page-size", "A4 or Letter for --report (default: the locale's).", "SIZE"},
    {"samples", "Monte Carlo samples (default: the scenario's analysis.samples).", "N"},
    {"seed", "Monte Carlo seed (default: the scenario's analysis.seed).", "S"},
    {"percent", "How far --sensitivity moves each input (default 20).", "P"},
    {"prices",
     "Apply API prices from LiteLLM's model_prices_and_context_window.json (with --model) "
     "before evaluation.",
     "FILE"},
    {"model", "The model of --prices whose prices to use.", "NAME"},
    {"benchmark",
     "Use the measured rate of a vLLM serving benchmark result or a GuideLLM report (JSON) "
     "before evaluation; warns when it was measured at another mix. Repeatable: the runs of a "
     "sweep, of which the busiest that meets selfhost.slo_ttft_ms and slo_itl_ms is used.",
     "FILE"},
    {"traffic",
     "Take the volume, the week's shape and the output fraction from a request log (CSV: "
     "timestamp and tokens, or input_tokens and output_tokens) before evaluation.",
     "FILE.csv"},
    {"set",
     "Override an input by its file key before evaluation, e.g. --set gpu_hourly_usd=2.5 or "
     "--set profile=daily-bursts. Repeatable.",
     "KEY=VALUE"},
};

// The headless modes, each chosen by the option of its name.
const std::pair<const char *, CommandLine::Mode> headlessModes[] = {
    {"summary", CommandLine::Mode::Summary},
    {"curves", CommandLine::Mode::Curves},
    {"report", CommandLine::Mode::Report},
    {"uncertainty", CommandLine::Mode::Uncertainty},
    {"sensitivity", CommandLine::Mode::Sensitivity},
};

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "LLM Breakeven Planner: when does self-hosting an open LLM on GPUs beat paying per token "
        "for a hosted API, and when is a hybrid best?"));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const OptionSpec &spec : optionSpecs)
        parser.addOption(
            QCommandLineOption(QLatin1String(spec.name), QLatin1String(spec.description),
                               spec.valueName ? QLatin1String(spec.valueName) : QLatin1String()));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A scenario file (JSON, format_version 1)."),
                                 QStringLiteral("[FILE...]"));
}

void readValues(const QCommandLineParser &parser, CommandLine &result)
{
    result.files = parser.positionalArguments();
    result.overrides = parser.values(QStringLiteral("set"));
    // --samples and --seed are the analysis fields, set like any other input.
    for (const QString &analysisField : {QStringLiteral("samples"), QStringLiteral("seed")}) {
        if (parser.isSet(analysisField))
            result.overrides << analysisField + u'=' + parser.value(analysisField);
    }
    result.output = parser.value(QStringLiteral("output"));
    result.pricesFile = parser.value(QStringLiteral("prices"));
    result.priceModel = parser.value(QStringLiteral("model"));
    result.benchmarkFiles = parser.values(QStringLiteral("benchmark"));
    result.trafficFile = parser.value(QStringLiteral("traffic"));
}

void readMode(const QCommandLineParser &parser, CommandLine &result)
{
    if (parser.isSet(QStringLiteral("help"))) {
        result.mode = CommandLine::Mode::Help;
        return;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        result.mode = CommandLine::Mode::Version;
        return;
    }
    const auto chosen
        = std::count_if(std::begin(headlessModes), std::end(headlessModes),
                        [&](const auto &mode) { return parser.isSet(QLatin1String(mode.first)); });
    if (chosen > 1) {
        result.error = QStringLiteral(
            "--summary, --curves, --report, --uncertainty and --sensitivity cannot be combined");
        return;
    }
    for (const auto &[name, mode] : headlessModes) {
        if (parser.isSet(QLatin1String(name)))
            result.mode = mode;
    }
}

void readPercent(const QCommandLineParser &parser, CommandLine &result)
{
    if (!parser.isSet(QStringLiteral("percent")))
        return;
    const QString text = parser.value(QStringLiteral("percent"));
    bool ok = false;
    result.percent = QLocale::c().toDouble(text, &ok);
    if (!ok || !(result.percent > 0 && result.percent <= 100))
        result.error = QStringLiteral("--percent: \"%1\" is not a number in (0, 100]").arg(text);
}

// The checks that need the mode: how many files, and --report's output and page size.
void checkModeArguments(CommandLine &result)
{
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
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeOptions(parser);
    CommandLine result;
    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    readValues(parser, result);
    if (parser.isSet(QStringLiteral("prices")) != parser.isSet(QStringLiteral("model"))) {
        result.error = QStringLiteral("--prices FILE and --model NAME go together");
        return result;
    }
    result.pageSize = parser.value(QStringLiteral("page-size"));
    readMode(parser, result);
    readPercent(parser, result);
    if (result.error.isEmpty())
        checkModeArguments(result);
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

namespace {

Outcome<> applyOverrides(Scenario &scenario, const QStringList &overrides)
{
    for (const QString &assignment : overrides) {
        if (Outcome<> applied = applyOverride(scenario, assignment); !applied.ok())
            return applied;
    }
    return {};
}

// Gives the scenario the rate of the sweep's run that meets its latency targets (the targets
// as --set leaves them; an explicit --set of the rate still wins), then every --set, and checks
// it; the mix warning names the run.
Outcome<> finishScenario(Scenario &scenario, const QStringList &overrides,
                         const std::optional<QList<SweepRun>> &sweep)
{
    std::optional<SweepRun> chosen;
    if (sweep) {
        Scenario withOverrides = scenario;
        if (Outcome<> applied = applyOverrides(withOverrides, overrides); !applied.ok())
            return applied;
        const LatencyTargets targets = latencyTargets(withOverrides);
        const Outcome<qsizetype> index = chooseSweepRun(*sweep, targets);
        if (!index.ok())
            return index.failed();
        chosen = sweep->at(*index);
        applyMeasuredThroughput(scenario, chosenThroughput(*sweep, *index, targets));
    }
    if (Outcome<> applied = applyOverrides(scenario, overrides); !applied.ok())
        return applied;
    // Imported prices and rates are checked like every other input.
    if (Outcome<> check = validate(scenario); !check.ok())
        return check;
    Outcome<> finished;
    if (const QString warning = chosen ? mixWarning(scenario, chosen->throughput) : QString();
        !warning.isEmpty())
        finished.warnings << QStringLiteral("%1: %2").arg(chosen->name, warning);
    return finished;
}

} // namespace

Outcome<QList<Scenario>> scenariosFromCommandLine(const CommandLine &commandLine)
{
    Outcome<QList<Scenario>> result;
    const auto fail = [&result](const QString &error) {
        result.errors << error;
        return result;
    };
    QList<Scenario> scenarios;
    if (commandLine.files.isEmpty())
        scenarios << defaultScenario();
    for (const QString &path : commandLine.files) {
        const Outcome<Scenario> load = loadScenarioFile(path);
        for (const QString &warning : load.warnings)
            result.warnings << QStringLiteral("%1: %2").arg(path, warning);
        if (!load.ok())
            return fail(QStringLiteral("%1: %2").arg(path, load.errorMessage()));
        scenarios << *load;
    }
    if (!commandLine.pricesFile.isEmpty()) {
        const Outcome<PriceList> list = loadLiteLlmPrices(commandLine.pricesFile);
        if (!list.ok())
            return fail(list.errorMessage());
        const ImportedPrice *price = findPrice(*list, commandLine.priceModel);
        if (!price)
            return fail(
                QStringLiteral("--model: no model \"%1\" in %2; the closest are: %3")
                    .arg(commandLine.priceModel, commandLine.pricesFile,
                         closestModels(*list, commandLine.priceModel).join(QStringLiteral(", "))));
        for (Scenario &scenario : scenarios)
            applyImportedPrice(scenario, *price);
    }
    if (!commandLine.trafficFile.isEmpty()) {
        const Outcome<TrafficSummary> traffic = loadTrafficCsv(commandLine.trafficFile);
        if (!traffic.ok())
            return fail(traffic.errorMessage());
        for (Scenario &scenario : scenarios)
            applyTraffic(scenario, *traffic);
        for (const QString &note : trafficNotes(*traffic))
            result.warnings << QStringLiteral("%1: %2").arg(commandLine.trafficFile, note);
    }
    std::optional<QList<SweepRun>> sweep;
    if (!commandLine.benchmarkFiles.isEmpty()) {
        const Outcome<QList<SweepRun>> loaded = loadSweep(commandLine.benchmarkFiles);
        result.warnings << loaded.warnings;
        if (!loaded.ok())
            return fail(loaded.errorMessage());
        sweep = loaded.value;
    }
    for (Scenario &scenario : scenarios) {
        const Outcome<> finished = finishScenario(scenario, commandLine.overrides, sweep);
        result.warnings << finished.warnings;
        if (!finished.ok())
            return fail(finished.errorMessage());
    }
    result.value = scenarios;
    return result;
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

    const Outcome<QList<Scenario>> read = scenariosFromCommandLine(commandLine);
    for (const QString &warning : read.warnings)
        err << "llm-breakeven: warning: " << warning << '\n';
    if (!read.ok()) {
        err << "llm-breakeven: " << read.errorMessage() << '\n';
        return BadInput;
    }
    const QList<Scenario> &scenarios = *read;
    const Scenario &first = scenarios.first();
    if (commandLine.mode == CommandLine::Mode::Summary) {
        QJsonObject summary = summaryToJson(summarize(first));
        if (!first.workloads.isEmpty())
            summary.insert(QStringLiteral("portfolio"), portfolioToJson(planPortfolio(first)));
        out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
    } else if (commandLine.mode == CommandLine::Mode::Curves) {
        out << curvesToCsv(evaluate(first));
        if (!first.workloads.isEmpty())
            out << portfolioWeekToCsv(planPortfolio(first));
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
        QString error;
        if (!exportReportPdf(scenarios, commandLine.output, pageSize, &error)) {
            err << "llm-breakeven: " << error << '\n';
            return BadInput;
        }
    }
    return 0;
}

} // namespace planner
