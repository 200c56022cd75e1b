// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/utilizationchart.h"

#include "charts/chartsupport.h"
#include "format.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

namespace planner {

using namespace charts;

namespace {

constexpr double MaxDecadesWithMinorTicks = 3;

QList<QPointF> asPercent(const QList<QPointF> &points)
{
    QList<QPointF> scaled;
    scaled.reserve(points.size());
    for (const QPointF &p : points)
        scaled.append({p.x() * 100, p.y()});
    return scaled;
}

} // namespace

UtilizationChart::UtilizationChart(QWidget *parent)
    : QChartView(parent)
{
    QChart *c = makeChart(tr("Cost per Mtok against GPU utilization"));
    setUpView(this, c);
    m_selfhost = addLine(c, tr("Self-host"), selfhostColor(), 2.0);
    m_api = addLine(c, tr("API"), apiColor(), 2.0);
    m_current = addLine(c, tr("This scenario"), markerColor(), 1.5);
    m_breakeven = addLine(c, tr("Breakeven utilization"), breakevenColor(), 1.5);
    m_x = new QValueAxis(c);
    m_x->setTitleText(tr("Average utilization of the serving replicas, spares aside (%)"));
    m_x->setRange(0, 100);
    m_x->setTickCount(6);
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_y = new QLogValueAxis(c);
    m_y->setTitleText(tr("USD/Mtok"));
    m_y->setLabelFormat(QStringLiteral("$%.2f"));
    attachAxes(c, m_x, m_y);
}

void UtilizationChart::setResults(const Scenario &scenario, const Evaluation &e)
{
    const UtilizationCurves &curves = e.costPerMtokVsUtilization;
    const Range exactY = yRangeOf({&curves.selfhost, &curves.api}, true);
    const Range y = isDraft() ? heldLogRange({m_y->min(), m_y->max()}, exactY) : exactY;
    setPoints(m_selfhost, cleaned(asPercent(curves.selfhost), -INFINITY, y.low));
    setPoints(m_api, cleaned(asPercent(curves.api), -INFINITY, y.low));
    setLogRange(m_y, y.low, y.high);
    // Minor gridlines help read a few decades; over many they crowd into a barcode.
    const int minorTicks = std::log10(y.high / y.low) <= MaxDecadesWithMinorTicks ? 8 : 0;
    if (m_y->minorTickCount() != minorTicks)
        m_y->setMinorTickCount(minorTicks);
    const double current = std::min(curves.scenarioUtilization, 1.0);
    setPoints(m_current, verticalLine(current * 100, y.low, y.high));
    // The marker's basis: the input in utilization mode, else the serving replicas' busy share.
    const bool averageInput = scenario.provisioning == Provisioning::Utilization
        || !e.summary.servingUtilization; // the curve's fallback when no replica serves
    m_current->setName(averageInput ? tr("This scenario: %1 average utilization (input)")
                                          .arg(format::percent(curves.scenarioUtilization))
                                    : tr("This scenario: %1 serving utilization (spares aside)")
                                          .arg(format::percent(curves.scenarioUtilization)));
    const auto breakeven = e.summary.breakevenUtilization;
    setPoints(m_breakeven,
              breakeven ? verticalLine(*breakeven * 100, y.low, y.high) : QList<QPointF> {});
    m_breakeven->setName(breakeven
                             ? tr("Breakeven: %1 (spares aside)").arg(format::percent(*breakeven))
                             : QString());
    chart()->legend()->markers(m_breakeven).constFirst()->setVisible(bool(breakeven));
}

} // namespace planner
