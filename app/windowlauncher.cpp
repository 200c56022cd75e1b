// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowlauncher.h"

#include "format.h"
#include "mainwindow.h"
#include "scenariodocument.h"
#include "window/autosave.h"
#include "window/documentfiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>

namespace planner {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("llm-breakeven"));
    QCoreApplication::setApplicationName(QStringLiteral("llm-breakeven"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLANNER_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("LLM Breakeven Planner"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.llmbreakeven.planner"));
    if (QLocale().language() == QLocale::C) // no currency symbol or grouping in the C locale
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void showCommandLineScenario(MainWindow &window, const CommandLine &commandLine)
{
    if (commandLine.files.isEmpty() && commandLine.overrides.isEmpty()) {
        window.autosave()->offerRecovery();
        return;
    }
    if (commandLine.overrides.isEmpty()) {
        window.files()->openFile(commandLine.files.constFirst());
        return;
    }
    const Outcome<QList<Scenario>> scenarios = scenariosFromCommandLine(commandLine);
    if (!scenarios.ok()) {
        QMessageBox::warning(&window, QObject::tr("LLM Breakeven Planner"),
                             format::forPeople(scenarios.errorMessage()));
        return;
    }
    if (commandLine.files.isEmpty()) {
        window.files()->showScenario(scenarios->first());
        return;
    }
    if (window.files()->openFile(commandLine.files.constFirst()))
        window.document()->edit(scenarios->first(), QObject::tr("Apply --set"));
}

} // namespace planner
