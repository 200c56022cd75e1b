// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportcontent.h"

#include "benchmarkimport.h"
#include "bill.h"
#include "charts/breakdownchart.h"
#include "charts/chartsupport.h"
#include "charts/comparisonchart.h"
#include "charts/costvolumechart.h"
#include "charts/distributionchart.h"
#include "charts/horizonchart.h"
#include "charts/hybridcharts.h"
#include "charts/tornadochart.h"
#include "charts/utilizationchart.h"
#include "figures.h"
#include "format.h"
#include "ownedgpu.h"
#include "portfoliotext.h"
#include "presets.h"
#include "report/reportlayout.h"
#include "report/workloadspage.h"
#include "scenariofields.h"
#include "uncertainty.h"
#include "workloadediting.h"

#include <QDate>
#include <QLineSeries>
#include <QSet>

#include <algorithm>

namespace planner {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString nameOf(const Scenario &s, int index)
{
    return s.name.isEmpty() ? QObject::tr("Scenario %1").arg(index + 1) : s.name;
}

QString keyFiguresTable(const Scenario &s, const Evaluation &e)
{
    QString html
        = QStringLiteral("<table width='100%'><thead><tr><th>Figure</th><th "
                         "class='num'>Value</th><th>How it is worked out</th></tr></thead>");
    for (const ShownFigure &f : keyFigures(s, e)) {
        html += QStringLiteral("<tr><td>%1</td><td class='num'>%2</td><td>%3</td></tr>")
                    .arg(esc(f.caption), esc(f.value), esc(f.derivation));
    }
    html += QStringLiteral("<tr><td>Cheapest</td><td class='num'>%1</td><td>The lowest monthly "
                           "cost; a tie goes to the "
                           "option named first (API, self-host, hybrid).</td></tr></table>")
                .arg(optionName(e.summary.cheapest));
    return html;
}

// Where an owned GPU's hourly price comes from, in the three parts of section 7.
QString ownedGpuSentence(const OwnedGpu &gpu)
{
    const OwnedGpuHourly parts = ownedGpuHourlyParts(gpu);
    return QObject::tr("The GPUs are owned: %1 per GPU-hour = %2 amortisation + %3 power + %4 "
                       "colocation (its inputs are listed with the other inputs; the appendix "
                       "works it out).")
        .arg(format::cents(parts.total()), format::cents(parts.amortizationUsd),
             format::cents(parts.powerUsd), format::cents(parts.colocationUsd));
}

// The scenario's notes, unless they are the default scenario's and its inputs have changed: they
// quote the default's prices and sources, which the figures no longer use.
QString notesOf(const Scenario &s)
{
    const Scenario defaults = defaultScenario();
    if (s.notes != defaults.notes)
        return s.notes;
    Scenario inputsOnly = s;
    inputsOnly.name = defaults.name;
    if (inputsOnly == defaults)
        return s.notes;
    return QObject::tr("The default scenario's notes are left out: its inputs have been changed, "
                       "so the prices and sources they quote no longer apply. The inputs table "
                       "gives the values used and their sources.");
}

// The traffic shape's preset, or how many workloads have shapes of their own.
QString trafficName(const Scenario &s)
{
    if (!s.workloads.isEmpty())
        return QObject::tr("%1 workloads'").arg(s.workloads.size());
    return s.profile.presetName.isEmpty() ? QObject::tr("custom") : s.profile.presetName;
}

QString summaryHtml(const Scenario &s, const Evaluation &e, int index)
{
    QString html = QStringLiteral("<h1>%1</h1><p class='meta'>%2 · %3</p>")
                       .arg(esc(nameOf(s, index)),
                            QLocale().toString(QDate::currentDate(), QLocale::LongFormat),
                            QObject::tr("%1 provisioning, %2 traffic")
                                .arg(provisioningKey(s.provisioning), trafficName(s)));
    if (const QString notes = notesOf(s); !notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(notes));
    if (s.workloads.isEmpty()) {
        html += QStringLiteral("<p class='verdict'>%1</p>").arg(esc(verdictSentence(s, e)));
    } else {
        html += QStringLiteral("<p class='verdict'>%1</p><p>%2</p>")
                    .arg(esc(planSentence(planPortfolio(s))),
                         QObject::tr("The figures and charts that follow pool every workload on "
                                     "one fleet, those the plan keeps on their APIs too; the "
                                     "next page shows the plan."));
    }
    if (const QString note = provisioningNote(s); !note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(note));
    if (s.ownedGpu)
        html += QStringLiteral("<p>%1</p>").arg(esc(ownedGpuSentence(*s.ownedGpu)));
    html += QStringLiteral("<h2>Key figures</h2>") + keyFiguresTable(s, e);
    return html;
}

// A value with up to four decimals and no trailing zeros: "0.88", "30,000", "0.0909".
QString plainNumber(double value)
{
    const QLocale locale;
    QString text = locale.toString(value, 'f', 4);
    if (text.contains(locale.decimalPoint())) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

// The preset whose figures a field currently carries, for the inputs table.
struct PresetNote
{
    QString label;
    PresetSource origin;
};

std::optional<PresetNote> presetFor(const Scenario &s, const NumericField &field)
{
    const PresetCatalog &catalog = builtinPresets();
    const QString key = QLatin1String(field.key);
    if (key == u"input_usd_per_mtok" || key == u"output_usd_per_mtok") {
        for (const ApiModelPreset &m : catalog.apiModels) {
            if (m.inputUsdPerMtok == s.inputUsdPerMtok && m.outputUsdPerMtok == s.outputUsdPerMtok)
                return PresetNote {m.id, m.origin};
        }
    } else if (key == u"gpu_hourly_usd") {
        for (const GpuPreset &g : catalog.gpus) {
            for (const GpuPrice &p : g.prices) {
                if (p.gpuHourlyUsd == s.gpuHourlyUsd)
                    return PresetNote {QStringLiteral("%1, %2 (%3)")
                                           .arg(g.name, p.provider, format::priceKind(p.kind)),
                                       p.origin};
            }
        }
    } else if (key == u"mixed_tok_per_s") {
        for (const ThroughputPreset &t : catalog.throughput) {
            if (std::abs(t.mixedTokPerS - s.mixedTokPerS) < 0.01 && t.gpuCount == s.gpusPerReplica)
                return PresetNote {QStringLiteral("%1 on %2x %3, %4/%5 tokens, %6")
                                       .arg(t.model)
                                       .arg(t.gpuCount)
                                       .arg(t.gpu)
                                       .arg(t.inputLength)
                                       .arg(t.outputLength)
                                       .arg(t.engine),
                                   t.origin};
        }
    }
    return std::nullopt;
}

// Why an input that has a value plays no part in this scenario's figures, if it does not.
QString unusedNote(const Scenario &s, const NumericField &field)
{
    const QString key = QLatin1String(field.key);
    if (!s.workloads.isEmpty() && isPerWorkload(field))
        return QObject::tr("not used: each workload has its own (Workloads page)");
    if ((key == u"prefill_tok_per_s" || key == u"decode_tok_per_s") && s.mixedTokPerS > 0)
        return QObject::tr("not used: the measured mixed rate replaces it");
    if (key == u"average_utilization" && s.provisioning != Provisioning::Utilization)
        return QObject::tr("not used with %1 provisioning").arg(provisioningKey(s.provisioning));
    if (key == u"cached_input_usd_per_mtok" && s.cachedInputFraction == 0)
        return QObject::tr("not used: no input is cached");
    if (key == u"batch_discount" && s.batchFraction == 0)
        return QObject::tr("not used: nothing is batched");
    return {};
}

// The owned GPU's price as the cost model works it out (section 7), with its numbers.
QString ownedGpuDerivation(const OwnedGpu &gpu)
{
    return QObject::tr("owned GPU (rows below): %1 / (%2 × 730) + %3 × %4 × %5 + %6 / 730 = %7")
        .arg(plainNumber(gpu.purchaseUsd), plainNumber(gpu.amortizationMonths),
             plainNumber(gpu.powerKw), plainNumber(gpu.pue), plainNumber(gpu.usdPerKwh),
             plainNumber(gpu.colocationUsdPerMonth), format::cents(ownedGpuHourlyUsd(gpu)));
}

// An input's value as the window shows it: a share in percent ("9.1%"), else the plain number.
QString shownValue(const NumericField &field, double value)
{
    if (!field.slider.percent)
        return plainNumber(value);
    return QLocale().toString(value * 100, 'f', field.slider.decimals) + u'%';
}

// The input's value, with its range when it has one: "2.95 (range 2–4.5)".
QString valueWithRange(const Scenario &s, const NumericField &field)
{
    const QString value = shownValue(field, s.*(field.member));
    const auto range = s.ranges.constFind(QLatin1String(field.key));
    if (range == s.ranges.cend())
        return value;
    return QObject::tr("%1 (range %2–%3)")
        .arg(value, shownValue(field, range->low), shownValue(field, range->high));
}

// The inputs table's note on a field: the owned GPU's derivation, the preset the value comes
// from (its source numbered in sources, added there once), or why the input is not used.
QString inputNote(const Scenario &s, const NumericField &field, QStringList &sources)
{
    if (s.ownedGpu && QLatin1String(field.key) == u"gpu_hourly_usd")
        return esc(ownedGpuDerivation(*s.ownedGpu));
    const auto preset = presetFor(s, field);
    if (!preset)
        return esc(unusedNote(s, field));
    const QString entry
        = QStringLiteral("%1: %2").arg(esc(preset->label), esc(preset->origin.source));
    if (!sources.contains(entry))
        sources << entry;
    return QStringLiteral("%1, %2 [%3]")
        .arg(esc(preset->label), format::asOf(preset->origin))
        .arg(sources.indexOf(entry) + 1);
}

// A count's unit agrees with it: "1 replica", "2 replicas", "1 GPU".
QString unitOf(const NumericField &field, double value)
{
    QString unit = QString::fromUtf8(field.unit);
    if (field.integer && value == 1 && unit.endsWith(u's'))
        unit.chop(1);
    return unit;
}

QString inputsHtml(const Scenario &s)
{
    QString html = QStringLiteral("<h2>Inputs</h2><table class='compact' "
                                  "width='100%'><thead><tr><th>Group</th><th>Input</th><th "
                                  "class='num'>Value</th>"
                                  "<th>Unit</th><th>Preset, or note</th></tr></thead>");
    QStringList sources;
    const auto row = [&](const QString &group, const QString &input, const QString &value,
                         const QString &unit, const QString &note) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class='num'>%3</td><td>%4</td><td "
                               "class='note'>%5</td></tr>")
                    .arg(esc(group), esc(input), esc(value), esc(unit), note);
    };
    // The switches close their group's rows.
    QSet<QString> switchesListed; // a group may come back (the latency targets close the list)
    const auto switchRowsOf = [&](const char *group) {
        const QString key = QLatin1String(group);
        if (switchesListed.contains(key))
            return;
        switchesListed.insert(key);
        for (const SwitchField &field : switchFields()) {
            if (qstrcmp(field.group, group) != 0)
                continue;
            const bool on = s.*(field.member);
            row(QLatin1String(field.group), QString::fromUtf8(field.label),
                on ? QObject::tr("Yes") : QObject::tr("No"), {},
                esc(QString::fromUtf8(on ? field.whenOn : field.whenOff)));
        }
    };
    const char *lastGroup = "";
    for (const NumericField &field : numericFields()) {
        if (qstrcmp(field.group, lastGroup) != 0)
            switchRowsOf(std::exchange(lastGroup, field.group));
        if (QLatin1String(field.group) == u"analysis"
            && QLatin1String(field.key) != u"horizon_months")
            continue; // seed and samples drive the uncertainty analysis, not these figures
        if (field.panel.applies != Applies::InEveryMode
            && (!field.panel.appliesTo(s) || s.*(field.member) == 0))
            continue; // on-demand capacity and start-ups are priced only when autoscale sets them
        if (isLatencyTarget(field) && s.*(field.member) == 0)
            continue; // no target: the measured rate is the saturated one
        const bool ownedGpuPrice = s.ownedGpu && QLatin1String(field.key) == u"gpu_hourly_usd";
        row(QLatin1String(field.group), QString::fromUtf8(field.label), valueWithRange(s, field),
            unitOf(field, s.*(field.member)), inputNote(s, field, sources));
        if (ownedGpuPrice) {
            for (const OwnedGpuField &owned : ownedGpuFields())
                row(QStringLiteral("selfhost"),
                    QObject::tr("Owned GPU: %1").arg(QString::fromUtf8(owned.label)),
                    plainNumber((*s.ownedGpu).*(owned.member)), QString::fromUtf8(owned.unit), {});
        }
        if (QLatin1String(field.key) == u"monthly_growth")
            row(QStringLiteral("workload"), QObject::tr("Traffic shape"),
                s.profile.presetName.isEmpty() ? QObject::tr("custom") : s.profile.presetName, {},
                s.workloads.isEmpty() ? QString()
                                      : QObject::tr("not used: each workload has its own "
                                                    "(Workloads page)"));
        if (QLatin1String(field.key) == u"mixed_tok_per_s")
            row(QStringLiteral("selfhost"), QObject::tr("Provisioning"),
                provisioningKey(s.provisioning), {}, {});
    }
    switchRowsOf(lastGroup);
    html += QStringLiteral("</table>");
    // The sources in small print under the table, numbered as the notes cite them.
    QStringList numbered;
    for (int i = 0; i < sources.size(); ++i)
        numbered << QStringLiteral("[%1] %2").arg(i + 1).arg(sources[i]);
    if (!numbered.isEmpty())
        html += QStringLiteral("<p style='font-size: 7.5pt; color: #505050'>Sources: ")
            + numbered.join(QStringLiteral("; ")) + QStringLiteral("</p>");
    return html;
}

