// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartpanel.h"

#include <QTabWidget>

namespace planner {

// The tabs of charts under the main one. Hidden tabs are redrawn when they are shown, so a slider
// step only pays for what is visible.
class ChartTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit ChartTabs(QWidget *parent = nullptr);

    // Adds panel (a widget deriving from ChartPanel) as the last tab.
    template<typename Panel> Panel *addPanel(Panel *panel, const QString &label)
    {
        m_panels.append(panel);
        m_stale.append(false); // nothing to draw before the first results
        addTab(panel, label);
        return panel;
    }
    const QList<ChartPanel *> &panels() const { return m_panels; }

    void setResults(const Scenario &scenario, const Evaluation &evaluation);

private:
    void refreshTab(int index);

    QList<ChartPanel *> m_panels; // in tab order
    QList<bool> m_stale;
    Scenario m_scenario;
    Evaluation m_evaluation;
};

} // namespace planner
