// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartpanel.h"

#include <QChartView>

#include <optional>

class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace planner {

// Cumulative cost of the API, self-hosting and the hybrid month by month over the planning
// horizon (set-up at month 0, volume growing; owned GPUs in cash), with the cheapest option's
// payback month marked (cumulative costs) and, with growth, the month from which self-hosting's
// monthly cost is lower than the API's.
class HorizonChart : public QChartView, public ChartPanel
{
    Q_OBJECT

public:
    explicit HorizonChart(QWidget *parent = nullptr);
    void setResults(const Scenario &scenario, const Evaluation &evaluation) override;
    QList<QChartView *> chartViews() override { return {this}; }
    QLineSeries *selfhostSeries() const { return m_selfhost; }
    // The marker's short label ("pays back: month 17"); empty when the month is not marked.
    QString paybackLabel() const;
    QString cheaperFromLabel() const;

private:
    // A month boundary marked by a vertical line with a short label at its top.
    struct Marker
    {
        QLineSeries *line;
        QGraphicsSimpleTextItem *label;
        std::optional<int> at; // x, in months from the start
    };
    // The months on the x axis are their ends: month m's own cost is the rise from m - 1 to m.
    enum class MonthEdge { Start, End };
    // labelOfMonth: the label with one placeholder left, for the month.
    void mark(Marker &marker, std::optional<int> month, MonthEdge edge,
              const QString &labelOfMonth);
    void placeLabels();

    QLineSeries *m_api;
    QLineSeries *m_selfhost;
    QLineSeries *m_hybrid;
    Marker m_payback;
    Marker m_cheaperFrom;
    QValueAxis *m_x;
    QValueAxis *m_y;
};

} // namespace planner