// The benchmark run the measured rate came from (its latencies, the targets, the files).
QString throughputSourceHtml(const Scenario &s)
{
    const QString note = throughputSourceNote(s);
    return note.isEmpty() ? QString()
                          : QStringLiteral("<p style='font-size: 7.5pt; color: #505050'>%1 %2</p>")
                                .arg(esc(QObject::tr("Measured mixed rate:")), esc(note));
}

QString billHtml(const QString &title, const QList<BillLine> &lines, double total)
{
    QString html
        = QStringLiteral("<h2>%1</h2><table width='100%'><thead><tr><th>Item</th><th "
                         "class='num'>Quantity</th><th>Unit</th>"
                         "<th class='num'>Unit price</th><th class='num'>Monthly</th></tr></thead>")
              .arg(esc(title));
    for (const BillLine &l : lines) {
        html += QStringLiteral("<tr><td>%1</td><td class='num'>%2</td><td>%3</td><td "
                               "class='num'>%4</td><td class='num'>%5</td></tr>")
                    .arg(esc(l.item),
                         format::number(l.quantity,
                                        l.quantity == std::round(l.quantity) ? 0
                                            : l.quantity < 10                ? 3
                                                                             : 1),
                         esc(l.unit), format::unitPrice(l.unitPriceUsd),
                         format::money(l.usdPerMonth));
    }
    html += QStringLiteral("<tr class='total'><td>Total</td><td></td><td></td><td></td><td "
                           "class='num'>%1</td></tr></table>")
                .arg(format::money(total));
    return html;
}

