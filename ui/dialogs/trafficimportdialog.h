// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trafficimport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTimer;

namespace planner {

class WeekBars;

// Reads a request log in the background (with a progress bar and Cancel), then shows what it
// gives the scenario, the week's shape beside the current one, before anything is applied.
class TrafficImportDialog : public QDialog
{
    Q_OBJECT

public:
    TrafficImportDialog(const QString &path, const Scenario &current, QWidget *parent = nullptr);
    ~TrafficImportDialog() override;

    // The log's figures once it is read; nothing while reading, after a failure or a cancel.
    const std::optional<TrafficSummary> &traffic() const { return m_traffic; }
    // Why the log was refused; empty otherwise.
    QString errorText() const { return m_error; }
    bool isReading() const { return !m_finished; }
    QLabel *figures() const { return m_figures; }
    QLabel *notes() const { return m_notes; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void reject() override;

private:
    struct Reading
    {
        std::atomic<qint64> bytesRead = 0;
        std::atomic<qint64> bytesTotal = 0;
        std::atomic<bool> cancelled = false;
    };
    void showProgress();
    void showOutcome();

    Scenario m_current;
    QString m_fileName;
    std::shared_ptr<Reading> m_reading;
    QFutureWatcher<Outcome<TrafficSummary>> m_watcher;
    QTimer *m_progressTimer;
    std::optional<TrafficSummary> m_traffic;
    QString m_error;
    bool m_finished = false;

    QWidget *m_readingPart;
    QWidget *m_outcomePart;
    QProgressBar *m_progress;
    QLabel *m_figures;
    QLabel *m_notes;
    WeekBars *m_currentWeek;
    WeekBars *m_importedWeek;
    QDialogButtonBox *m_buttons;
};

} // namespace planner
