// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costengine.h"

#include <QChartView>
#include <QList>

namespace planner {

// What the window asks of each of its charts, so that adding one is a line where the tabs are
// built: draw the scenario's results, and hand over the chart views inside, which the window
// gives an export menu, the presentation's text size and draft drawing. Each chart is a widget
// that also derives from ChartPanel. The comparison chart is not one: it draws several scenarios
// in the compare dialog, never the window's.
class ChartPanel
{
public:
    virtual ~ChartPanel() = default;

    virtual void setResults(const Scenario &scenario, const Evaluation &evaluation) = 0;
    virtual QList<QChartView *> chartViews() = 0;

    // Draft drawing, without antialiasing, keeps every frame of a slider drag quick; the final
    // frame is smooth. A view that is never antialiased stays so (see HybridCharts). At the end of
    // a drag the window gives every panel its results again, out of draft.
    virtual void setDraft(bool draft)
    {
        m_draft = draft;
        for (QChartView *view : chartViews())
            view->setRenderHint(QPainter::Antialiasing, !draft);
    }

protected:
    // During a drag an axis may keep a range that holds the data rather than fit it exactly (see
    // charts::heldLogRange()): a changed range lays the whole chart out again.
    bool isDraft() const { return m_draft; }

private:
    bool m_draft = false;
};

} // namespace planner
