// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/tornadochart.h"

#include "charts/chartsupport.h"
#include "format.h"
#include "scenariofields.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace planner {

using namespace charts;

TornadoChart::TornadoChart(QWidget *parent)
    : QChartView(parent)
{
    QChart *c = makeChart(tr("Which input moves the savings most"));
    setUpView(this, c);
    m_lower = new QBarSet(QString(), c);
    m_lower->setColor(apiColor());
    m_higher = new QBarSet(QString(), c);
    m_higher->setColor(selfhostColor());
    for (int i = 0; i < Rows; ++i) {
        m_lower->append(0);
        m_higher->append(0);
    }
    auto *series = new QHorizontalStackedBarSeries(c);
    series->append({m_lower, m_higher});
    series->setBarWidth(0.7);
    c->addSeries(series);
    c->legend()->setAlignment(Qt::AlignRight); // the rows need the height more than the legend
    m_inputs = new QBarCategoryAxis(c);
    QFont small = m_inputs->labelsFont();
    small.setPointSizeF(small.pointSizeF()
                        * 0.85); // six named rows fit a short tab without eliding
    m_inputs->setLabelsFont(small);
    m_change = new QValueAxis(c);
    // Plain numbers with the unit in the title: printf formats write "$-5,000", not "−$5,000".
    m_change->setLabelFormat(QStringLiteral("%.0f"));
    m_change->setTickCount(5); // −w, −w/2, 0, w/2, w: room for five labels even in the report
    attachAxes(c, m_change, m_inputs);
}

void TornadoChart::setResults(const Scenario &scenario, const Evaluation &evaluation)
{
    setRows(sensitivity(scenario, Percent),
            evaluation.summary.apiUsdPerMonth - evaluation.summary.selfhostUsdPerMonth, Percent);
}

void TornadoChart::setRows(const QList<SensitivityRow> &rows, double baseSavings, double percent)
{
    // Each of these lays the chart out again: set only when it changes.
    const auto setLabel = [](QBarSet *set, const QString &label) {
        if (set->label() != label)
            set->setLabel(label);
    };
    setLabel(m_lower, tr("Input −%1%").arg(percent));
    setLabel(m_higher, tr("Input +%1%").arg(percent));
    m_change->setTitleText(tr("Change (USD/month)"));
    setTitle(
        chart(),
        tr("Which input moves the savings most (from %1 a month)").arg(format::money(baseSavings)));
    QStringList names;
    double widest = 1;
    const int shown = int(std::min<qsizetype>(Rows, rows.size()));
    // Horizontal bars stack from the bottom: the largest swing goes last, to sit on top.
    for (int slot = 0; slot < Rows; ++slot) {
        const int i = shown - 1 - slot;
        if (i < 0) {
            names << QString(slot + 1, u' '); // an empty, unique category
            m_lower->replace(slot, 0);
            m_higher->replace(slot, 0);
            continue;
        }
        const SensitivityRow &row = rows[i];
        const NumericField *field = findNumericField(row.key);
        // No unit: every input moves by the same share, and a half-page chart keeps whole names.
        names << (field ? QString::fromUtf8(field->label) : row.key);
        const double low = row.savingsLow - baseSavings;
        const double high = row.savingsHigh - baseSavings;
        m_lower->replace(slot, std::isfinite(low) ? low : 0);
        m_higher->replace(slot, std::isfinite(high) ? high : 0);
        widest = std::max({widest, std::abs(low), std::abs(high)});
    }
    if (m_inputs->categories() != names)
        m_inputs->setCategories(names);
    const double end = niceCeiling(widest * 1.05);
    m_change->setRange(-end, end);
}

} // namespace planner