QString billsHtml(const Scenario &s, const Evaluation &e)
{
    const Summary &summary = e.summary;
    return QStringLiteral("<h1>Itemised monthly bills</h1>")
        + billHtml(QObject::tr("API"), apiBill(s, e), summary.apiUsdPerMonth)
        + billHtml(QObject::tr("Self-host (%1 provisioning)").arg(provisioningKey(s.provisioning)),
                   selfhostBill(s, e), summary.selfhostUsdPerMonth)
        + billHtml((summary.hybridReplicas == 1 ? QObject::tr("Hybrid (%1 always-on replica)")
                                                 : QObject::tr("Hybrid (%1 always-on replicas)"))
                       .arg(format::number(summary.hybridReplicas, 0)),
                   hybridBill(s, e), summary.hybridUsdPerMonth);
}

// The owned GPU's price per GPU-hour in the three parts of section 7, worked out by core.
QString ownedGpuItem(const OwnedGpu &gpu)
{
    using namespace format;
    const OwnedGpuHourly parts = ownedGpuHourlyParts(gpu);
    return QObject::tr("<b>Owned GPU price.</b> Purchase / (months × 730) + power × PUE × "
                       "electricity + colocation / 730 = %1 / (%2 × 730) + %3 kW × %4 × %5 "
                       "+ %6 / 730 = %7 + %8 + %9 = %10 per GPU-hour.")
        .arg(money(gpu.purchaseUsd), number(gpu.amortizationMonths, 0), plainNumber(gpu.powerKw),
             plainNumber(gpu.pue), cents(gpu.usdPerKwh), money(gpu.colocationUsdPerMonth),
             cents(parts.amortizationUsd), cents(parts.powerUsd), cents(parts.colocationUsd))
        .arg(cents(parts.total()));
}

