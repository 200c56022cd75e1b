// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/hybridcharts.h"

#include "charts/chartsupport.h"
#include "format.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChartView>
#include <QHBoxLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace planner {

using namespace charts;

namespace {

QAreaSeries *addArea(QChart *chart, const QString &name, QLineSeries *upper, QLineSeries *lower,
                     QColor color)
{
    auto *area = new QAreaSeries(upper, lower);
    area->setName(name);
    area->setPen(QPen(color.darker(120), 1));
    color.setAlpha(170);
    area->setBrush(color);
    chart->addSeries(area);
    return area;
}

// The batch work that fills the valleys: its own colour, between self-hosting's and the API's.
QColor batchColor()
{
    return QColor(0x7b, 0x4f, 0xc4);
}

// Each hour of the week as a flat step, so the areas show hours rather than slopes between them.
void appendStep(QList<QPointF> &points, int hour, double y)
{
    points.append({double(hour), y});
    points.append({hour + 1.0, y});
}

} // namespace

HybridCharts::HybridCharts(QWidget *parent)
    : QWidget(parent)
    , m_weekView(new QChartView(this))
    , m_replicasView(new QChartView(this))
{
    QChart *week = makeChart(tr("The hybrid's week: self-hosted baseline, peaks to the API"));
    setUpView(m_weekView, week);
    // Hourly steps: every edge is axis-aligned, so the week is never antialiased, not even when
    // the drag ends (see setDraft()).
    m_weekView->setRenderHint(QPainter::Antialiasing, false);
    m_interactiveUpper = new QLineSeries(week);
    m_batchUpper = new QLineSeries(week);
    m_selfUpper = new QLineSeries(week);
    m_burstUpper = new QLineSeries(week);
    m_selfArea = addArea(week, tr("Self-hosted"), m_interactiveUpper, nullptr, selfhostColor());
    m_batchArea
        = addArea(week, tr("Batch in quiet hours"), m_batchUpper, m_interactiveUpper, batchColor());
    addArea(week, tr("Burst to API"), m_burstUpper, m_selfUpper, apiColor());
    m_capacity = addLine(week, tr("Baseline capacity"), markerColor(), 1.5);
    QCategoryAxis *days = makeWeekAxis(week);
    m_loadAxis = new QValueAxis(week);
    m_loadAxis->setTitleText(tr("Mtok/hour"));
    m_loadAxis->setLabelFormat(QStringLiteral("%.0f"));
    attachAxes(week, days, m_loadAxis);

    QChart *replicas = makeChart(tr("Hybrid cost against baseline replicas"));
    setUpView(m_replicasView, replicas);
    m_costLine = addLine(replicas, tr("Hybrid"), hybridColor(), 2.5);
    m_optimum = new QScatterSeries(replicas);
    m_optimum->setName(tr("Cheapest baseline"));
    m_optimum->setColor(breakevenColor());
    m_optimum->setMarkerSize(10);
    replicas->addSeries(m_optimum);
    m_replicasAxis = new QValueAxis(replicas);
    m_replicasAxis->setTitleText(tr("Always-on replicas (0 = API only)"));
    m_replicasAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_replicasAxis->setTickType(QValueAxis::TicksDynamic);
    m_costAxis = new QValueAxis(replicas);
    m_costAxis->setTitleText(tr("USD/month"));
    m_costAxis->setLabelFormat(QStringLiteral("$%.0f"));
    attachAxes(replicas, m_replicasAxis, m_costAxis);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_weekView, 3);
    layout->addWidget(m_replicasView, 2);
}

void HybridCharts::setDraft(bool draft)
{
    ChartPanel::setDraft(draft);
    m_weekView->setRenderHint(QPainter::Antialiasing, false); // its steps stay sharp
}

void HybridCharts::fitNiceRange(QValueAxis *axis, double low, double high)
{
    if (isDraft())
        holdNiceRange(axis, low, high);
    else
        setNiceRange(axis, low, high);
}

void HybridCharts::setResults(const Scenario &, const Evaluation &e)
{
    const WeekSplit &w = e.week;
    const bool batchShown = !w.batchInValleys.isEmpty();
    QList<QPointF> interactive;
    QList<QPointF> self;
    QList<QPointF> total;
    double peak = 0;
    for (int h = 0; h < HoursPerWeek; ++h) {
        const double carried = w.selfhosted[h].y();
        const double load = carried + w.burstToApi[h].y();
        if (batchShown)
            appendStep(interactive, h, carried - w.batchInValleys[h].y());
        appendStep(self, h, carried);
        appendStep(total, h, load);
        peak = std::max(peak, load);
    }
    // Without batch in the valleys, the self-hosted area is the whole self-hosted load.
    setPoints(m_interactiveUpper, cleaned(batchShown ? interactive : self));
    setPoints(m_selfUpper, cleaned(self));
    setPoints(m_batchUpper, batchShown ? cleaned(self) : QList<QPointF> {});
    m_selfArea->setName(batchShown ? tr("Interactive") : tr("Self-hosted"));
    m_batchArea->setVisible(batchShown);
    m_weekView->chart()->legend()->markers(m_batchArea).constFirst()->setVisible(batchShown);
    setPoints(m_burstUpper, cleaned(total));
    const double capacity = w.baselineCapacityMtokPerHour;
    setPoints(m_capacity,
              capacity > 0 ? QList<QPointF> {{0, capacity}, {double(HoursPerWeek), capacity}}
                           : QList<QPointF> {});
    fitNiceRange(m_loadAxis, 0, std::max({peak, capacity, 1e-9}) * 1.08);

    const QList<QPointF> costs = cleaned(e.hybridCostVsReplicas);
    setPoints(m_costLine, costs);
    setPoints(m_optimum, {QPointF(e.summary.hybridReplicas, e.summary.hybridUsdPerMonth)});
    const Range y = yRangeOf({&costs}, false);
    fitNiceRange(m_costAxis, 0, y.high); // from zero, so differences are not exaggerated
    // Whole replicas on the axis, with room for the optimum's dot at either end.
    const double lastK = std::max(1.0, costs.isEmpty() ? 1 : costs.last().x());
    const double step = std::max(1.0, std::ceil(lastK / 5));
    m_replicasAxis->setRange(-0.05 * lastK - 0.1, lastK * 1.05 + 0.1);
    m_replicasAxis->setTickAnchor(0);
    m_replicasAxis->setTickInterval(step);
}

} // namespace planner
