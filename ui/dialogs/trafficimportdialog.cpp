// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/trafficimportdialog.h"

#include "format.h"
#include "weekprofileeditor.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace planner {
namespace {

constexpr int ProgressSteps = 1000;

WeekBars *readOnlyWeek(QWidget *parent)
{
    auto *bars = new WeekBars(parent);
    bars->setAttribute(Qt::WA_TransparentForMouseEvents);
    bars->setMinimumHeight(72);
    return bars;
}

QString hourText(const QDateTime &hour)
{
    return hour.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

TrafficImportDialog::TrafficImportDialog(const QString &path, const Scenario &current,
                                         QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_fileName(QFileInfo(path).fileName())
    , m_reading(std::make_shared<Reading>())
    , m_progressTimer(new QTimer(this))
    , m_readingPart(new QWidget(this))
    , m_outcomePart(new QWidget(this))
    , m_progress(new QProgressBar(this))
    , m_figures(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_currentWeek(readOnlyWeek(this))
    , m_importedWeek(readOnlyWeek(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Traffic — %1").arg(m_fileName));

    auto *readingLayout = new QVBoxLayout(m_readingPart);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->addWidget(new QLabel(tr("Reading %1…").arg(m_fileName), m_readingPart));
    m_progress->setRange(0, ProgressSteps);
    readingLayout->addWidget(m_progress);

    auto *outcomeLayout = new QVBoxLayout(m_outcomePart);
    outcomeLayout->setContentsMargins(0, 0, 0, 0);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setStyleSheet(format::warningStyleSheet());
    outcomeLayout->addWidget(m_figures);
    outcomeLayout->addWidget(m_notes);
    auto *weeks = new QFormLayout;
    weeks->addRow(tr("Week from the log (UTC):"), m_importedWeek);
    weeks->addRow(tr("Week now:"), m_currentWeek);
    outcomeLayout->addLayout(weeks);
    m_outcomePart->hide();

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply to Scenario"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TrafficImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readingPart);
    layout->addWidget(m_outcomePart);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(720, 440);

    connect(m_progressTimer, &QTimer::timeout, this, &TrafficImportDialog::showProgress);
    m_progressTimer->start(50);
    connect(&m_watcher, &QFutureWatcher<Outcome<TrafficSummary>>::finished, this,
            &TrafficImportDialog::showOutcome);
    m_watcher.setFuture(QtConcurrent::run([path, reading = m_reading] {
        return loadTrafficCsv(path, [&reading](qint64 read, qint64 total) {
            reading->bytesRead = read;
            reading->bytesTotal = total;
            return !reading->cancelled;
        });
    }));
}

TrafficImportDialog::~TrafficImportDialog()
{
    m_reading->cancelled = true;
    m_watcher.waitForFinished();
}

void TrafficImportDialog::reject()
{
    m_reading->cancelled = true;
    QDialog::reject();
}

void TrafficImportDialog::showProgress()
{
    const qint64 total = m_reading->bytesTotal;
    if (total > 0)
        m_progress->setValue(int(double(m_reading->bytesRead) / double(total) * ProgressSteps));
}

void TrafficImportDialog::showOutcome()
{
    m_progressTimer->stop();
    const Outcome<TrafficSummary> outcome = m_watcher.result();
    m_finished = true;
    m_readingPart->hide();
    m_outcomePart->show();
    if (!outcome.ok()) {
        m_error = outcome.errorMessage();
        m_figures->setText(tr("<b>Nothing was imported.</b> %1").arg(m_error.toHtmlEscaped()));
        m_importedWeek->hide();
        m_currentWeek->hide();
        return;
    }
    m_traffic = outcome.value;
    const TrafficSummary &t = *m_traffic;
    const QString mix = t.outputFraction
        ? tr("<b>%1</b> (now %2)")
              .arg(format::percent(*t.outputFraction), format::percent(m_current.outputFraction))
        : tr("not in the log (no input_tokens and output_tokens columns): stays at %1")
              .arg(format::percent(m_current.outputFraction));
    const QLocale locale;
    const QString rows = t.badRows == 0
        ? locale.toString(t.records)
        : tr("%1 read, %2 skipped").arg(locale.toString(t.records), locale.toString(t.badRows));
    m_figures->setText(tr("<table cellspacing=4>"
                          "<tr><td>Records:</td><td>%1</td></tr>"
                          "<tr><td>Period:</td><td>%2 to %3 UTC (%4 hours, %5 weeks)</td></tr>"
                          "<tr><td>Tokens:</td><td>%6</td></tr>"
                          "<tr><td><b>Volume:</b></td><td><b>%7</b> (now %8)</td></tr>"
                          "<tr><td><b>Output share:</b></td><td>%9</td></tr></table>")
                           .arg(rows, hourText(t.firstHour), hourText(t.lastHour))
                           .arg(t.hoursCovered)
                           .arg(format::number(t.hoursCovered / double(HoursPerWeek), 1),
                                format::compact(t.totalTokens),
                                format::volume(t.volumeMtokPerMonth),
                                format::volume(m_current.volumeMtokPerMonth), mix));
    QStringList notes;
    for (const QString &note : trafficNotes(t))
        notes << format::warning(note);
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!m_notes->text().isEmpty());
    m_importedWeek->setWeights(t.weights);
    m_currentWeek->setWeights(m_current.profile.weights);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    // Lay out the figures now rather than on a later event, so the first frame is the right one.
    m_outcomePart->layout()->activate();
    layout()->activate();
    resize(width(), sizeHint().height());
}

} // namespace planner