QString appendixItem(const QString &title, const QString &text)
{
    return QStringLiteral("<b>%1</b> %2").arg(title, text);
}

// An appendix item titled with the figure's caption, so that both name the same basis.
QString appendixItem(Figure figure, const QString &text)
{
    return appendixItem(esc(QObject::tr("%1.").arg(figureCaption(figure))), text);
}

// The appendix's items from the API price to the self-host and hybrid costs.
QStringList costItems(const Scenario &s, const Evaluation &e)
{
    using namespace format;
    const auto how = [&](Figure figure) {
        return esc(figureDerivation(figure, s, e));
    };
    QStringList items;
    items << appendixItem(QObject::tr("API price per Mtok."), how(Figure::ApiUsdPerMtok));
    // A pool's derivation names its own sum of volumes × prices.
    const bool pool = !e.explanation.workloads.isEmpty();
    items << appendixItem(QObject::tr("API cost."),
                          pool
                              ? how(Figure::ApiUsdPerMonth)
                              : QObject::tr("Volume × price: %1").arg(how(Figure::ApiUsdPerMonth)));
    if (s.ownedGpu)
        items << ownedGpuItem(*s.ownedGpu);
    items << appendixItem(QObject::tr("Replica capacity K."),
                          QObject::tr("One replica busy all the time serves %1")
                              .arg(how(Figure::ReplicaCapacityMtokPerHour)));
    items << appendixItem(QObject::tr("Replicas."),
                          QObject::tr("Each hour's load is V / 730 × the hour's weight (the "
                                      "week's weights scaled to a mean of 1); it needs "
                                      "ceil(load / (K × %1)) replicas at the peak utilization "
                                      "target. %2")
                              .arg(number(s.maxUtilization, 3), how(Figure::PeakReplicas)));
    items << appendixItem(QObject::tr("Paid replica-hours."), how(Figure::PaidReplicaHours));
    items << appendixItem(QObject::tr("GPU cost."), how(Figure::SelfhostGpuUsdPerMonth));
    items << appendixItem(
        QObject::tr("Overhead."),
        QObject::tr("%1 (running overhead O = %2 a month before the set-up share).")
            .arg(how(Figure::SelfhostOverheadUsdPerMonth),
                 money(e.explanation.runningOverheadUsdPerMonth)));
    items << appendixItem(QObject::tr("Self-host cost."), how(Figure::SelfhostUsdPerMonth));
    items << appendixItem(Figure::ServingUtilization, how(Figure::ServingUtilization));
    items << appendixItem(Figure::Utilization, how(Figure::Utilization));
    items << appendixItem(QObject::tr("Hybrid."),
                          how(Figure::HybridReplicas) + u' ' + how(Figure::HybridUsdPerMonth));
    return items;
}

