// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "mainwindow.h"
#include "windowlauncher.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Decide before any application object exists: headless runs must not need a display.
    const planner::CommandLine early = planner::parseCommandLine(arguments);
    if (planner::needsPainting(early)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        planner::describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return planner::runHeadless(planner::parseCommandLine(app.arguments()), out, err);
    }
    if (planner::isHeadless(early)) {
        QCoreApplication app(argc, argv);
        planner::describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        // Parsed again now that the application names the program in --help's usage line.
        return planner::runHeadless(planner::parseCommandLine(app.arguments()), out, err);
    }
    QApplication app(argc, argv);
    planner::describeApplication();
    planner::MainWindow window;
    window.show();
    planner::showCommandLineScenario(window, planner::parseCommandLine(app.arguments()));
    return app.exec();
}
