// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QChartView;
class QMainWindow;
class QSplitter;
class QWidget;

namespace planner {

class Headline;
class InputPanel;

// Meeting mode: full screen, only the main levers, text, levers and chart annotations scaled
// for a room by the screen's height; Esc leaves it. On a laptop's screen the tabs under the main
// chart give way, so that no tick label or axis title is cut short.
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
    // The scale of text for a meeting-mode window of this height: 1.2 on a 768-pixel laptop
    // screen, about 1.4 at 1080 and 1.9 at 1440 pixels, at most 2.
    static double scaleFor(int height);
    // The shortest window in which the tabs under the main chart still show in meeting mode.
    static constexpr int TabsMinimumHeight = 900;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitToWindow();
    void applyScale(double scale, double leverScale);
    QSplitter *split() const;

    QMainWindow *m_window;
    Scaled m_scaled;
    QAction *m_toggle;
    bool m_on = false;
    double m_scale = 1; // of the text
    double m_leverScale = 1; // of the levers' text
    QList<int> m_normalSplit; // the splitter's sizes before meeting mode, restored after it
};

} // namespace planner
