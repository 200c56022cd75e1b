// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/distributionchart.h"

#include "charts/chartsupport.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace planner {

using namespace charts;

DistributionChart::DistributionChart(QWidget *parent)
    : QChartView(parent)
{
    QChart *c = makeChart(tr("Monthly savings of self-hosting across outcomes"));
    setUpView(this, c);
    m_histogram = addLine(c, tr("Share of outcomes"), selfhostColor(), 2.0);
    m_p10 = addLine(c, tr("P10 / P90"), markerColor(), 1.5);
    m_p50 = addLine(c, tr("P50"), hybridColor(), 2.0);
    m_p90 = addLine(c, QString(), markerColor(), 1.5);
    m_zero = addLine(c, tr("Breakeven"), breakevenColor(), 1.5);
    m_x = new QValueAxis(c);
    m_x->setTitleText(tr("Monthly savings, API − self-host (USD)"));
    m_x->setLabelFormat(QStringLiteral("%.0f")); // "$%.0f" would write "$-5,000"
    m_y = new QValueAxis(c);
    m_y->setTitleText(tr("% of outcomes"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    attachAxes(c, m_x, m_y);
    c->legend()->markers(m_p90).constFirst()->setVisible(false);
}

void DistributionChart::setUncertainty(const UncertaintyResult *result)
{
    if (!result) {
        chart()->setTitle(tr("Give an input a range (±) to see how sure the verdict is"));
        return;
    }
    chart()->setTitle(tr("Monthly savings of self-hosting across %1 outcomes (seed %2)")
                          .arg(QLocale().toString(result->samples))
                          .arg(result->seed));
    setResult(*result);
}

void DistributionChart::setResult(const UncertaintyResult &r)
{
    if (r.savings.empty())
        return;
    constexpr int Bins = 40;
    double low = r.savings.front();
    double high = r.savings.back();
    if (high - low < 1e-9) {
        low -= std::max(1.0, std::abs(low) * 0.05);
        high += std::max(1.0, std::abs(high) * 0.05);
    }
    const double width = (high - low) / Bins;
    std::vector<int> counts(Bins, 0);
    for (double s : r.savings)
        ++counts[std::clamp(int((s - low) / width), 0, Bins - 1)];
    QList<QPointF> steps;
    steps.reserve(2 * Bins + 2);
    double tallest = 0;
    steps.append({low, 0});
    for (int b = 0; b < Bins; ++b) {
        const double share = 100.0 * counts[b] / double(r.savings.size());
        steps.append({low + b * width, share});
        steps.append({low + (b + 1) * width, share});
        tallest = std::max(tallest, share);
    }
    steps.append({high, 0});
    m_histogram->replace(steps);
    const double top = std::min(tallest * 1.1 + 1e-9, 100.0); // a share never passes 100%
    m_p10->replace(verticalLine(r.savingsP10, 0, top));
    m_p50->replace(verticalLine(r.savingsP50, 0, top));
    m_p90->replace(verticalLine(r.savingsP90, 0, top));
    const double left = std::min(low, 0.0);
    const double right = std::max(high, 0.0);
    const double pad = (right - left) * 0.04;
    m_zero->replace(verticalLine(0, 0, top));
    m_x->setRange(left - pad, right + pad);
    m_x->applyNiceNumbers();
    m_y->setRange(0, top);
    m_y->applyNiceNumbers();
}

} // namespace planner
