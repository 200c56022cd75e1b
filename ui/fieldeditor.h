// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenariofields.h"

#include <QWidget>

#include <cmath>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QSlider;
class QToolButton;

namespace planner {

// The tooltip of an input: its name, where it lives in the file, its valid range and what it
// does.
QString inputToolTip(const QString &label, const char *group, const char *key, const QString &range,
                     const QString &help);

// One numeric input: a slider for feel (linear or logarithmic over the range people explore)
// beside a spin box for exact values over the field's whole valid range, with its unit.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FieldEditor(const NumericField &field, QWidget *parent = nullptr);

    const NumericField &field() const { return m_field; }
    QSlider *slider() const { return m_slider; }
    QDoubleSpinBox *spinBox() const { return m_spinBox; }
    QLabel *label() const { return m_label; }

    // Shows value without emitting edited(); leaves a slider being dragged where the hand is.
    void setValue(double value);
    // Shows whether the input is uncertain (has a low / most likely / high range).
    void setRange(const std::optional<TriangularRange> &range);
    QToolButton *rangeButton() const { return m_rangeButton; }
    // Opens the range editor (the "±" button): low, most likely and high.
    void editRange();
    void setCaption(const QString &caption, const QString &help);

signals:
    void edited(double value, bool dragging);
    void rangeEdited(const std::optional<TriangularRange> &range);
    void dragStarted();
    void dragFinished();

private:
    void stepOnLadder(int action);
    double valueAt(int position) const;
    int positionOf(double value) const;

    const NumericField &m_field;
    QLabel *m_label;
    QSlider *m_slider;
    QDoubleSpinBox *m_spinBox;
    QToolButton *m_rangeButton;
    std::optional<TriangularRange> m_range;
    double m_value = NAN; // the value shown
    double m_displayScale = 1;
};

} // namespace planner
