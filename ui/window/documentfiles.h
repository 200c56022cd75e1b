// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QObject>

class QMainWindow;
class QMenu;

namespace planner {

class Autosave;
class ScenarioDocument;

// A scenario's title as a file name to suggest, without the characters file systems refuse or
// read as folders: "Llama 3.3 70B: 2x H100" gives "Llama 3.3 70B - 2x H100".
QString fileNameFor(const QString &title);

// What the File menu does with files: new, open (an example, a recent file, a dropped file),
// save, compare with other scenarios, and the report as PDF or on paper.
class DocumentFiles : public QObject
{
    Q_OBJECT

public:
    DocumentFiles(ScenarioDocument *document, Autosave *autosave, QMainWindow *window);

    // Opens a scenario file. On failure reports why, keeps the current scenario and returns
    // false.
    bool openFile(const QString &path);
    // Saves to path atomically. On failure reports why, keeps the document modified, returns
    // false.
    bool saveTo(const QString &path);
    // Shows scenario as a new, unsaved document (an example, or the command line's overrides).
    void showScenario(const Scenario &scenario);
    // Asks whether to save unsaved changes; false when the user cancels or saving fails.
    bool maybeSave();

    void newDocument();
    void open();
    bool save();
    bool saveAs();
    void compareWith();
    void exportPdf();
    void print();

    QMenu *examplesMenu() const { return m_examplesMenu; }
    QMenu *recentMenu() const { return m_recentMenu; }

signals:
    void problem(const QString &message);

private:
    void fillExamplesMenu();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();

    ScenarioDocument *m_document;
    Autosave *m_autosave;
    QMainWindow *m_window;
    QMenu *m_examplesMenu;
    QMenu *m_recentMenu;
};

} // namespace planner
