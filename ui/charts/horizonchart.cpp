// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/horizonchart.h"

#include "charts/chartsupport.h"
#include "figures.h"
#include "format.h"

#include <QGraphicsSimpleTextItem>
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
    m_payback = {addLine(c, tr("Payback"), breakevenColor(), 1.5), addAnnotation(c), std::nullopt};
    m_cheaperFrom = {addLine(c, tr("Self-host's monthly cost lower from"), markerColor(), 1.5),
                     addAnnotation(c), std::nullopt};
    QPen dashed = m_cheaperFrom.line->pen();
    dashed.setStyle(Qt::DashLine);
    m_cheaperFrom.line->setPen(dashed);
    m_x = new QValueAxis(c);
    m_x->setTitleText(tr("Month"));
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_y = new QValueAxis(c);
    m_y->setTitleText(tr("USD to date"));
    m_y->setLabelFormat(QStringLiteral("$%.0f"));
    attachAxes(c, m_x, m_y);
    m_payback.label->setBrush(breakevenColor());
    m_cheaperFrom.label->setBrush(m_x->labelsBrush()); // the theme's text colour, light or dark
    connect(c, &QChart::plotAreaChanged, this, &HorizonChart::placeLabels);
}

void HorizonChart::setResults(const Scenario &scenario, const Evaluation &e)
{
    const HorizonCurves &h = e.cumulativeCost;
    const Summary &s = e.summary;
    const bool owned = s.selfhostCapexUsd.has_value();
    setTitle(chart(),
             owned ? tr("Cumulative cost in cash over the planning horizon (owned GPUs "
                        "bought as the fleet grows)")
                   : tr("Cumulative cost over the planning horizon"));
    setPoints(m_api, cleaned(h.api));
    setPoints(m_selfhost, cleaned(h.selfhost));
    setPoints(m_hybrid, cleaned(h.hybrid));
    const Range y = yRangeOf({&h.api, &h.selfhost, &h.hybrid}, false);
    setNiceRange(m_y, 0, y.high);
    m_x->setRange(0, scenario.horizonMonths);
    // The cheapest option's payback; self-hosting's, said as a conditional, when the API is.
    const auto payback = paybackFigure(s);
    std::optional<int> paybackMonth = s.paybackMonth;
    QString paysBack = payback ? tr("self-host pays back") : tr("self-host would pay back");
    if (payback == Figure::HybridPaybackMonth) {
        paybackMonth = s.hybridPaybackMonth;
        paysBack = tr("hybrid pays back");
    }
    mark(m_payback, paybackMonth, MonthEdge::End,
         tr("%1: month %2").arg(owned ? tr("%1 in cash").arg(paysBack) : paysBack));
    // The switch compares one month's costs, the rise of the lines through that month, so it is
    // marked where the month starts; the payback compares cumulative costs at a month's end.
    mark(m_cheaperFrom, scenario.monthlyGrowth != 0 ? s.selfhostCheaperFromMonth : std::nullopt,
         MonthEdge::Start, tr("self-host's monthly cost lower from month %1"));
    placeLabels();
}

void HorizonChart::mark(Marker &marker, std::optional<int> month, MonthEdge edge,
                        const QString &labelOfMonth)
{
    marker.at
        = month ? std::optional<int>(edge == MonthEdge::End ? *month : *month - 1) : std::nullopt;
    const QString label = month ? labelOfMonth.arg(*month) : QString();
    setPoints(marker.line, month ? verticalLine(*marker.at, 0, m_y->max()) : QList<QPointF> {});
    marker.line->setName(format::capitalized(label));
    chart()->legend()->markers(marker.line).constFirst()->setVisible(bool(month));
    marker.label->setText(label);
    marker.label->setVisible(bool(month));
}

void HorizonChart::placeLabels()
{
    const QRectF plot = chart()->plotArea();
    // Cumulative costs rise from the bottom left to the top right: a label in the first half of
    // the horizon goes at the top, in the second half at the bottom, where the curves are not.
    int rowsAtTop = 0;
    int rowsAtBottom = 0;
    for (Marker *marker : {&m_cheaperFrom, &m_payback}) {
        if (!marker->at)
            continue;
        const QPointF at = chart()->mapToPosition(QPointF(*marker->at, 0), m_api);
        const QRectF box = marker->label->boundingRect();
        const double x
            = at.x() + 4 + box.width() > plot.right() ? at.x() - 4 - box.width() : at.x() + 4;
        const bool atTop = *marker->at <= m_x->max() / 2;
        const double y = atTop ? plot.top() + 4 + rowsAtTop++ * (box.height() + 2)
                               : plot.bottom() - 4 - ++rowsAtBottom * (box.height() + 2);
        marker->label->setPos(std::max(x, plot.left() + 2), y);
    }
}

QString HorizonChart::paybackLabel() const
{
    return m_payback.label->isVisible() ? m_payback.label->text() : QString();
}

QString HorizonChart::cheaperFromLabel() const
{
    return m_cheaperFrom.label->isVisible() ? m_cheaperFrom.label->text() : QString();
}

} // namespace planner
