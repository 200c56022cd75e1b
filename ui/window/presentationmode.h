// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QChartView;
class QMainWindow;
class QWidget;

namespace planner {

class Headline;
class InputPanel;

// Meeting mode: full screen, larger text, only the main levers; Esc leaves it.
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    // What grows: the inputs and the tab titles as text, the headline and the charts.
    struct Scaled
    {
        InputPanel *inputs;
        Headline *headline;
        QWidget *tabs;
        QList<QChartView *> charts;
    };
    PresentationMode(QMainWindow *window, const Scaled &scaled);

    // The View menu's checkable entry, F11.
    QAction *toggleAction() const { return m_toggle; }
    void setOn(bool on);
    bool isOn() const { return m_on; }

private:
    QMainWindow *m_window;
    Scaled m_scaled;
    QAction *m_toggle;
    bool m_on = false;
};

} // namespace planner
