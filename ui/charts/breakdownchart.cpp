// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/breakdownchart.h"

#include "charts/chartsupport.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace planner {

using namespace charts;

BreakdownChart::BreakdownChart(QWidget *parent)
    : QChartView(parent)
{
    QChart *c = makeChart(tr("Where the money goes, per month"));
    setUpView(this, c);
    const auto makeSet = [c](const QString &name, const QColor &color) {
        auto *set = new QBarSet(name, c);
        set->setColor(color);
        set->setBorderColor(color.darker(130));
        set->append({0, 0, 0});
        return set;
    };
    m_busy = makeSet(tr("GPU busy"), selfhostColor());
    m_idle = makeSet(tr("GPU idle"), selfhostColor().lighter(165));
    m_overhead = makeSet(tr("Engineering and operations"), QColor(0x8e, 0x6c, 0xb5));
    m_api = makeSet(tr("API"), apiColor());
    auto *series = new QHorizontalStackedBarSeries(c);
    series->append({m_busy, m_idle, m_overhead, m_api});
    series->setBarWidth(0.6);
    c->addSeries(series);
    auto *options = new QBarCategoryAxis(c);
    options->append({tr("Hybrid"), tr("Self-host"), tr("API")}); // bars stack upwards: API on top
    m_y = new QValueAxis(c);
    m_y->setTitleText(tr("USD/month"));
    m_y->setLabelFormat(QStringLiteral("$%.0f"));
    attachAxes(c, m_y, options);
}

void BreakdownChart::setResults(const Scenario &, const Evaluation &e)
{
    const CostBreakdown *options[] = {&e.hybridBreakdown, &e.selfhostBreakdown, &e.apiBreakdown};
    double highest = 0;
    for (int i = 0; i < 3; ++i) {
        const CostBreakdown &b = *options[i];
        const auto finite = [](double v) {
            return std::isfinite(v) ? v : 0.0;
        };
        m_busy->replace(i, finite(b.gpuBusy));
        m_idle->replace(i, finite(b.gpuIdle));
        m_overhead->replace(i, finite(b.engineeringAndOperations));
        m_api->replace(i, finite(b.api));
        highest
            = std::max(highest, finite(b.gpuBusy + b.gpuIdle + b.engineeringAndOperations + b.api));
    }
    setNiceRange(m_y, 0, std::max(highest, 1.0) * 1.05);
}

} // namespace planner
