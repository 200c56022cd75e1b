// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMainWindow;

namespace planner {

class ScenarioDocument;

// Unsaved work is written every few seconds to the app-data folder and removed once saved or
// discarded; after a crash the next start offers it back.
class Autosave : public QObject
{
    Q_OBJECT

public:
    Autosave(ScenarioDocument *document, QMainWindow *window);

    static QString path();
    void saveNow();
    // The document was saved or knowingly discarded.
    void remove();
    // Asks whether to restore work left by a crash; restores it as an unsaved document.
    void offerRecovery();
    // Restores the autosaved scenario without asking; false when there is none.
    bool restore();

signals:
    void problem(const QString &message);

private:
    ScenarioDocument *m_document;
    QMainWindow *m_window;
    bool m_current = true; // the autosave file (or its absence) matches the document
};

} // namespace planner
