// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/sweepdialog.h"

#include "charts/chartsupport.h"
#include "format.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace planner {
namespace {

constexpr double MaxTargetMs = 1e7; // the range of selfhost.slo_ttft_ms and slo_itl_ms
constexpr qreal RunMarkerSize = 9;
constexpr qreal ChosenMarkerSize = 16;

QDoubleSpinBox *targetBox(double value, const QString &toolTip, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, MaxTargetMs);
    box->setDecimals(1);
    box->setSuffix(QObject::tr(" ms"));
    box->setSpecialValueText(QObject::tr("no target"));
    box->setGroupSeparatorShown(true);
    box->setValue(value);
    box->setToolTip(toolTip);
    return box;
}

} // namespace

SweepDialog::SweepDialog(QList<SweepRun> runs, const LatencyTargets &targets, QWidget *parent)
    : QDialog(parent)
    , m_runs(std::move(runs))
    , m_ttftTarget(targetBox(
          targets.ttftMs, tr("The p95 time to first token to keep (selfhost.slo_ttft_ms)."), this))
    , m_itlTarget(targetBox(targets.itlMs,
                            tr("The p95 inter-token latency to keep (selfhost.slo_itl_ms)."), this))
    , m_choice(new QLabel(this))
{
    setWindowTitle(tr("Benchmark Sweep: Throughput at a Latency Target"));
    m_charts
        = {makeLatencyChart(tr("Throughput against p95 time to first token"), &SweepRun::ttftMs),
           makeLatencyChart(tr("Throughput against p95 inter-token latency"), &SweepRun::itlMs)};
    auto *chartRow = new QHBoxLayout;
    for (const LatencyChart &chart : std::as_const(m_charts)) {
        auto *view = new QChartView(this);
        charts::setUpView(view, chart.chart);
        view->setMinimumSize(420, 320);
        chartRow->addWidget(view);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&TTFT target (p95):"), m_ttftTarget);
    form->addRow(tr("&ITL target (p95):"), m_itlTarget);
    m_choice->setWordWrap(true);
    m_choice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Use This Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(chartRow, 1);
    layout->addLayout(form);
    layout->addWidget(m_choice);
    layout->addWidget(buttons);
    for (QDoubleSpinBox *box : {m_ttftTarget, m_itlTarget})
        connect(box, &QDoubleSpinBox::valueChanged, this, &SweepDialog::showChoice);
    showChoice();
}

LatencyTargets SweepDialog::targets() const
{
    return {m_ttftTarget->value(), m_itlTarget->value()};
}

SweepDialog::LatencyChart SweepDialog::makeLatencyChart(const QString &title,
                                                        std::optional<double> SweepRun::*latency)
{
    QChart *chart = charts::makeChart(title);
    auto *runs = new QScatterSeries;
    runs->setName(tr("runs"));
    runs->setColor(charts::selfhostColor());
    runs->setMarkerSize(RunMarkerSize);
    auto *chosen = new QScatterSeries;
    chosen->setName(tr("chosen run"));
    chosen->setColor(charts::markerColor());
    chosen->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    chosen->setMarkerSize(ChosenMarkerSize);
    chart->addSeries(chosen);
    chart->addSeries(runs);
    QLineSeries *target = charts::addLine(chart, tr("target"), charts::breakevenColor());
    auto *latencyAxis = new QValueAxis;
    latencyAxis->setTitleText(tr("p95 latency (ms)"));
    latencyAxis->setLabelFormat(QStringLiteral("%.0f"));
    auto *throughputAxis = new QValueAxis;
    throughputAxis->setTitleText(tr("total throughput (tok/s)"));
    throughputAxis->setLabelFormat(QStringLiteral("%.0f"));
    charts::attachAxes(chart, latencyAxis, throughputAxis);
    QList<QPointF> points;
    double highestRate = 0;
    for (const SweepRun &run : std::as_const(m_runs)) {
        highestRate = std::max(highestRate, run.throughput.mixedTokPerS);
        if (run.*latency)
            points.append({*(run.*latency), run.throughput.mixedTokPerS});
    }
    runs->replace(charts::cleaned(points));
    throughputAxis->setRange(0, std::max(highestRate, 1.0) * 1.1);
    throughputAxis->applyNiceNumbers();
    return {chart, latencyAxis, throughputAxis, runs, chosen, target, latency};
}

void SweepDialog::drawChart(const LatencyChart &chart, double target)
{
    double highestLatency = target;
    for (const SweepRun &run : std::as_const(m_runs))
        highestLatency = std::max(highestLatency, (run.*chart.latency).value_or(0));
    chart.latencyAxis->setRange(0, std::max(highestLatency, 1.0) * 1.1);
    chart.latencyAxis->applyNiceNumbers();
    chart.target->replace(target > 0 ? charts::verticalLine(target, 0, chart.throughputAxis->max())
                                     : QList<QPointF>());
    QList<QPointF> chosen;
    if (m_chosen && m_runs[*m_chosen].*chart.latency)
        chosen.append(
            {*(m_runs[*m_chosen].*chart.latency), m_runs[*m_chosen].throughput.mixedTokPerS});
    chart.chosen->replace(chosen);
}

void SweepDialog::showChoice()
{
    const Outcome<qsizetype> chosen = chooseSweepRun(m_runs, targets());
    m_chosen = chosen.value;
    m_ok->setEnabled(chosen.ok());
    m_choice->setText(
        chosen.ok() ? tr("Chosen: %1").arg(chosenThroughput(m_runs, *chosen, targets()).description)
                    : format::warning(chosen.errorMessage()));
    drawChart(m_charts[0], m_ttftTarget->value());
    drawChart(m_charts[1], m_itlTarget->value());
}

} // namespace planner
