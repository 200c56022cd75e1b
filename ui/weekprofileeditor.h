// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QWidget>

#include <optional>
#include <utility>

class QComboBox;

namespace planner {

// The 168 hourly weights of a typical week as bars, Monday first. Drag across the bars to draw
// a shape; the result is emitted when the mouse is released. From the keyboard, Left and Right
// (Home, End) choose an hour and Up and Down (Page Up, Page Down) change its weight; each key
// edit is emitted at once.
class WeekBars : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MinimumHeight = 56; // pixels: a week still readable in a narrow panel
    explicit WeekBars(QWidget *parent = nullptr);
    void setWeights(const WeekWeights &weights);
    QSize sizeHint() const override { return {340, 64}; }
    int currentHour() const { return m_currentHour; }

signals:
    void weightsEdited(const WeekWeights &weights);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void drawAt(QPointF position);
    void paintDayNames(QPainter &painter, const QRectF &area);
    void paintFocusMark(QPainter &painter, const QRectF &area);
    static QStringList dayNames();
    void changeCurrentWeight(double shareOfScale);
    void emitIfDrawn();
    QFont dayNameFont() const;
    int dayStripHeight() const;
    QRectF plotRect() const;

    WeekWeights m_weights {};
    double m_scaleMax = 1;
    bool m_drawing = false;
    // The last hour and level drawn in this stroke: the bars between it and the next mouse
    // position are filled along the line between them.
    std::optional<std::pair<int, double>> m_lastDrawn;
    int m_currentHour = 0;
};

// Traffic shape: a preset chooser, the week's bars, and pasting a column of 168 numbers.
class WeekProfileEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WeekProfileEditor(QWidget *parent = nullptr);
    void setProfile(const TrafficProfile &profile);
    WeekBars *bars() const { return m_bars; }
    QComboBox *presetChooser() const { return m_presets; }

signals:
    void profileEdited(const TrafficProfile &profile);
    void pasteFailed(const QString &message);

private:
    void pasteWeights();

    QComboBox *m_presets;
    WeekBars *m_bars;
};

} // namespace planner
