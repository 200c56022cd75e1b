// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"
#include "scenario.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace planner {

struct CommandLine
{
    enum class Mode { Window, Summary, Curves, Report, Uncertainty, Sensitivity, Help, Version };
    Mode mode = Mode::Window;
    QStringList files;
    QStringList overrides; // KEY=VALUE, in order
    QString output; // --report's PDF
    QString pageSize; // --report's page size: "A4", "Letter" or empty for the locale's
    double percent = 20; // --sensitivity's move of each input, in percent
    QString pricesFile; // --prices: a LiteLLM model_prices_and_context_window.json
    QString priceModel; // --model: the model in it whose prices to apply
    // --benchmark, repeatable: vLLM serving benchmark results or GuideLLM reports, the runs of
    // one sweep
    QStringList benchmarkFiles;
    QString trafficFile; // --traffic: a CSV request log
    QString error; // a usage error; empty when the arguments parse
    QString helpText;
};

// Parses arguments (argv, program name first) without needing a QCoreApplication.
CommandLine parseCommandLine(const QStringList &arguments);

// True for the modes that never open a window (and need no display).
bool isHeadless(const CommandLine &commandLine);
// True for the headless modes that paint (--report): they need a QApplication, offscreen.
bool needsPainting(const CommandLine &commandLine);

// The scenarios the command line names: each FILE (or the built-in default) with every --set
// applied. Fails with one one-line error; warnings (e.g. "FILE: unknown key ...") come either way.
Outcome<QList<Scenario>> scenariosFromCommandLine(const CommandLine &commandLine);

// Runs a headless mode: output on out, messages on err. Returns the exit status: 0, or 2 for bad
// input (a usage error, a bad file, a bad --set).
int runHeadless(const CommandLine &commandLine, QTextStream &out, QTextStream &err);

} // namespace planner
