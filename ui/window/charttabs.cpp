// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/charttabs.h"

namespace planner {

ChartTabs::ChartTabs(QWidget *parent)
    : QTabWidget(parent)
{
    connect(this, &QTabWidget::currentChanged, this, &ChartTabs::refreshTab);
}

void ChartTabs::setResults(const Scenario &scenario, const Evaluation &evaluation)
{
    m_scenario = scenario;
    m_evaluation = evaluation;
    m_stale.fill(true);
    refreshTab(currentIndex());
}

void ChartTabs::refreshTab(int index)
{
    if (index < 0 || !m_stale[index])
        return;
    m_panels[index]->setResults(m_scenario, m_evaluation);
    m_stale[index] = false;
}

} // namespace planner
