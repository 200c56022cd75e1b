// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchmarkimport.h"

#include <QObject>

class QMainWindow;

namespace planner {

class InputPanel;
class ScenarioDocument;

// The imports (API prices, traffic, a benchmark) and the helpers that price owned GPUs and
// estimate throughput: each turns a file or a dialog into one undoable edit of the document.
class ImportActions : public QObject
{
    Q_OBJECT

public:
    ImportActions(ScenarioDocument *document, InputPanel *inputs, QMainWindow *window);

    void importPrices();
    void importTraffic();
    void importBenchmark();
    // Uses the rate of a benchmark result as the replicas' throughput (of a GuideLLM sweep, the
    // busiest benchmark that meets the scenario's latency targets), warning while the mix
    // differs. On failure reports why, keeps the scenario and returns false.
    bool useBenchmark(const QString &path);
    // Uses run `chosen` of a sweep, and the targets that chose it, in one undoable edit.
    void useSweepRun(const QList<SweepRun> &runs, qsizetype chosen, const LatencyTargets &targets);
    void editOwnedGpu();
    void estimateThroughput();

signals:
    void problem(const QString &message);

private:
    ScenarioDocument *m_document;
    InputPanel *m_inputs;
    QMainWindow *m_window;
};

} // namespace planner
