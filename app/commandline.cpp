// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "costengine.h"
#include "resultformat.h"
#include "scenariofields.h"
#include "scenariofile.h"

#include <QCommandLineParser>
#include <QJsonDocument>

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
    const QCommandLineOption curves(QStringLiteral("curves"),
                                    QStringLiteral("Write the curve data of FILE (or of the default "
                                                   "scenario) as CSV: curve,series,x,y."));
    const QCommandLineOption set(QStringLiteral("set"),
                                 QStringLiteral("Override an input by its file key before evaluation, "
                                                "e.g. --set gpu_hourly_usd=2.5 or "
                                                "--set profile=daily-bursts. Repeatable."),
                                 QStringLiteral("KEY=VALUE"));
    parser.addOptions({summary, curves, set});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A scenario file (JSON, format_version 1)."),
                                 QStringLiteral("[FILE]"));

    CommandLine result;
    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.files = parser.positionalArguments();
    result.overrides = parser.values(set);
    if (parser.isSet(help))
        result.mode = CommandLine::Mode::Help;
    else if (parser.isSet(version))
        result.mode = CommandLine::Mode::Version;
    else if (parser.isSet(summary) && parser.isSet(curves))
        result.error = QStringLiteral("--summary and --curves cannot be combined");
    else if (parser.isSet(summary))
        result.mode = CommandLine::Mode::Summary;
    else if (parser.isSet(curves))
        result.mode = CommandLine::Mode::Curves;
    if (result.files.size() > 1)
        result.error = QStringLiteral("expected at most one scenario FILE, got %1").arg(result.files.size());
    return result;
}

bool isHeadless(const CommandLine &commandLine)
{
    return commandLine.mode != CommandLine::Mode::Window || !commandLine.error.isEmpty();
}

std::optional<Scenario> scenarioFromCommandLine(const CommandLine &commandLine, QString *error,
                                                QStringList *warnings)
{
    Scenario scenario = defaultScenario();
    if (!commandLine.files.isEmpty()) {
        const QString &path = commandLine.files.constFirst();
        const ScenarioLoad load = loadScenarioFile(path);
        if (warnings) {
            for (const QString &warning : load.warnings)
                *warnings << QStringLiteral("%1: %2").arg(path, warning);
        }
        if (!load.scenario) {
            *error = QStringLiteral("%1: %2").arg(path, load.errorMessage());
            return std::nullopt;
        }
        scenario = *load.scenario;
    }
    for (const QString &assignment : commandLine.overrides) {
        if (QString problem = applyOverride(scenario, assignment); !problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
    }
    return scenario;
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
        break;
    }

    QString error;
    QStringList warnings;
    const std::optional<Scenario> scenario = scenarioFromCommandLine(commandLine, &error, &warnings);
    for (const QString &warning : warnings)
        err << "llm-breakeven: warning: " << warning << '\n';
    if (!scenario) {
        err << "llm-breakeven: " << error << '\n';
        return BadInput;
    }
    if (commandLine.mode == CommandLine::Mode::Summary)
        out << QJsonDocument(summaryToJson(summarize(*scenario))).toJson(QJsonDocument::Indented);
    else
        out << curvesToCsv(evaluate(*scenario));
    return 0;
}

} // namespace planner
