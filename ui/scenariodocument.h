// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QObject>
#include <QUndoStack>

namespace planner {

// The one owner of the scenario being edited: every change goes through edit() as an undoable
// command, and changed() tells the views to redraw. Consecutive edits with the same merge key
// (one slider drag) collapse into one undo step until endMerge().
class ScenarioDocument : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioDocument(QObject *parent = nullptr);

    const Scenario &scenario() const { return m_scenario; }
    QUndoStack *undoStack() { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }

    static constexpr int NoMerge = -1;
    void edit(const Scenario &next, const QString &description, int mergeKey = NoMerge);
    void endMerge();

    // Replace the whole document (New, Open): clears the undo history.
    void reset(const Scenario &scenario, const QString &filePath);
    // After a successful save: the file now holds what is shown.
    void markSaved(const QString &filePath);

signals:
    void changed();
    void filePathChanged();

private:
    friend class EditScenarioCommand;
    void setScenario(const Scenario &scenario);

    Scenario m_scenario;
    QString m_filePath;
    QUndoStack m_undoStack;
    bool m_mergeOpen = false;
};

} // namespace planner
