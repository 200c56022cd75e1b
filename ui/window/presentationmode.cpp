// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/presentationmode.h"

#include "charts/chartsupport.h"
#include "headline.h"
#include "inputpanel.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>

#include <algorithm>

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

double PresentationMode::scaleFor(int height)
{
    // A room reads the screen from further away than its owner does: a fifth larger at least.
    constexpr double LaptopHeight = 768;
    return std::clamp(height / LaptopHeight, 1.2, 2.0);
}

QSplitter *PresentationMode::split() const
{
    return m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
}

void PresentationMode::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    m_toggle->setChecked(on);
    m_scaled.inputs->setDetailsVisible(!on);
    m_window->menuBar()->setVisible(!on);
    m_window->statusBar()->setVisible(!on);
    if (on) {
        m_normalSplit = split()->sizes();
        m_window->installEventFilter(this);
        m_window->showFullScreen();
        fitToWindow();
        return;
    }
    m_window->removeEventFilter(this);
    applyScale(1, 1);
    m_scaled.tabs->setVisible(true);
    split()->setSizes(m_normalSplit);
    m_window->showNormal();
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize)
        fitToWindow();
    return QObject::eventFilter(watched, event);
}

// The scale follows the screen, the tabs give way on a short one, and the levers take 35% of
// the width: long sliders, and the provisioning mode's whole name.
void PresentationMode::fitToWindow()
{
    // The levers a step larger than the rest: they are what the room watches being moved, and
    // with the details hidden they have the panel to themselves.
    constexpr double LeverEmphasis = 1.15;
    const QSize size = m_window->size();
    applyScale(scaleFor(size.height()), scaleFor(size.height()) * LeverEmphasis);
    m_scaled.tabs->setVisible(size.height() >= TabsMinimumHeight);
    const int levers
        = std::max(m_scaled.inputs->minimumSizeHint().width(), size.width() * 35 / 100);
    split()->setSizes({levers, size.width() - levers});
}

void PresentationMode::applyScale(double scale, double leverScale)
{
    if (scale == m_scale && leverScale == m_leverScale)
        return;
    m_scale = scale;
    m_leverScale = leverScale;
    m_scaled.headline->setScale(scale);
    QFont text = QApplication::font();
    text.setPointSizeF(text.pointSizeF() * scale);
    m_scaled.tabs->setFont(text);
    QFont levers = QApplication::font();
    levers.setPointSizeF(levers.pointSizeF() * leverScale);
    m_scaled.inputs->setFont(levers);
    for (QChartView *view : m_scaled.charts)
        charts::setTextScale(view->chart(), scale);
}

} // namespace planner
