// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/workloadspage.h"

#include "charts/workloadschart.h"
#include "format.h"
#include "portfoliotext.h"
#include "report/reportlayout.h"
#include "scenariofields.h"
#include "workloadtablemodel.h"

#include <QLocale>
#include <QObject>

namespace planner {
namespace {

// A workload's own inputs as table cells: volume, output share, traffic shape and whose API
// prices it pays.
QString inputCells(const Workload &w)
{
    return QStringLiteral("<td class='num'>%1</td><td class='num'>%2</td><td>%3</td><td>%4</td>")
        .arg(format::volume(w.volumeMtokPerMonth), format::percent(w.outputFraction),
             w.profile.presetName.isEmpty() ? QObject::tr("custom") : w.profile.presetName,
             w.apiOverrides.isEmpty() ? QObject::tr("shared") : QObject::tr("own"));
}

// One of a workload's own API inputs as the inputs table names it: "API input price $0.20/Mtok",
// "Batch share 100%".
QString ownApiInput(const QString &key, double value)
{
    const NumericField *field = findNumericField(QStringLiteral("api.") + key);
    if (!field) // only a scenario built in code can name another key: shown as it is
        return QStringLiteral("%1 %2").arg(key, QLocale().toString(value));
    const QString unit = QString::fromUtf8(field->unit);
    const QString shown = field->slider.percent ? format::percent(value)
        : unit == u"USD/Mtok"                   ? format::moneyPerMtok(value)
                                                : QLocale().toString(value);
    return QStringLiteral("%1 %2").arg(QString::fromUtf8(field->label), shown);
}

// The workloads' own API inputs, in small print under the table; empty when all share them.
QString ownPricesNote(const Scenario &scenario)
{
    QStringList own;
    for (const Workload &w : scenario.workloads) {
        QStringList inputs;
        for (auto it = w.apiOverrides.cbegin(); it != w.apiOverrides.cend(); ++it)
            inputs << ownApiInput(it.key(), *it);
        if (!inputs.isEmpty())
            own << QStringLiteral("%1: %2").arg(w.name, inputs.join(u", "));
    }
    if (own.isEmpty())
        return {};
    return QStringLiteral("<p style='font-size: 7.5pt; color: #505050'>%1</p>")
        .arg(QObject::tr("Own API inputs, in place of the shared ones: %1.")
                 .arg(own.join(QStringLiteral("; ")))
                 .toHtmlEscaped());
}

// The window's table as HTML, cell for cell, each name behind its colour's square and followed
// by the workload's own inputs.
QString tableHtml(const WorkloadTableModel &model, const Scenario &scenario)
{
    const auto numeric = [](int column) {
        return column == WorkloadTableModel::ApiCost || column == WorkloadTableModel::AloneCost;
    };
    QString html = QObject::tr("<table width='100%'><thead><tr><th>Workload</th><th "
                               "class='num'>Volume</th><th class='num'>Output</th><th>Traffic "
                               "shape</th><th>API prices</th>");
    for (int c = WorkloadTableModel::Name + 1; c < model.columnCount(); ++c) {
        html += QStringLiteral("<th%1>%2</th>")
                    .arg(numeric(c) ? QStringLiteral(" class='num'") : QString(),
                         model.headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead>");
    for (int r = 0; r < model.rowCount(); ++r) {
        html += QStringLiteral("<tr><td><font color='%1'>■</font> %2</td>")
                    .arg(WorkloadsChart::colorOf(r).name(),
                         model.index(r, WorkloadTableModel::Name).data().toString().toHtmlEscaped())
            + inputCells(scenario.workloads.value(r));
        for (int c = WorkloadTableModel::Name + 1; c < model.columnCount(); ++c) {
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(numeric(c) ? QStringLiteral(" class='num'") : QString(),
                             model.index(r, c).data().toString().toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>") + ownPricesNote(scenario);
}

// What the stacked week shows for this plan, said only where it is drawn.
QString weekCaption(const Portfolio &plan)
{
    if (plan.planSelfhosted.isEmpty())
        return QObject::tr("No workload is self-hosted, so the plan has no fleet to draw.");
    QString text = QObject::tr(
        "The chart is the plan's week: the busy replicas each hour, stacked by workload in the "
        "table's colours, with each workload's batch work moved into quiet hours hatched in its "
        "colour.");
    text += plan.planOption == Option::Hybrid
        ? QObject::tr(" The dashed line is the always-on baseline, what the always-on replicas "
                      "carry; orange is what bursts above it to the APIs.")
        : QObject::tr(" The dashed line is the fleet's capacity at the utilization target, hour "
                      "by hour.");
    if (plan.planSelfhosted.size() < plan.workloads.size())
        text += QObject::tr(" Workloads the plan keeps on their APIs are not drawn.");
    return text;
}

} // namespace

void addWorkloadsPage(ReportLayout &report, const Scenario &scenario, const QString &name)
{
    if (scenario.workloads.isEmpty())
        return;
    const Portfolio plan = planPortfolio(scenario);
    auto week = std::make_shared<WorkloadsChart>();
    week->setPlan(scenario, plan);
    const QString caption
        = QObject::tr("<p><b>%1: the plan for its %2 workloads.</b> %3</p><p>Every workload on "
                      "its API costs %4 a month; each decided alone (its own fleet, team and "
                      "set-up), %5; the plan, %6. %7</p>")
              .arg(name)
              .arg(scenario.workloads.size())
              .arg(planSentence(plan).toHtmlEscaped(), format::money(plan.apiUsdPerMonth),
                   format::money(plan.separateUsdPerMonth), format::money(plan.planUsdPerMonth),
                   weekCaption(plan).toHtmlEscaped())
        + tableHtml(*week->model(), scenario);
    // Below the summary when its last page has room: no page of a few rows and blank below.
    report.addChartAfterText(week, week->weekView(), caption);
}

} // namespace planner
