// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/montecarlorunner.h"

#include <QThread>
#include <QtConcurrent>

namespace planner {

MonteCarloRunner::MonteCarloRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_run, &QFutureWatcher<UncertaintyResult>::finished, this,
            &MonteCarloRunner::finished);
}

void MonteCarloRunner::analyse(const Scenario &scenario)
{
    m_scenario = scenario;
    ++m_revision;
    start();
}

void MonteCarloRunner::start()
{
    if (m_scenario.ranges.isEmpty()) {
        m_result.reset();
        emit resultChanged();
        return;
    }
    if (m_run.isRunning())
        return; // finished() starts the next run
    m_runRevision = m_revision;
    // One core stays with the window, so sliders keep their pace while the samples run.
    const int threads = std::max(1, QThread::idealThreadCount() - 1);
    m_run.setFuture(QtConcurrent::run([scenario = m_scenario, threads] {
        return runMonteCarlo(scenario, int(scenario.samples), quint64(scenario.seed), threads);
    }));
}

void MonteCarloRunner::finished()
{
    if (m_runRevision != m_revision) {
        start();
        return;
    }
    m_result = m_run.result();
    emit resultChanged();
}

} // namespace planner