// The appendix's items on the breakeven figures and the payback.
QStringList breakevenItems(const Scenario &s, const Evaluation &e)
{
    using namespace format;
    const auto how = [&](Figure figure) {
        return esc(figureDerivation(figure, s, e));
    };
    QStringList items;
    items << appendixItem(
        QObject::tr("Breakeven volume."),
        QObject::tr("The smallest volume from which self-hosting costs no more than the API all "
                    "the way up to %1, computed exactly from the steps of the self-host cost: %2. "
                    "%3")
            .arg(esc(searchLimitText(e.summary)),
                 figureValue(Figure::BreakevenVolumeMtokPerMonth, e.summary),
                 how(Figure::BreakevenVolumeMtokPerMonth)));
    items << appendixItem(QObject::tr("First crossover."), how(Figure::FirstCrossoverMtokPerMonth));
    items << appendixItem(Figure::BreakevenUtilization,
                          QObject::tr("With the utilization formula at this volume: %1")
                              .arg(how(Figure::BreakevenUtilization)));
    if (s.ownedGpu) {
        items << appendixItem(QObject::tr("Purchase."), how(Figure::SelfhostCapexUsd));
        items << appendixItem(QObject::tr("Breakeven purchase price."),
                              how(Figure::BreakevenPurchaseUsd));
    } else {
        items << appendixItem(QObject::tr("Breakeven GPU price."),
                              how(Figure::BreakevenGpuHourlyUsd));
    }
    items << appendixItem(
        Figure::PaybackMonth,
        QObject::tr("With the volume of month m = V × (1 + %1)^(m − 1), the first month m ≤ %2 at "
                    "which the set-up plus the running self-host costs so far are no more than "
                    "the API bills so far. %3")
            .arg(number(s.monthlyGrowth, 3), number(s.horizonMonths, 0),
                 how(Figure::PaybackMonth)));
    items << appendixItem(Figure::HybridPaybackMonth, how(Figure::HybridPaybackMonth));
    items << appendixItem(Figure::SelfhostCheaperFromMonth, how(Figure::SelfhostCheaperFromMonth));
    return items;
}

