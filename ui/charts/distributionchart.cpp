// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/distributionchart.h"

#include "charts/chartsupport.h"
#include "format.h"

#include <QGraphicsTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace planner {

using namespace charts;

DistributionChart::DistributionChart(QWidget *parent)
    : QChartView(parent)
{
    QChart *c = makeChart(tr("Monthly savings of self-hosting and of the hybrid across outcomes"));
    setUpView(this, c);
    m_selfhost = addDistribution(tr("Self-host"), selfhostColor());
    m_hybrid = addDistribution(tr("Hybrid"), hybridColor());
    m_zero = addLine(c, tr("Breakeven"), breakevenColor(), 1.5);
    m_x = new QValueAxis(c);
    m_x->setTitleText(tr("Monthly savings against the API (USD)"));
    m_x->setLabelFormat(QStringLiteral("%.0f")); // "$%.0f" would write "$-5,000"
    m_y = new QValueAxis(c);
    m_y->setTitleText(tr("Share (%)"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    attachAxes(c, m_x, m_y);
    m_emptyNote = new QGraphicsTextItem(c);
    m_emptyNote->setDefaultTextColor(m_x->labelsBrush().color());
    m_emptyNote->setVisible(false);
    connect(c, &QChart::plotAreaChanged, this, [this] { placeEmptyNote(); });
}

QString DistributionChart::emptyNote() const
{
    return m_emptyNote->isVisible() ? m_emptyNote->toPlainText() : QString();
}

void DistributionChart::placeEmptyNote()
{
    const QRectF plot = chart()->plotArea();
    m_emptyNote->setTextWidth(std::min(plot.width(), 480.0));
    const QRectF note = m_emptyNote->boundingRect();
    m_emptyNote->setPos(plot.center() - QPointF(note.width() / 2, note.height() / 2));
}

// No outcomes to show: no line, no axis ticks to misread, and a note on how to get outcomes.
void DistributionChart::clear()
{
    if (m_emptyNote->isVisible())
        return; // cleared already: every slider step without ranges comes here
    for (const Distribution *d : {&m_selfhost, &m_hybrid}) {
        for (QLineSeries *series : {d->histogram, d->p10, d->p50, d->p90})
            setPoints(series, {});
        d->histogram->setName(d->name);
    }
    setPoints(m_zero, {});
    setToolTip(QString());
    m_x->setVisible(false);
    m_y->setVisible(false);
    chart()->legend()->setVisible(false);
    setTitle(chart(), tr("Monthly savings across outcomes"));
    m_emptyNote->setPlainText(
        tr("No input has a range, so there is a single outcome. Click ± beside an input and give "
           "it a low, likely and high value to see the spread of outcomes here."));
    m_emptyNote->setVisible(true);
    placeEmptyNote();
}

DistributionChart::Distribution DistributionChart::addDistribution(const QString &name,
                                                                   const QColor &color)
{
    QChart *c = chart();
    Distribution d {name, addLine(c, name, color, 2.0), addLine(c, QString(), color, 1.0),
                    addLine(c, QString(), color, 2.0), addLine(c, QString(), color, 1.0)};
    for (QLineSeries *percentile : {d.p10, d.p90}) {
        QPen dashed = percentile->pen();
        dashed.setStyle(Qt::DashLine);
        percentile->setPen(dashed);
    }
    for (QLineSeries *percentile : {d.p10, d.p50, d.p90})
        c->legend()->markers(percentile).constFirst()->setVisible(false);
    return d;
}

void DistributionChart::setUncertainty(const UncertaintyResult *result)
{
    if (!result) {
        clear();
        return;
    }
    setTitle(chart(),
             tr("Monthly savings of self-hosting and of the hybrid across %1 outcomes "
                "(seed %2)")
                 .arg(QLocale().toString(result->samples))
                 .arg(result->seed));
    setResult(*result);
}

double DistributionChart::drawHistogram(const Distribution &d, const std::vector<double> &savings,
                                        double low, double high)
{
    constexpr int Bins = 40;
    const double width = (high - low) / Bins;
    std::vector<int> counts(Bins, 0);
    for (double s : savings)
        ++counts[std::clamp(int((s - low) / width), 0, Bins - 1)];
    // Only the bins from this option's lowest outcome to its highest: the other option's range
    // is not drawn as a line along the axis.
    const int first = int(std::find_if(counts.begin(), counts.end(), [](int n) { return n > 0; })
                          - counts.begin());
    const int last = int(
        counts.rend() - std::find_if(counts.rbegin(), counts.rend(), [](int n) { return n > 0; }));
    QList<QPointF> steps;
    steps.reserve(2 * Bins + 2);
    double tallest = 0;
    steps.append({low + first * width, 0});
    for (int b = first; b < last; ++b) {
        const double share = 100.0 * counts[b] / double(savings.size());
        steps.append({low + b * width, share});
        steps.append({low + (b + 1) * width, share});
        tallest = std::max(tallest, share);
    }
    steps.append({low + last * width, 0});
    setPoints(d.histogram, steps);
    return tallest;
}

QString DistributionChart::drawPercentiles(const Distribution &d, double p10, double p50,
                                           double p90, double top)
{
    setPoints(d.p10, verticalLine(p10, 0, top));
    setPoints(d.p50, verticalLine(p50, 0, top));
    setPoints(d.p90, verticalLine(p90, 0, top));
    // The median in the legend, short enough for a half-page chart; all three in the tooltip.
    d.histogram->setName(tr("%1: P50 %2").arg(d.name, format::money(p50)));
    return tr("%1: P10 %2, P50 %3, P90 %4")
        .arg(d.name, format::money(p10), format::money(p50), format::money(p90));
}

void DistributionChart::setResult(const UncertaintyResult &r)
{
    if (r.savings.empty() || r.hybridSavings.empty())
        return;
    m_emptyNote->setVisible(false);
    m_x->setVisible(true);
    m_y->setVisible(true);
    chart()->legend()->setVisible(true);
    // One bin width for both options, so their shares read against each other.
    double low = std::min(r.savings.front(), r.hybridSavings.front());
    double high = std::max(r.savings.back(), r.hybridSavings.back());
    if (high - low < 1e-9) {
        low -= std::max(1.0, std::abs(low) * 0.05);
        high += std::max(1.0, std::abs(high) * 0.05);
    }
    const double tallest = std::max(drawHistogram(m_selfhost, r.savings, low, high),
                                    drawHistogram(m_hybrid, r.hybridSavings, low, high));
    const double top = std::min(tallest * 1.1 + 1e-9, 100.0); // a share never passes 100%
    setToolTip(tr("Dashed lines: P10 and P90; solid: P50 (median).\n%1\n%2")
                   .arg(drawPercentiles(m_selfhost, r.savingsP10, r.savingsP50, r.savingsP90, top),
                        drawPercentiles(m_hybrid, r.hybridSavingsP10, r.hybridSavingsP50,
                                        r.hybridSavingsP90, top)));
    const double left = std::min(low, 0.0);
    const double right = std::max(high, 0.0);
    const double pad = (right - left) * 0.04;
    setPoints(m_zero, verticalLine(0, 0, top));
    setNiceRange(m_x, left - pad, right + pad);
    setNiceRange(m_y, 0, top);
}

} // namespace planner
