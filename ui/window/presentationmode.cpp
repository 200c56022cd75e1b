// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/presentationmode.h"

#include "charts/chartsupport.h"
#include "headline.h"
#include "inputpanel.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

namespace planner {

PresentationMode::PresentationMode(QMainWindow *window, const Scaled &scaled)
    : QObject(window)
    , m_window(window)
    , m_scaled(scaled)
    , m_toggle(new QAction(tr("&Presentation"), window))
{
    m_toggle->setShortcut(Qt::Key_F11);
    m_toggle->setCheckable(true);
    connect(m_toggle, &QAction::triggered, this, &PresentationMode::setOn);
    // The menu bar is hidden while presenting, so the shortcuts live on the window.
    window->addAction(m_toggle);
    auto *leave = new QAction(window);
    leave->setShortcut(Qt::Key_Escape);
    connect(leave, &QAction::triggered, this, [this] {
        if (m_on)
            setOn(false);
    });
    window->addAction(leave);
}

void PresentationMode::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    m_toggle->setChecked(on);
    constexpr double MeetingScale = 1.4;
    const double scale = on ? MeetingScale : 1.0;
    m_scaled.inputs->setDetailsVisible(!on);
    m_window->menuBar()->setVisible(!on);
    m_window->statusBar()->setVisible(!on);
    m_scaled.headline->setScale(scale);
    QFont text = QApplication::font();
    text.setPointSizeF(text.pointSizeF() * scale);
    m_scaled.inputs->setFont(text);
    m_scaled.tabs->setFont(text);
    for (QChartView *view : m_scaled.charts)
        charts::setTextScale(view->chart(), scale);
    if (on)
        m_window->showFullScreen();
    else
        m_window->showNormal();
}

} // namespace planner
