// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uncertainty.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace planner {

// The Monte Carlo of the scenario shown, run off the GUI thread, one run at a time: a slider
// never waits for it, and a result is kept only if the scenario has not changed since its run
// started; otherwise the run starts again for the newest scenario.
class MonteCarloRunner : public QObject
{
    Q_OBJECT

public:
    explicit MonteCarloRunner(QObject *parent = nullptr);

    // The scenario shown changed: analyse it (there is nothing to analyse without ranges).
    void analyse(const Scenario &scenario);
    // The latest result, for the current scenario (none without ranges).
    const std::optional<UncertaintyResult> &result() const { return m_result; }
    // True while a run for the current or an earlier scenario is in flight.
    bool isRunning() const { return m_run.isRunning(); }

signals:
    // result() is now the current scenario's: a run finished, or there are no ranges.
    void resultChanged();

private:
    void start();
    void finished();

    Scenario m_scenario; // the newest scenario
    QFutureWatcher<UncertaintyResult> m_run;
    quint64 m_revision = 0; // counts scenario changes
    quint64 m_runRevision = 0; // the revision the running analysis was started for
    std::optional<UncertaintyResult> m_result;
};

} // namespace planner
