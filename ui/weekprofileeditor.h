// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QWidget>

class QComboBox;

namespace planner {

// The 168 hourly weights of a typical week as bars, Monday first. Drag across the bars to draw
// a shape; the result is emitted when the mouse is released.
class WeekBars : public QWidget
{
    Q_OBJECT

public:
    explicit WeekBars(QWidget *parent = nullptr);
    void setWeights(const WeekWeights &weights);
    QSize sizeHint() const override { return {340, 64}; }

signals:
    void weightsEdited(const WeekWeights &weights);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void drawAt(QPointF position);
    QRectF plotRect() const;

    WeekWeights m_weights {};
    double m_scaleMax = 1;
    bool m_drawing = false;
};

// Traffic shape: a preset chooser, the week's bars, and pasting a column of 168 numbers.
class WeekProfileEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WeekProfileEditor(QWidget *parent = nullptr);
    void setProfile(const TrafficProfile &profile);

signals:
    void profileEdited(const TrafficProfile &profile);
    void pasteFailed(const QString &message);

private:
    void pasteWeights();

    QComboBox *m_presets;
    WeekBars *m_bars;
};

} // namespace planner
