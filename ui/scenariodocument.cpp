// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariodocument.h"

#include <QFileInfo>
#include <QUndoCommand>

namespace planner {

class EditScenarioCommand : public QUndoCommand
{
public:
    EditScenarioCommand(ScenarioDocument *document, Scenario before, Scenario after,
                        const QString &text, int mergeKey)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    { }

    int id() const override { return m_mergeKey; }
    void undo() override { m_document->setScenario(m_before); }
    void redo() override { m_document->setScenario(m_after); }

    bool mergeWith(const QUndoCommand *other) override
    {
        if (!m_document->m_mergeOpen || other->id() != id())
            return false;
        m_after = static_cast<const EditScenarioCommand *>(other)->m_after;
        return true;
    }

private:
    ScenarioDocument *m_document;
    Scenario m_before;
    Scenario m_after;
    int m_mergeKey;
};

ScenarioDocument::ScenarioDocument(QObject *parent)
    : QObject(parent)
    , m_scenario(defaultScenario())
{ }

QString ScenarioDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_scenario.name.isEmpty() ? tr("Untitled") : m_scenario.name;
}

void ScenarioDocument::edit(const Scenario &next, const QString &description, int mergeKey)
{
    if (next == m_scenario)
        return;
    m_mergeOpen = mergeKey != NoMerge && m_mergeOpen;
    m_undoStack.push(new EditScenarioCommand(this, m_scenario, next, description, mergeKey));
    m_mergeOpen = mergeKey != NoMerge;
}

void ScenarioDocument::endMerge()
{
    m_mergeOpen = false;
}

void ScenarioDocument::reset(const Scenario &scenario, const QString &filePath)
{
    m_undoStack.clear();
    m_mergeOpen = false;
    m_filePath = filePath;
    setScenario(scenario);
    emit filePathChanged();
}

void ScenarioDocument::markSaved(const QString &filePath)
{
    m_filePath = filePath;
    m_undoStack.setClean();
    emit filePathChanged();
}

void ScenarioDocument::setScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    emit changed();
}

} // namespace planner
