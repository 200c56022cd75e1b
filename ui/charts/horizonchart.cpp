// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/horizonchart.h"

#include "charts/chartsupport.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

namespace planner {

using namespace charts;

HorizonChart::HorizonChart(QWidget *parent)
    : QChartView(parent)
{
    QChart *c = makeChart(tr("Cumulative cost over the planning horizon"));
    setUpView(this, c);
    m_api = addLine(c, tr("API"), apiColor(), 3.0);
    m_selfhost = addLine(c, tr("Self-host"), selfhostColor(), 2.5);
    m_hybrid = addLine(c, tr("Hybrid"), hybridColor(), 1.5);
    m_payback = addLine(c, tr("Payback"), breakevenColor(), 1.5);
    m_x = new QValueAxis(c);
    m_x->setTitleText(tr("Month"));
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_y = new QValueAxis(c);
    m_y->setTitleText(tr("Cumulative USD"));
    m_y->setLabelFormat(QStringLiteral("$%.0f"));
    attachAxes(c, m_x, m_y);
}

void HorizonChart::setResults(const Scenario &scenario, const Evaluation &e)
{
    const HorizonCurves &h = e.cumulativeCost;
    m_api->replace(cleaned(h.api));
    m_selfhost->replace(cleaned(h.selfhost));
    m_hybrid->replace(cleaned(h.hybrid));
    const Range y = yRangeOf({&h.api, &h.selfhost, &h.hybrid}, false);
    m_y->setRange(0, y.high);
    m_y->applyNiceNumbers();
    m_x->setRange(0, scenario.horizonMonths);
    const auto payback = e.summary.paybackMonth;
    m_payback->replace(payback ? verticalLine(*payback, 0, m_y->max()) : QList<QPointF> {});
    chart()->legend()->markers(m_payback).constFirst()->setVisible(bool(payback));
}

} // namespace planner
