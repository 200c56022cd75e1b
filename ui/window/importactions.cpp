// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/importactions.h"

#include "dialogs/ownedgpudialog.h"
#include "dialogs/priceimportdialog.h"
#include "dialogs/rooflinedialog.h"
#include "dialogs/sweepdialog.h"
#include "dialogs/trafficimportdialog.h"
#include "inputpanel.h"
#include "scenariodocument.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>

namespace planner {

ImportActions::ImportActions(ScenarioDocument *document, InputPanel *inputs, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_inputs(inputs)
    , m_window(window)
{ }

void ImportActions::importPrices()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import API Prices (LiteLLM's model_prices_and_context_window.json)"),
        QString(), tr("LiteLLM price file (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Outcome<PriceList> prices = loadLiteLlmPrices(path);
    if (!prices.ok()) {
        emit problem(prices.errorMessage());
        return;
    }
    PriceImportDialog dialog(std::move(*prices), m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.selectedPrice())
        return;
    Scenario next = m_document->scenario();
    applyImportedPrice(next, *dialog.selectedPrice());
    m_document->edit(next, tr("Import prices of %1").arg(dialog.selectedPrice()->model));
}

void ImportActions::importTraffic()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import Traffic (a request log: timestamp and tokens columns)"), QString(),
        tr("CSV request log (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    TrafficImportDialog dialog(path, m_document->scenario(), m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.traffic())
        return;
    Scenario next = m_document->scenario();
    applyTraffic(next, *dialog.traffic());
    m_document->edit(next, tr("Import traffic from %1").arg(QFileInfo(path).fileName()));
}

void ImportActions::importBenchmark()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window,
        tr("Import Benchmark (vLLM serving benchmark results, one per run of a sweep, or a "
           "GuideLLM report)"),
        QString(), tr("Benchmark result (*.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    const Outcome<QList<SweepRun>> sweep = loadSweep(paths);
    if (!sweep.ok()) {
        emit problem(sweep.errorMessage());
        return;
    }
    if (sweep->size() == 1) {
        useBenchmark(paths.first());
        return;
    }
    SweepDialog dialog(*sweep, latencyTargets(m_document->scenario()), m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenRun())
        useSweepRun(dialog.runs(), *dialog.chosenRun(), dialog.targets());
}

bool ImportActions::useBenchmark(const QString &path)
{
    const Outcome<QList<SweepRun>> runs = loadSweep({path});
    if (!runs.ok()) {
        emit problem(runs.errorMessage());
        return false;
    }
    // As on the command line: the busiest run that meets the scenario's targets, if any.
    const LatencyTargets targets = latencyTargets(m_document->scenario());
    const Outcome<qsizetype> chosen = chooseSweepRun(*runs, targets);
    if (!chosen.ok()) {
        emit problem(path + QStringLiteral(": ") + chosen.errorMessage());
        return false;
    }
    useSweepRun(*runs, *chosen, targets);
    return true;
}

void ImportActions::useSweepRun(const QList<SweepRun> &runs, qsizetype chosen,
                                const LatencyTargets &targets)
{
    const MeasuredThroughput measured = chosenThroughput(runs, chosen, targets);
    Scenario next = m_document->scenario();
    next.sloTtftMs = targets.ttftMs;
    next.sloItlMs = targets.itlMs;
    applyMeasuredThroughput(next, measured);
    m_inputs->setMeasuredThroughput(measured);
    m_document->edit(next, tr("Use the rate measured in %1").arg(runs.at(chosen).file));
    m_window->statusBar()->showMessage(tr("Using %1").arg(measured.description), 8000);
}

void ImportActions::editOwnedGpu()
{
    OwnedGpuDialog dialog(m_document->scenario(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Scenario next = m_document->scenario();
    applyOwnedGpu(next, dialog.ownedGpu());
    m_document->edit(next, tr("Price owned GPUs"));
}

void ImportActions::estimateThroughput()
{
    RooflineDialog dialog(m_document->scenario(), m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.estimate())
        return;
    Scenario next = m_document->scenario();
    applyRooflineEstimate(next, *dialog.estimate(), dialog.gpuCount());
    m_document->edit(next, tr("Use the roofline estimate"));
}

} // namespace planner
