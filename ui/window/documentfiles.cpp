// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/documentfiles.h"

#include "dialogs/comparedialog.h"
#include "report/reportwriter.h"
#include "scenariodocument.h"
#include "scenariofile.h"
#include "window/autosave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>

namespace planner {
namespace {

constexpr int MaxRecentFiles = 8;
const QString RecentFilesKey = QStringLiteral("recentFiles");
const QString ScenarioFilter = QStringLiteral("Scenarios (*.llmbe.json *.json);;All files (*)");

} // namespace

QString fileNameFor(const QString &title)
{
    static const QRegularExpression separator(QStringLiteral(R"(\s*[:/\\|]+\s*)"));
    static const QRegularExpression refused(QStringLiteral(R"([*?"<>\x00-\x1f])"));
    QString name = title;
    name.replace(separator, QStringLiteral(" - ")).remove(refused);
    name = name.simplified();
    while (name.startsWith(u'.') || name.startsWith(u'-'))
        name = name.mid(1).trimmed(); // no hidden file, no option-like name
    return name.isEmpty() ? QObject::tr("scenario") : name;
}

DocumentFiles::DocumentFiles(ScenarioDocument *document, Autosave *autosave, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_autosave(autosave)
    , m_window(window)
    , m_examplesMenu(new QMenu(tr("Open &Example"), window))
    , m_recentMenu(new QMenu(tr("Open &Recent"), window))
{
    fillExamplesMenu();
    rebuildRecentMenu();
}

void DocumentFiles::fillExamplesMenu()
{
    // The installed examples (share/llm-breakeven/examples beside bin/), else the built-in copies.
    QDir exampleDir(QCoreApplication::applicationDirPath()
                    + QStringLiteral("/../share/llm-breakeven/examples"));
    if (!exampleDir.exists())
        exampleDir.setPath(QStringLiteral(":/examples"));
    for (const QFileInfo &example : exampleDir.entryInfoList({QStringLiteral("*.llmbe.json")})) {
        const Outcome<Scenario> load = loadScenarioFile(example.filePath());
        if (!load.ok())
            continue;
        m_examplesMenu->addAction(load->name, this, [this, scenario = *load] {
            if (maybeSave())
                showScenario(scenario);
        });
    }
}

bool DocumentFiles::openFile(const QString &path)
{
    const Outcome<Scenario> load = loadScenarioFile(path);
    if (!load.ok()) {
        emit problem(
            tr("Could not open %1:\n%2").arg(QDir::toNativeSeparators(path), load.errorMessage()));
        return false;
    }
    m_document->reset(*load, QFileInfo(path).absoluteFilePath());
    addRecentFile(QFileInfo(path).absoluteFilePath());
    if (!load.warnings.isEmpty())
        m_window->statusBar()->showMessage(load.warnings.join(QStringLiteral("; ")), 10000);
    return true;
}

void DocumentFiles::showScenario(const Scenario &scenario)
{
    m_document->reset(scenario, QString());
}

bool DocumentFiles::saveTo(const QString &path)
{
    if (const Outcome<> saved = saveScenarioFile(m_document->scenario(), path); !saved.ok()) {
        emit problem(saved.errorMessage());
        return false;
    }
    m_document->markSaved(QFileInfo(path).absoluteFilePath());
    m_autosave->remove();
    addRecentFile(QFileInfo(path).absoluteFilePath());
    m_window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void DocumentFiles::newDocument()
{
    if (maybeSave())
        m_document->reset(defaultScenario(), QString());
}

bool DocumentFiles::save()
{
    return m_document->filePath().isEmpty() ? saveAs() : saveTo(m_document->filePath());
}

bool DocumentFiles::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = QDir::home().filePath(fileNameFor(m_document->scenario().name)
                                          + QStringLiteral(".llmbe.json"));
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Save Scenario"), suggested, ScenarioFilter);
    return !path.isEmpty() && saveTo(path);
}

void DocumentFiles::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Scenario"), QFileInfo(m_document->filePath()).path(), ScenarioFilter);
    if (!path.isEmpty())
        openFile(path);
}

bool DocumentFiles::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentFiles::compareWith()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(m_window, tr("Compare With (up to three scenarios)"),
                                        QFileInfo(m_document->filePath()).path(), ScenarioFilter);
    if (paths.isEmpty())
        return;
    if (paths.size() > 3) {
        emit problem(tr("Choose at most three scenarios to compare with the current one."));
        return;
    }
    QList<Scenario> scenarios {m_document->scenario()};
    for (const QString &path : paths) {
        const Outcome<Scenario> load = loadScenarioFile(path);
        if (!load.ok()) {
            emit problem(tr("Could not open %1:\n%2")
                             .arg(QDir::toNativeSeparators(path), load.errorMessage()));
            return;
        }
        scenarios << *load;
    }
    auto *dialog = new CompareDialog(scenarios, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void DocumentFiles::exportPdf()
{
    const QString title = m_document->filePath().isEmpty()
        ? m_document->displayName()
        : QFileInfo(m_document->filePath()).completeBaseName();
    const QString suggested = fileNameFor(title) + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export PDF Report"), suggested,
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportReportPdf({m_document->scenario()}, path, defaultPageSize(QLocale()), &error)) {
        emit problem(error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void DocumentFiles::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(defaultPageSize(QLocale()));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() == QDialog::Accepted)
        paintReport({m_document->scenario()}, printer);
}

void DocumentFiles::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentFilesKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(RecentFilesKey, recent.mid(0, MaxRecentFiles));
    rebuildRecentMenu();
}

void DocumentFiles::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentFilesKey).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace planner
