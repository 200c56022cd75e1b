// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/costvolumechart.h"

#include "charts/chartsupport.h"
#include "format.h"
#include "workloadediting.h"

#include <QAreaSeries>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>

namespace planner {

using namespace charts;

CostVolumeChart::CostVolumeChart(QWidget *parent)
    : QChartView(parent)
{
    QChart *c = makeChart(tr("Monthly cost against volume"));
    setUpView(this, c);
    setMinimumSize(360, 240);

    m_windowUpper = new QLineSeries(c);
    m_windowLower = new QLineSeries(c);
    m_window = new QAreaSeries(m_windowUpper, m_windowLower);
    m_window->setName(tr("Self-host wins, then loses at the next replica"));
    QColor shade = breakevenColor();
    shade.setAlpha(40);
    m_window->setBrush(shade);
    m_window->setPen(Qt::NoPen);
    c->addSeries(m_window);

    // Widest first: where the hybrid equals the API or self-hosting, both lines stay visible.
    m_api = addLine(c, tr("API"), apiColor(), 3.5);
    m_selfhost = addLine(c, tr("Self-host"), selfhostColor(), 2.5);
    m_hybrid = addLine(c, tr("Hybrid"), hybridColor(), 1.5);
    m_current = addLine(c, tr("This volume"), markerColor(), 1.5);
    m_breakeven = addLine(c, tr("Breakeven"), breakevenColor(), 1.5);

    m_x = new QLogValueAxis(c);
    m_x->setTitleText(tr("Volume (Mtok per month)"));
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_x->setBase(10);
    m_y = new QLogValueAxis(c);
    m_y->setTitleText(tr("USD/month"));
    m_y->setLabelFormat(QStringLiteral("$%.0f"));
    m_y->setBase(10);
    attachAxes(c, m_x, m_y);

    m_breakevenText = addAnnotation(c);
    m_breakevenText->setBrush(breakevenColor());
    m_currentText = addAnnotation(c);
    m_currentText->setBrush(m_x->labelsBrush()); // the theme's text colour, light or dark
    connect(c, &QChart::plotAreaChanged, this, [this, c] {
        redecimate(c);
        placeLabels();
    });
}

void CostVolumeChart::setResults(const Scenario &scenario, const Evaluation &e)
{
    const VolumeCurves &curves = e.costVsVolume;
    const Range exactX {curves.api.first().x(), curves.api.last().x()};
    const Range exactY = yRangeOf({&curves.api, &curves.selfhost, &curves.hybrid}, true);
    // A changed range lays out every label and series again: a drag moves it only now and then.
    const Range x = isDraft() ? heldLogRange({m_x->min(), m_x->max()}, exactX) : exactX;
    const Range y = isDraft() ? heldLogRange({m_y->min(), m_y->max()}, exactY) : exactY;
    // API(V) = p V is a straight line on log-log axes: its two ends draw it exactly.
    setPoints(m_api, cleaned({curves.api.first(), curves.api.last()}, 0, y.low));
    setPoints(m_selfhost, cleaned(curves.selfhost, 0, y.low));
    setPoints(m_hybrid, cleaned(curves.hybrid, 0, y.low));
    const double v = totalVolumeMtokPerMonth(scenario);
    setLogRange(m_x, x.low, x.high);
    setLogRange(m_y, y.low, y.high);

    m_currentVolume = v;
    setPoints(m_current, verticalLine(v, y.low, y.high));
    m_currentText->setText(tr("this volume: %1").arg(format::volume(v)));

    const Summary &s = e.summary;
    const auto breakeven = s.breakevenVolumeMtokPerMonth;
    const bool breakevenShown = breakeven && *breakeven >= m_x->min() && *breakeven <= m_x->max();
    setPoints(m_breakeven,
              breakevenShown ? verticalLine(*breakeven, y.low, y.high) : QList<QPointF> {});
    chart()->legend()->markers(m_breakeven).constFirst()->setVisible(breakevenShown);
    // A breakeven beyond the curves' span is still named, at the edge it lies beyond.
    m_breakevenText->setVisible(bool(breakeven));
    m_breakevenVolume = breakeven ? std::clamp(*breakeven, m_x->min(), m_x->max()) : 0;
    if (breakeven)
        m_breakevenText->setText(breakevenShown ? tr("breakeven %1").arg(format::volume(*breakeven))
                                     : *breakeven > m_x->max()
                                     ? tr("breakeven %1 →").arg(format::volume(*breakeven))
                                     : tr("← breakeven %1").arg(format::volume(*breakeven)));

    const auto first = s.firstCrossoverMtokPerMonth;
    const bool window = breakeven && e.explanation.crossoverWindow;
    setPoints(m_windowUpper,
              window ? QList<QPointF> {{*first, y.high}, {*breakeven, y.high}} : QList<QPointF> {});
    setPoints(m_windowLower,
              window ? QList<QPointF> {{*first, y.low}, {*breakeven, y.low}} : QList<QPointF> {});
    m_window->setVisible(window);
    chart()->legend()->markers(m_window).constFirst()->setVisible(window);
    placeLabels();
}

void CostVolumeChart::placeLabels()
{
    const QRectF plot = chart()->plotArea();
    // Each label on the side of its line away from the other line, so no line crosses a label.
    const auto place
        = [&](QGraphicsSimpleTextItem *item, double volume, bool leftSide, double row) {
              const QPointF at = chart()->mapToPosition(QPointF(volume, m_y->max()), m_breakeven);
              const double width = item->boundingRect().width();
              double x = leftSide ? at.x() - 4 - width : at.x() + 4;
              x = std::clamp(x, plot.left() + 2, plot.right() - width - 2);
              item->setPos(x, plot.top() + 4 + row * (item->boundingRect().height() + 2));
          };
    const bool breakevenLeft = m_breakevenVolume < m_currentVolume;
    place(m_currentText, m_currentVolume, !breakevenLeft, 0);
    if (m_breakevenText->isVisible())
        place(m_breakevenText, m_breakevenVolume, breakevenLeft, 1);
}

} // namespace planner
