// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow.h"
#include "scenariodocument.h"
#include "window/autosave.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

// The window a GUI test drives: settings in a folder of its own, no autosave left by an earlier
// run, English number formats; a new window for each test, closed without asking to save.
class WindowFixture
{
public:
    // For initTestCase(); false when the settings folder cannot be made.
    bool setUpApplication()
    {
        if (!m_settingsDir.isValid())
            return false;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(planner::Autosave::path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }

    // For init(): a 1280x800 window on the default scenario, shown (and active, for tests that
    // send keys); null when it never appeared.
    planner::MainWindow *open(bool active = false)
    {
        m_window = std::make_unique<planner::MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        if (active)
            QApplication::setActiveWindow(m_window.get());
        const bool shown = active ? QTest::qWaitForWindowActive(m_window.get())
                                  : QTest::qWaitForWindowExposed(m_window.get());
        return shown ? m_window.get() : nullptr;
    }

    // For cleanup().
    void close()
    {
        m_window->document()->undoStack()->setClean(); // closing must not ask to save
        m_window.reset();
    }

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<planner::MainWindow> m_window;
};
