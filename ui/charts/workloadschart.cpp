// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/workloadschart.h"

#include "charts/chartsupport.h"
#include "workloadtablemodel.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTableView>
#include <QValueAxis>

#include <algorithm>

namespace planner {

using namespace charts;

namespace {

// Each hour of the week as a flat step, so the areas show hours rather than slopes between them.
QList<QPointF> steps(const WeekWeights &values)
{
    QList<QPointF> points;
    points.reserve(2 * HoursPerWeek);
    for (int h = 0; h < HoursPerWeek; ++h) {
        points.append({double(h), values[h]});
        points.append({h + 1.0, values[h]});
    }
    return points;
}

WeekWeights plus(WeekWeights sum, const WeekWeights &more)
{
    for (int h = 0; h < HoursPerWeek; ++h)
        sum[h] += more[h];
    return sum;
}

bool allZero(const WeekWeights &values)
{
    return std::ranges::all_of(values, [](double v) { return v <= 0; });
}

} // namespace

QBrush WorkloadsChart::batchBrush(const QColor &color)
{
    constexpr int Side = 6; // the stripes' spacing, in pixels
    QImage tile(Side, Side, QImage::Format_ARGB32);
    QColor tint = color;
    tint.setAlpha(70);
    tile.fill(tint);
    for (int i = 0; i < Side; ++i)
        tile.setPixelColor(i, Side - 1 - i, color); // tiles into unbroken diagonals
    return QBrush(tile);
}

QColor WorkloadsChart::colorOf(int index)
{
    static const QColor colors[]
        = {QColor(0x1f, 0x6f, 0xc5), QColor(0x2e, 0x9e, 0x57), QColor(0x8e, 0x6c, 0xb5),
           QColor(0xc9, 0x8b, 0x12), QColor(0x17, 0x9c, 0xa6), QColor(0xc2, 0x4f, 0x8c),
           QColor(0x6b, 0x7a, 0x1f), QColor(0x5a, 0x5a, 0x5a)};
    return colors[index % std::size(colors)];
}

QString WorkloadsChart::batchName(const QString &workload)
{
    return tr("%1 (batch)").arg(workload);
}

QString WorkloadsChart::capacityName(Option planOption)
{
    return planOption == Option::Hybrid ? tr("Always-on baseline")
                                        : tr("Capacity at the target");
}

WorkloadsChart::WorkloadsChart(QWidget *parent)
    : QWidget(parent)
    , m_weekView(new QChartView(this))
    , m_table(new QTableView(this))
    , m_model(new WorkloadTableModel(this))
{
    QChart *week = makeChart(tr("The plan's week: busy replicas by workload"));
    setUpView(m_weekView, week);
    m_weekView->setRenderHint(QPainter::Antialiasing, false);
    // Beside the week, not under it: a row shares its width equally and cuts long names short.
    week->legend()->setAlignment(Qt::AlignRight);
    week->legend()->setShowToolTips(true);
    m_weekView->setToolTip(
        tr("Each workload's busy replicas, stacked in its colour; hatched: its batch work moved "
           "into quiet hours; dashed: the fleet's capacity at the peak utilization target (the "
           "always-on baseline for the hybrid); above it: bursts to the APIs."));
    m_burst = addBand(apiColor());
    m_burst.area->setName(tr("Burst to the APIs"));
    // Dark and dashed, drawn last: the capacity often runs along the stack's top edge.
    m_capacity = addLine(week, capacityName(Option::Selfhost), QColor(0x20, 0x20, 0x20), 2.0);
    QPen dashed = m_capacity->pen();
    dashed.setStyle(Qt::DashLine);
    m_capacity->setPen(dashed);
    m_days = makeWeekAxis(week);
    m_busyAxis = new QValueAxis(week);
    m_busyAxis->setTitleText(tr("Busy replicas"));
    attachAxes(week, m_days, m_busyAxis);

    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(10, 10));
    m_table->hideColumn(WorkloadTableModel::AloneCost); // in the verdict's tooltip: room is short

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The table as wide as its columns, the chart the rest.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    layout->addWidget(m_weekView, 1);
    layout->addWidget(m_table);
}

WorkloadsChart::Band WorkloadsChart::addBand(const QColor &color)
{
    QChart *chart = m_weekView->chart();
    Band band {new QLineSeries(chart), new QLineSeries(chart), nullptr};
    band.area = new QAreaSeries(band.upper, band.lower);
    band.area->setPen(QPen(color.darker(120), 1));
    QColor fill = color;
    fill.setAlpha(190);
    band.area->setBrush(fill);
    chart->addSeries(band.area);
    return band;
}

