// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/comparisonchart.h"

#include "charts/chartsupport.h"
#include "workloadediting.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>

namespace planner {

using namespace charts;

ComparisonChart::ComparisonChart(QWidget *parent)
    : QChartView(parent)
{
    setUpView(this, makeChart(tr("Monthly cost against volume, scenario by scenario")));
}

QColor ComparisonChart::colorOf(int index)
{
    static const QColor colors[] = {QColor(0x1f, 0x6f, 0xc5), QColor(0xd6, 0x45, 0x2f),
                                    QColor(0x2e, 0x9e, 0x57), QColor(0x8e, 0x6c, 0xb5)};
    return colors[index % std::size(colors)];
}

QString ComparisonChart::letterOf(int index)
{
    return QString(QChar(u'A' + index));
}

void ComparisonChart::setScenarios(const QList<Scenario> &scenarios,
                                   const QList<Evaluation> &evaluations)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    QList<const QList<QPointF> *> all;
    for (const Evaluation &e : evaluations)
        all << &e.costVsVolume.selfhost << &e.costVsVolume.api;
    double yLow = INFINITY;
    double yHigh = 0;
    double xLow = INFINITY;
    double xHigh = 0;
    for (const QList<QPointF> *points : all) {
        for (const QPointF &p : *points) {
            if (p.y() > 0 && std::isfinite(p.y())) {
                yLow = std::min(yLow, p.y());
                yHigh = std::max(yHigh, p.y());
            }
            xLow = std::min(xLow, p.x());
            xHigh = std::max(xHigh, p.x());
        }
    }
    const Range y = paddedRange(yLow, yHigh, true);
    for (int i = 0; i < scenarios.size(); ++i) {
        const VolumeCurves &curves = evaluations[i].costVsVolume;
        addLine(c, tr("%1 self-host").arg(letterOf(i)), colorOf(i), 3.0)
            ->replace(cleaned(curves.selfhost, 0, y.low));
        QColor light = colorOf(i);
        light.setAlpha(150);
        addLine(c, tr("%1 API").arg(letterOf(i)), light, 1.5)
            ->replace(cleaned({curves.api.first(), curves.api.last()}, 0, y.low));
        auto *here = new QScatterSeries(c);
        here->setColor(colorOf(i));
        here->setMarkerSize(9);
        const Summary &s = evaluations[i].summary;
        here->append(totalVolumeMtokPerMonth(scenarios[i]), std::max(s.selfhostUsdPerMonth, y.low));
        c->addSeries(here);
        c->legend()->markers(here).constFirst()->setVisible(false);
    }
    auto *x = new QLogValueAxis(c);
    x->setTitleText(tr("Volume (Mtok per month)"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    setLogRange(x, xLow, xHigh);
    auto *yAxis = new QLogValueAxis(c);
    yAxis->setTitleText(tr("USD/month"));
    yAxis->setLabelFormat(QStringLiteral("$%.0f"));
    setLogRange(yAxis, y.low, y.high);
    attachAxes(c, x, yAxis);
}

} // namespace planner
