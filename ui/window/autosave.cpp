// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/autosave.h"

#include "scenariodocument.h"
#include "scenariofile.h"

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace planner {
namespace {

constexpr int IntervalMs = 5000;
const QString FileKey = QStringLiteral("autosave/filePath");

} // namespace

Autosave::Autosave(ScenarioDocument *document, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    connect(m_document, &ScenarioDocument::changed, this, [this] { m_current = false; });
    auto *timer = new QTimer(this);
    timer->setInterval(IntervalMs);
    connect(timer, &QTimer::timeout, this, &Autosave::saveNow);
    timer->start();
}

QString Autosave::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/autosave.llmbe.json");
}

void Autosave::saveNow()
{
    if (m_current)
        return;
    if (!m_document->isModified()) {
        remove();
        return;
    }
    QDir().mkpath(QFileInfo(path()).path());
    if (const Outcome<> saved = saveScenarioFile(m_document->scenario(), path()); !saved.ok()) {
        m_window->statusBar()->showMessage(tr("Autosave failed: %1").arg(saved.errorMessage()),
                                           10000);
        return; // tried again on the next tick
    }
    QSettings().setValue(FileKey, m_document->filePath());
    m_current = true;
}

void Autosave::remove()
{
    QFile::remove(path());
    QSettings().remove(FileKey);
    m_current = true;
}

bool Autosave::restore()
{
    if (!QFile::exists(path()))
        return false;
    const Outcome<Scenario> load = loadScenarioFile(path());
    if (!load.ok()) {
        emit problem(tr("The autosaved work could not be read:\n%1").arg(load.errorMessage()));
        return false;
    }
    m_document->reset(*load, QSettings().value(FileKey).toString());
    m_document->undoStack()->resetClean(); // still unsaved: closing will ask
    return true;
}

void Autosave::offerRecovery()
{
    const QFileInfo autosave(path());
    if (!autosave.exists())
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Restore Unsaved Work"),
        tr("The planner closed without saving changes made at %1. Restore them?")
            .arg(QLocale().toString(autosave.lastModified(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes || !restore())
        remove();
}

} // namespace planner