// One traffic band and one batch band per plotted workload, the bursts and the capacity on top.
void WorkloadsChart::rebuildBands(qsizetype plotted)
{
    if (m_bands.size() == 2 * plotted)
        return;
    QChart *chart = m_weekView->chart();
    for (const Band &band : std::as_const(m_bands)) {
        chart->removeSeries(band.area);
        delete band.area;
        delete band.upper;
        delete band.lower;
    }
    m_bands.clear();
    chart->removeSeries(m_burst.area);
    chart->removeSeries(m_capacity);
    for (qsizetype i = 0; i < plotted; ++i) {
        m_bands << addBand(Qt::gray) << addBand(Qt::gray);
    }
    chart->addSeries(m_burst.area);
    chart->addSeries(m_capacity);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(m_days);
        series->attachAxis(m_busyAxis);
    }
}

void WorkloadsChart::setBand(const Band &band, const QList<QPointF> &lower,
                             const QList<QPointF> &upper)
{
    setPoints(band.lower, lower);
    setPoints(band.upper, upper);
}

const Portfolio &WorkloadsChart::planOf(const Scenario &scenario)
{
    if (scenario != m_plannedScenario) { // the first, empty scenario has the empty plan
        m_plan = scenario.workloads.isEmpty() ? Portfolio {} : planPortfolio(scenario);
        m_plannedScenario = scenario;
    }
    return m_plan;
}

void WorkloadsChart::setResults(const Scenario &scenario, const Evaluation &)
{
    setPlan(scenario, planOf(scenario));
}

void WorkloadsChart::setPlan(const Scenario &scenario, const Portfolio &p)
{
    m_model->setResults(scenario, p);
    const PortfolioWeek &week = p.week;
    rebuildBands(week.workloads.size());
    QLegend *legend = m_weekView->chart()->legend();
    WeekWeights stacked {};
    const auto stack = [&](const Band &band, const WeekWeights &values) {
        const WeekWeights below = stacked;
        stacked = plus(stacked, values);
        setBand(band, steps(below), steps(stacked));
    };
    for (qsizetype i = 0; i < week.workloads.size(); ++i) {
        const int w = week.workloads[i];
        const QString name = scenario.workloads.value(w).name;
        const QColor color = colorOf(w);
        const Band &traffic = m_bands[2 * i];
        traffic.area->setName(name);
        traffic.area->setPen(QPen(color.darker(120), 1));
        traffic.area->setBrush(QColor(color.red(), color.green(), color.blue(), 190));
        const WeekWeights own = week.interactiveBusy.value(i);
        stack(traffic, own);
        // A workload that is all batch has only its hatched band to show.
        legend->markers(traffic.area).constFirst()->setVisible(!allZero(own));
    }
    for (qsizetype i = 0; i < week.workloads.size(); ++i) {
        const QColor color = colorOf(week.workloads[i]);
        const Band &batch = m_bands[2 * i + 1];
        batch.area->setPen(QPen(color.darker(120), 1));
        batch.area->setBrush(batchBrush(color));
        const WeekWeights moved = week.batchInValleys.value(i);
        stack(batch, moved);
        batch.area->setName(batchName(scenario.workloads.value(week.workloads[i]).name));
        legend->markers(batch.area).constFirst()->setVisible(!allZero(moved));
    }
    WeekWeights burst {};
    for (int h = 0; h < HoursPerWeek; ++h)
        burst[h] = std::max(stacked[h], week.capacityBusy[h]);
    setBand(m_burst, steps(week.capacityBusy), steps(burst));
    legend->markers(m_burst.area).constFirst()->setVisible(burst != week.capacityBusy);
    const bool fleet = !allZero(week.capacityBusy);
    setPoints(m_capacity, fleet ? steps(week.capacityBusy) : QList<QPointF> {});
    m_capacity->setName(capacityName(p.planOption));
    legend->markers(m_capacity).constFirst()->setVisible(fleet);
    setTitle(m_weekView->chart(),
             fleet ? tr("The plan's week: busy replicas by workload")
                   : tr("The plan keeps every workload on its API: no fleet to draw"));
    // An empty week still gets a readable axis: one replica. The ticks get the decimals they
    // need: whole replicas wherever the range allows.
    setNiceRange(m_busyAxis, 0, std::max(std::ranges::max(burst), 1 / 1.08) * 1.08);
}

} // namespace planner
