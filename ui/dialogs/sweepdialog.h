// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchmarkimport.h"

#include <QDialog>

#include <optional>

class QChart;
class QDoubleSpinBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QValueAxis;

namespace planner {

// A benchmark sweep against the latency targets (cost model, section 10): throughput over p95
// TTFT and over p95 ITL, one point per run, the targets drawn as lines and the run chosen for
// them marked. Editing a target moves the choice at once.
class SweepDialog : public QDialog
{
    Q_OBJECT

public:
    SweepDialog(QList<SweepRun> runs, const LatencyTargets &targets, QWidget *parent = nullptr);

    LatencyTargets targets() const;
    // The run the targets choose; nothing while no run meets them (OK is then disabled).
    std::optional<qsizetype> chosenRun() const { return m_chosen; }
    const QList<SweepRun> &runs() const { return m_runs; }

    QDoubleSpinBox *ttftTargetBox() const { return m_ttftTarget; }
    QDoubleSpinBox *itlTargetBox() const { return m_itlTarget; }
    QLabel *choiceLabel() const { return m_choice; }
    QPushButton *okButton() const { return m_ok; }

private:
    // One chart: throughput over one latency, its target line and the chosen run's marker.
    struct LatencyChart
    {
        QChart *chart;
        QValueAxis *latencyAxis;
        QValueAxis *throughputAxis;
        QScatterSeries *runs;
        QScatterSeries *chosen;
        QLineSeries *target;
        std::optional<double> SweepRun::*latency;
    };
    LatencyChart makeLatencyChart(const QString &title, std::optional<double> SweepRun::*latency);
    void showChoice();
    void drawChart(const LatencyChart &chart, double target);

    QList<SweepRun> m_runs;
    QDoubleSpinBox *m_ttftTarget;
    QDoubleSpinBox *m_itlTarget;
    QLabel *m_choice;
    QPushButton *m_ok;
    QList<LatencyChart> m_charts;
    std::optional<qsizetype> m_chosen;
};

} // namespace planner