QString appendixHtml(const Scenario &s, const Evaluation &e)
{
    const QStringList items
        = QStringList {appendixItem(QObject::tr("Month."),
                                    QObject::tr("One month is 730 hours (8760 / 12). Volumes are "
                                                "in Mtok, millions of tokens."))}
        + costItems(s, e) + breakevenItems(s, e);
    return QStringLiteral("<h1>Appendix: how every figure is worked out</h1><ol><li>")
        + items.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ol>");
}

QString comparisonHtml(const QList<Scenario> &scenarios, const QList<Evaluation> &evaluations)
{
    QString html
        = QStringLiteral("<h1>Scenario comparison</h1><table width='100%'><tr><th>Figure</th>");
    for (int i = 0; i < scenarios.size(); ++i)
        html += QStringLiteral("<th class='num'><font color='%1'>■ %2.</font> %3</th>")
                    .arg(ComparisonChart::colorOf(i).name(), ComparisonChart::letterOf(i),
                         esc(nameOf(scenarios[i], i)));
    html += QStringLiteral("</tr>");
    for (const FigureCaption &f : comparedFigures()) {
        html += QStringLiteral("<tr><td>%1</td>").arg(esc(f.caption));
        for (const Evaluation &e : evaluations)
            html += QStringLiteral("<td class='num'>%1</td>")
                        .arg(esc(figureValue(f.figure, e.summary)));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr class='total'><td>Cheapest option</td>");
    for (const Evaluation &e : evaluations)
        html += QStringLiteral("<td class='num'>%1</td>").arg(optionName(e.summary.cheapest));
    html += QStringLiteral("</tr>");
    // With several workloads the figures above pool them all; their plan is a row of its own.
    if (std::ranges::any_of(scenarios, [](const Scenario &s) { return !s.workloads.isEmpty(); })) {
        html += QStringLiteral("<tr><td>Workloads: the plan</td>");
        for (const Scenario &s : scenarios)
            html += QStringLiteral("<td class='num'>%1</td>")
                        .arg(s.workloads.isEmpty() ? QObject::tr("single workload")
                                                   : esc(planCell(planPortfolio(s))));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// What the cost chart shows, said only where it is drawn.
QString costCaption(const QString &name, const Evaluation &e, double volume)
{
    QString caption = QObject::tr("<b>%1: monthly cost against volume.</b> The API (orange) is a "
                                  "variable cost; self-hosting "
                                  "(blue) pays for whole replicas, so its cost steps up as "
                                  "replicas are added; the hybrid "
                                  "(green, dashed) keeps the cheapest always-on baseline and "
                                  "bursts to the API. Grey: this "
                                  "scenario's volume.")
                          .arg(name);
    const auto breakeven = e.summary.breakevenVolumeMtokPerMonth;
    const auto first = e.summary.firstCrossoverMtokPerMonth;
    if (!breakeven)
        caption += QObject::tr(" Breakeven volume: none up to %1.").arg(searchLimitText(e.summary));
    else if (*breakeven > volume * 100 || *breakeven < volume / 100)
        caption += QObject::tr(" The breakeven volume, %1, lies beyond the chart.")
                       .arg(format::volume(*breakeven));
    else
        caption += QObject::tr(" Red: the breakeven volume, %1.").arg(format::volume(*breakeven));
    if (breakeven && e.explanation.crossoverWindow)
        caption += QObject::tr(" Shaded: from the first crossover (%1) to the breakeven, "
                               "self-hosting wins at first and then "
                               "loses again at the next replica.")
                       .arg(format::volume(*first));
    return caption + QObject::tr(" Both axes are logarithmic.");
}

// The horizon chart's markers in words: the cheapest option's payback and, with growth, the month
// self-hosting becomes cheaper.
QString horizonMarkers(const Scenario &s, const Summary &summary)
{
    const auto payback = paybackFigure(summary);
    const auto month = payback ? summaryFigure(*payback).read(summary) : std::nullopt;
    QString text = !payback ? QObject::tr(" The API is cheapest: nothing is paid back.")
        : month             ? QObject::tr(" %1 pays back its set-up in month %2, where its "
                                                      "cumulative cost meets the API's (marked).")
                      .arg(optionName(summary.cheapest), format::number(*month, 0))
                : QObject::tr(" %1 does not pay back within the horizon.")
                      .arg(optionName(summary.cheapest));
    if (s.monthlyGrowth != 0 && summary.selfhostCheaperFromMonth)
        text += QObject::tr(
                    " Self-hosting's monthly cost is lower than the API's from month %1 on "
                    "(marked at the month's start): monthly costs, not the cumulative ones the "
                    "payback compares.")
                    .arg(*summary.selfhostCheaperFromMonth);
    if (s.ownedGpu)
        text += QObject::tr(" The owned GPUs count in cash: bought as the fleet grows.");
    return text;
}

// The uncertainty panel's caption: the samples, the ranges and what came out.
QString spreadCaption(const Scenario &s, const UncertaintyResult &mc)
{
    QStringList ranges;
    for (auto it = s.ranges.cbegin(); it != s.ranges.cend(); ++it) {
        const NumericField *field = findNumericField(it.key());
        ranges << QStringLiteral("%1 %2 / %3 / %4")
                      .arg(esc(QString::fromUtf8(field->label).toLower()), plainNumber(it->low),
                           plainNumber(it->mode), plainNumber(it->high));
    }
    return QObject::tr("%1 samples with seed %2 from triangular ranges (low / most likely / high): "
                       "%3. Self-hosting is "
                       "cheaper in %4 of outcomes, the hybrid in %5; self-hosting's savings run "
                       "from %6 (P10) to %7 (P90), %8 at the median, the hybrid's from %9 to %10, "
                       "%11 at the median.")
        .arg(QLocale().toString(mc.samples))
        .arg(mc.seed)
        .arg(ranges.join(QStringLiteral("; ")), format::percent(mc.pSelfhostCheaper),
             format::percent(mc.pHybridCheaper), format::money(mc.savingsP10),
             format::money(mc.savingsP90), format::money(mc.savingsP50),
             format::money(mc.hybridSavingsP10), format::money(mc.hybridSavingsP90))
        .arg(format::money(mc.hybridSavingsP50));
}

// How sure the verdict is, which input matters most, and when the set-up pays back. Without
// ranges there is one outcome, a single spike: the uncertainty panel is left out and the
// sensitivity takes the whole lower half.
void addAnalysisPage(ReportLayout &report, const Scenario &s, const Evaluation &e,
                     const QString &name)
{
    constexpr double Percent = 20;
    auto horizon = std::make_shared<HorizonChart>();
    horizon->setResults(s, e);
    auto tornado = std::make_shared<TornadoChart>();
    tornado->setRows(sensitivity(s, Percent), e.explanation.selfhostSavingsUsdPerMonth, Percent);
    std::vector<std::shared_ptr<QWidget>> charts {horizon, tornado};
    QList<PlacedChart> cells {{horizon.get(), QRectF(0, 0, 1, 0.5)}};
    QString lower;
    if (s.ranges.isEmpty()) {
        cells.append({tornado.get(), QRectF(0, 0.5, 1, 0.5)});
        lower = QObject::tr(
            "No input has a range, so there is a single outcome and no spread to show (give "
            "inputs a low, likely and high value with ± beside them in the window). Bottom: ");
    } else {
        const UncertaintyResult mc = runMonteCarlo(s, int(s.samples), quint64(s.seed));
        auto distribution = std::make_shared<DistributionChart>();
        distribution->setResult(mc);
        charts.push_back(distribution);
        cells.append({distribution.get(), QRectF(0, 0.5, 0.5, 0.5)});
        cells.append({tornado.get(), QRectF(0.5, 0.5, 0.5, 0.5)});
        lower = QObject::tr("Bottom left: monthly savings of self-hosting (blue) and of the "
                            "hybrid (green) across outcomes, each with its P10 and P90 (dashed) "
                            "and P50 (solid), and the breakeven at zero. %1 Bottom right: ")
                    .arg(spreadCaption(s, mc));
    }
    report.addChartPage(
        std::move(charts), cells,
        QObject::tr("<b>%1: over the horizon, and how sure.</b> Top: cumulative cost month by "
                    "month over %2 months with the volume growing %3 a month; self-hosting pays "
                    "its set-up at month 0.%4 %5each input moved by −%6% and +%6%, the largest "
                    "effect on the savings on top.")
            .arg(name, format::number(s.horizonMonths, 0), format::percent(s.monthlyGrowth),
                 horizonMarkers(s, e.summary), lower)
            .arg(Percent));
}

void addScenarioSections(ReportLayout &report, const Scenario &s, const Evaluation &e, int index)
{
    const QString name = esc(nameOf(s, index));
    report.setTitle(nameOf(s, index));
    report.addText(summaryHtml(s, e, index));
    addWorkloadsPage(report, s, name);

    auto cost = std::make_shared<CostVolumeChart>();
    cost->setResults(s, e);
    QPen dashed
        = cost->hybridSeries()->pen(); // on paper, speed does not matter: tell the lines apart
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(2.5);
    cost->hybridSeries()->setPen(dashed);
    report.addChart(cost, cost.get(), costCaption(name, e, totalVolumeMtokPerMonth(s)));

    auto utilization = std::make_shared<UtilizationChart>();
    utilization->setResults(s, e);
    const bool floorOnly = e.costPerMtokVsUtilization.selfhost.first().y()
        == e.costPerMtokVsUtilization.selfhost.last().y();
    report.addChart(
        utilization, utilization.get(),
        (floorOnly
             ? QObject::tr(
                 "<b>%1: cost per Mtok against GPU utilization.</b> At this volume the "
                 "always-on replicas are far from busy at any utilization, so self-hosting's "
                 "cost per token stays at the floor they set. The API price is flat.")
             : QObject::tr(
                 "<b>%1: cost per Mtok against GPU utilization.</b> Self-hosting's cost per "
                 "token falls as the GPUs it pays for get busier; halving utilization doubles the "
                 "GPU cost per token. The API price is flat. Grey: this scenario's utilization, "
                 "on the basis the legend names."))
                .arg(name)
            + (e.summary.breakevenUtilization
                   ? QObject::tr(" Red: the breakeven utilization (spares aside), %1.")
                         .arg(format::percent(*e.summary.breakevenUtilization))
                   : QString()));
    auto hybrid = std::make_shared<HybridCharts>();
    hybrid->setResults(s, e);
    const double k = e.summary.hybridReplicas;
    report.addChart(
        hybrid, hybrid->weekView(),
        k > 0 ? QObject::tr("<b>%1: the hybrid's week.</b> The week's hourly load with %2 "
                            "always-on replicas: "
                            "blue is self-hosted, orange bursts to the API; the line is the "
                            "baseline's capacity.")
                    .arg(name, format::number(k, 0))
              : QObject::tr(
                    "<b>%1: the hybrid's week.</b> No always-on baseline pays for itself here: the "
                    "whole load (orange) goes to the API.")
                    .arg(name));
    report.addChart(hybrid, hybrid->replicasView(),
                    QObject::tr("<b>%1: hybrid cost against always-on replicas.</b> 0 replicas is "
                                "the API alone; the largest "
                                "number is a fleet sized for the busiest hour. The red dot marks "
                                "the cheapest baseline, %2.")
                        .arg(name, format::number(k, 0)));
    auto breakdown = std::make_shared<BreakdownChart>();
    breakdown->setResults(s, e);
    report.addChart(breakdown, breakdown.get(),
                    QObject::tr("<b>%1: where the money goes.</b> Monthly cost of each option "
                                "split into GPU time that does "
                                "work, GPU time paid for but idle, engineering and operations "
                                "(with the set-up spread over "
                                "the horizon), and API charges.")
                        .arg(name));
    addAnalysisPage(report, s, e, name);
    report.addText(inputsHtml(s) + throughputSourceHtml(s));
    report.addText(billsHtml(s, e)); // a page of its own: the three bills never split

    report.addText(appendixHtml(s, e));
}

} // namespace

QString reportTitle(const QList<Scenario> &scenarios)
{
    return scenarios.size() == 1 ? nameOf(scenarios.first(), 0)
                                 : QObject::tr("Scenario comparison");
}

void writeReportContent(ReportLayout &report, const QList<Scenario> &scenarios)
{
    QList<Evaluation> evaluations;
    for (const Scenario &s : scenarios)
        evaluations << evaluate(s);
    if (scenarios.size() > 1) {
        report.setTitle(QObject::tr("Scenario comparison"));
        report.addText(comparisonHtml(scenarios, evaluations));
        auto overlay = std::make_shared<ComparisonChart>();
        overlay->setScenarios(scenarios, evaluations);
        report.addChart(
            overlay, overlay.get(),
            QObject::tr("<b>Comparison: monthly cost against volume.</b> A colour and a letter per "
                        "scenario, as in "
                        "the table: the wide line is self-hosting, the thin line the API, the dot "
                        "each scenario's "
                        "own volume. Scenarios with the same API price share one API line."));
    }
    for (int i = 0; i < scenarios.size(); ++i)
        addScenarioSections(report, scenarios[i], evaluations[i], i);
}

} // namespace planner
