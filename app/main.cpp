// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "mainwindow.h"
#include "windowlauncher.h"

#include <QApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Decide before any application object exists: headless runs must not need a display.
    if (planner::isHeadless(planner::parseCommandLine(arguments))) {
        QCoreApplication app(argc, argv);
        planner::describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        // Parsed again now that the application names the program in --help's usage line.
        return planner::runHeadless(planner::parseCommandLine(app.arguments()), out, err);
    }
    QApplication app(argc, argv);
    planner::describeApplication();
    if (QLocale().language() == QLocale::C) // no currency symbol or grouping in the C locale
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    planner::MainWindow window;
    window.show();
    planner::showCommandLineScenario(window, planner::parseCommandLine(app.arguments()));
    return app.exec();
}
