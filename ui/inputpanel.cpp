// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputpanel.h"

#include "editorguard.h"
#include "fieldeditor.h"
#include "focusmark.h"
#include "format.h"
#include "ownedgpu.h"
#include "presetcombobox.h"
#include "presets.h"
#include "scenariodocument.h"
#include "weekprofileeditor.h"
#include "workloadediting.h"
#include "workloadspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cstring>

namespace planner {
namespace {

QString originTip(const PresetSource &origin)
{
    return InputPanel::tr("Source: %1\n%2")
        .arg(origin.source, format::capitalized(format::asOf(origin)));
}

// ", 2026-07-24" after a preset's label; nothing when the source gives no date.
QString datedSuffix(const PresetSource &origin)
{
    return origin.asOf.isEmpty() ? QString() : QStringLiteral(", ") + origin.asOf;
}

// The load a run was measured under, for its label: "interactive, 25 concurrent",
// "batch/offline, max concurrency", "batch/offline, batch 1024".
QString loadText(const ThroughputPreset &run)
{
    const QString regime = throughputRegime(run);
    if (regime != u"batch/offline")
        return regime;
    return regime + QStringLiteral(", ")
        + (run.concurrency.startsWith(u"max") ? InputPanel::tr("max concurrency")
                                              : run.concurrency);
}

// A picker entry, flagged when its figures are older than StaleAfterDays.
QString entryText(const QString &text, const PresetSource &origin)
{
    return isStale(origin, QDate::currentDate())
        ? InputPanel::tr("%1 (possibly out of date)").arg(text)
        : text;
}

QWidget *withButton(QWidget *field, QPushButton *button)
{
    auto *row = new QWidget(field->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    return row;
}

QGroupBox *group(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(6);
    layout->setContentsMargins(8, 6, 8, 6);
    return box;
}

// The fields (numeric or switches) one part of the panel shows, top to bottom.
template<typename Field, typename Predicate>
QList<const Field *> panelFields(std::span<const Field> all, Predicate shown)
{
    QList<const Field *> fields;
    for (const Field &field : all) {
        if (shown(field))
            fields << &field;
    }
    std::ranges::stable_sort(fields, {}, [](const Field *f) { return f->panel.order; });
    return fields;
}

} // namespace

InputPanel::InputPanel(QWidget *parent)
    : QWidget(parent)
    , m_gpuChoices(gpuPriceChoices(builtinPresets()))
{
    QGroupBox *strip = makeStrip();
    m_strip = strip;
    QWidget *details = makeDetails();

    auto *scroll = new QScrollArea(this);
    m_details = scroll;
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the inputs, which it scrolls into view

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(strip);
    layout->addWidget(scroll, 1);
    guardEditors(this);
    markKeyboardFocus(this);
}

// The strip: the levers people reach for first, never scrolled away. The provisioning chooser
// heads the utilization levers it chooses between, and the utilization it gives follows them.
QGroupBox *InputPanel::makeStrip()
{
    auto *strip = group(tr("Main levers"), this);
    auto *stripLayout = static_cast<QVBoxLayout *>(strip->layout());
    for (const NumericField *field : panelFields(
             numericFields(), [](const NumericField &f) { return f.panel.lever != Lever::No; })) {
        const bool byMode = field->panel.lever != Lever::Always;
        if (byMode && !m_provisioning)
            stripLayout->addLayout(makeProvisioningRow(strip));
        else if (!byMode && m_provisioning && !m_realized)
            stripLayout->addWidget(makeRealizedLabel(strip));
        stripLayout->addWidget(addEditor(*field, strip));
    }
    stripLayout->addStretch(); // the levers stay at the top when the strip has the column
    m_stripEditors = m_editors;
    return strip;
}

QFormLayout *InputPanel::makeProvisioningRow(QWidget *parent)
{
    m_provisioning = new QComboBox(parent);
    m_provisioning->addItem(tr("Utilization: average busy share"), int(Provisioning::Utilization));
    m_provisioning->addItem(tr("Fixed fleet sized for the busiest hour"), int(Provisioning::Fixed));
    m_provisioning->addItem(tr("Autoscale hour by hour"), int(Provisioning::Autoscale));
    m_provisioning->setToolTip(
        tr("How GPUs are provisioned. Utilization: pay for the hours the average "
           "utilization implies. Fixed: one fleet sized for the busiest hour, "
           "always on. Autoscale: replicas follow the load hour by hour."));
    connect(m_provisioning, &QComboBox::activated, this, [this](int index) {
        Scenario next = m_scenario;
        next.provisioning = static_cast<Provisioning>(m_provisioning->itemData(index).toInt());
        emit edited(next, tr("Change provisioning"), ScenarioDocument::NoMerge);
    });
    // The whole width for the chooser, its caption above it as the levers' are: neither is cut
    // when the panel narrows.
    m_provisioning->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_provisioning->setMinimumContentsLength(16);
    auto *modeRow = new QFormLayout;
    modeRow->setContentsMargins(0, 0, 0, 0);
    modeRow->setRowWrapPolicy(QFormLayout::WrapAllRows);
    modeRow->setVerticalSpacing(1);
    modeRow->addRow(tr("&Provisioning"), m_provisioning);
    return modeRow;
}

QLabel *InputPanel::makeRealizedLabel(QWidget *parent)
{
    m_realized = new QLabel(parent);
    m_realized->setWordWrap(true); // it names both bases
    m_realized->setToolTip(tr("Busy share of the paid GPU time that this provisioning gives."));
    return m_realized;
}

// Everything else, grouped as the cost model groups it, for a scroll area.
QWidget *InputPanel::makeDetails()
{
    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 4, 0);

    auto *workload = group(tr("Workload"), details);
    m_workloadBox = workload;
    m_workloads = new WorkloadsPanel(workload);
    workload->layout()->addWidget(m_workloads);
    connect(m_workloads, &WorkloadsPanel::edited, this, &InputPanel::edited);
    connect(m_workloads, &WorkloadsPanel::dragStarted, this, &InputPanel::dragStarted);
    connect(m_workloads, &WorkloadsPanel::dragFinished, this, &InputPanel::dragFinished);
    connect(m_workloads, &WorkloadsPanel::problem, this, &InputPanel::problem);
    m_profile = new WeekProfileEditor(workload);
    workload->layout()->addWidget(m_profile);
    connect(m_profile, &WeekProfileEditor::profileEdited, this,
            [this](const TrafficProfile &profile) {
                Scenario next = m_scenario;
                next.profile = profile;
                emit edited(next, tr("Change traffic shape"), ScenarioDocument::NoMerge);
            });
    connect(m_profile, &WeekProfileEditor::pasteFailed, this, &InputPanel::problem);
    addEditors(workload, PanelBox::Workload);
    detailsLayout->addWidget(workload);

    detailsLayout->addWidget(makePresetPickers(details));
    const std::pair<QString, PanelBox> boxes[] = {{tr("API"), PanelBox::Api},
                                                  {tr("Self-host"), PanelBox::SelfHost},
                                                  {tr("Overhead"), PanelBox::Overhead}};
    for (const auto &[title, place] : boxes) {
        auto *box = group(title, details);
        addEditors(box, place);
        detailsLayout->addWidget(box);
    }
    detailsLayout->addStretch(1);
    return details;
}

// The box's numeric inputs, then its switches.
void InputPanel::addEditors(QGroupBox *box, PanelBox place)
{
    const auto inBox = [place](const auto &field) {
        return field.panel.box == place;
    };
    for (const NumericField *field : panelFields(numericFields(), inBox))
        box->layout()->addWidget(addEditor(*field, box));
    for (const SwitchField *field : panelFields(switchFields(), inBox))
        box->layout()->addWidget(addSwitch(*field, box));
}

QCheckBox *InputPanel::addSwitch(const SwitchField &field, QWidget *parent)
{
    const QString label = QString::fromUtf8(field.label);
    auto *box = new QCheckBox(label, parent);
    box->setToolTip(inputToolTip(label, field.group, field.key, tr("true or false"),
                                 QString::fromUtf8(field.help)));
    const SwitchField *shown = &field;
    connect(box, &QCheckBox::clicked, this, [this, shown, label](bool on) {
        Scenario next = m_scenario;
        next.*(shown->member) = on;
        emit edited(next, (on ? tr("Turn on \"%1\"") : tr("Turn off \"%1\"")).arg(label),
                    ScenarioDocument::NoMerge);
    });
    m_switches.append({box, shown});
    return box;
}

FieldEditor *InputPanel::addEditor(const NumericField &shown, QWidget *parent)
{
    const NumericField *field = &shown;
    auto *editor = new FieldEditor(shown, parent);
    const int mergeKey = int(field - numericFields().data());
    connect(editor, &FieldEditor::edited, this,
            [this, field, mergeKey](double value, bool dragging) {
                Scenario next = m_scenario;
                next.*(field->member) = value;
                // An uncertain input's value is its most likely one; the range stretches to keep
                // it.
                if (auto range = next.ranges.find(QLatin1String(field->key));
                    range != next.ranges.end())
                    *range = {std::min(range->low, value), value, std::max(range->high, value)};
                forgetReplacedOwnedGpu(next);
                emit edited(next, tr("Change %1").arg(QString::fromUtf8(field->label).toLower()),
                            dragging ? mergeKey : ScenarioDocument::NoMerge);
            });
    connect(editor, &FieldEditor::dragStarted, this, &InputPanel::dragStarted);
    connect(editor, &FieldEditor::rangeEdited, this,
            [this, field](const std::optional<TriangularRange> &range) {
                Scenario next = m_scenario;
                if (range) {
                    next.ranges.insert(QLatin1String(field->key), *range);
                    next.*(field->member) = range->mode;
                } else {
                    next.ranges.remove(QLatin1String(field->key));
                }
                forgetReplacedOwnedGpu(next);
                emit edited(
                    next,
                    range ? tr("Set range of %1").arg(QString::fromUtf8(field->label).toLower())
                          : tr("Remove range of %1").arg(QString::fromUtf8(field->label).toLower()),
                    ScenarioDocument::NoMerge);
            });
    connect(editor, &FieldEditor::dragFinished, this, &InputPanel::dragFinished);
    m_editors.append(editor);
    return editor;
}

QWidget *InputPanel::makePresetPickers(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Presets"), parent);
    box->setToolTip(tr("Fill fields from sourced reference figures. Every field stays editable."));
    auto *form = new QFormLayout(box);
    form->setContentsMargins(8, 6, 8, 6);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // the choosers' long names get the width
    m_apiModels = makeApiModelPicker(box);
    m_gpuPrices = makeGpuPricePicker(box);
    m_throughput = makeThroughputPicker(box);
    form->addRow(tr("API &model"), m_apiModels);
    auto *ownedGpu = new QPushButton(tr("Owned…"), box);
    ownedGpu->setToolTip(tr("Work out the hourly price of GPUs you buy: purchase price, "
                            "amortisation, power, PUE, electricity and colocation."));
    connect(ownedGpu, &QPushButton::clicked, this, &InputPanel::ownedGpuRequested);
    auto *estimate = new QPushButton(tr("Estimate…"), box);
    estimate->setToolTip(tr("Estimate prefill and decode rates from a model's size and a GPU's "
                            "memory bandwidth and compute (roofline), beside measured figures."));
    connect(estimate, &QPushButton::clicked, this, &InputPanel::throughputEstimateRequested);
    form->addRow(tr("GPU p&rice"), withButton(m_gpuPrices, ownedGpu));
    m_ownedGpuNote = new QLabel(box);
    m_ownedGpuNote->setWordWrap(true);
    m_ownedGpuNote->hide();
    form->addRow(m_ownedGpuNote);
    form->addRow(tr("T&hroughput"), withButton(m_throughput, estimate));
    m_mixWarning = new QLabel(box);
    m_mixWarning->setWordWrap(true);
    m_mixWarning->setStyleSheet(format::warningStyleSheet());
    m_mixWarning->hide();
    form->addRow(m_mixWarning);
    return box;
}

// "gpt-4o (in $2.50/Mtok, out $10.00/Mtok), 2026-07-24", under its provider.
PresetComboBox *InputPanel::makeApiModelPicker(QWidget *parent)
{
    auto *apiModels = new PresetComboBox(
        tr("Custom: the API prices match no preset. Choose one to fill them."), parent);
    const QList<ApiModelPreset> &presets = builtinPresets().apiModels;
    for (int i = 0; i < presets.size(); ++i) {
        const ApiModelPreset &m = presets[i];
        if (i == 0 || m.provider != presets[i - 1].provider)
            apiModels->addHeading(m.provider);
        apiModels->addPreset(
            entryText(tr("%1 (in %2, out %3)%4")
                          .arg(m.id.section(u'/', -1), format::moneyPerMtok(m.inputUsdPerMtok),
                               format::moneyPerMtok(m.outputUsdPerMtok), datedSuffix(m.origin)),
                      m.origin),
            originTip(m.origin), i);
    }
    connect(apiModels, &PresetComboBox::presetChosen, this, [this](int id) {
        Scenario next = m_scenario;
        const ApiModelPreset &preset = builtinPresets().apiModels[id];
        applyApiModel(next, preset);
        emit edited(next, tr("Use API prices of %1").arg(preset.id), ScenarioDocument::NoMerge);
    });
    return apiModels;
}

// "AWS, on-demand, $6.88/h, 2026-08-23", under its GPU; identical prices merged.
PresetComboBox *InputPanel::makeGpuPricePicker(QWidget *parent)
{
    auto *gpuPrices = new PresetComboBox(
        tr("Custom: the GPU price matches no preset. Choose one to fill it."), parent);
    for (int i = 0; i < m_gpuChoices.size(); ++i) {
        const GpuPriceChoice &choice = m_gpuChoices[i];
        if (i == 0 || choice.gpu != m_gpuChoices[i - 1].gpu)
            gpuPrices->addHeading(choice.gpu->name);
        const GpuPrice &p = *choice.price;
        QStringList instances;
        for (const GpuPrice *merged : choice.merged)
            instances << merged->instance;
        gpuPrices->addPreset(
            entryText(tr("%1, %2, $%3/h%4")
                          .arg(p.provider, format::priceKind(p.kind),
                               format::trimmed(p.gpuHourlyUsd, 2, 4), datedSuffix(p.origin)),
                      p.origin),
            instances.join(u'\n') + u'\n' + originTip(p.origin), i);
    }
    connect(gpuPrices, &PresetComboBox::presetChosen, this, [this](int id) {
        Scenario next = m_scenario;
        const GpuPriceChoice &choice = m_gpuChoices[id];
        applyGpuPrice(next, *choice.gpu, *choice.price);
        emit edited(next, tr("Use GPU price of %1").arg(choice.price->provider),
                    ScenarioDocument::NoMerge);
    });
    return gpuPrices;
}

// "2x H100 SXM 80GB, 5000/500 tokens, 6.9 k tok/s, interactive, 25 concurrent", under its model.
PresetComboBox *InputPanel::makeThroughputPicker(QWidget *parent)
{
    auto *throughput = new PresetComboBox(
        tr("Custom: the serving rate matches no measured run. Choose one to fill it."), parent);
    const QList<ThroughputPreset> &runs = builtinPresets().throughput;
    QStringList models;
    for (const ThroughputPreset &t : runs) {
        if (!models.contains(t.model))
            models << t.model;
    }
    for (const QString &model : std::as_const(models)) {
        throughput->addHeading(model);
        for (int i = 0; i < runs.size(); ++i) {
            const ThroughputPreset &t = runs[i];
            if (t.model != model)
                continue;
            throughput->addPreset(entryText(tr("%1x %2, %3/%4 tokens, %5 tok/s, %6%7")
                                                .arg(t.gpuCount)
                                                .arg(t.gpu)
                                                .arg(t.inputLength)
                                                .arg(t.outputLength)
                                                .arg(format::compact(t.mixedTokPerS), loadText(t),
                                                     datedSuffix(t.origin)),
                                            t.origin),
                                  tr("%1, %2, concurrency %3\nMeasured at %4% output tokens.\n%5")
                                      .arg(t.engine, t.precision, t.concurrency,
                                           format::number(t.outputFraction * 100, 0),
                                           originTip(t.origin)),
                                  i);
        }
    }
    connect(throughput, &PresetComboBox::presetChosen, this, [this](int id) {
        Scenario next = m_scenario;
        const ThroughputPreset &preset = builtinPresets().throughput[id];
        applyThroughput(next, preset);
        m_measured = MeasuredThroughput {preset.mixedTokPerS, preset.outputFraction, QString()};
        emit edited(next, tr("Use measured throughput"), ScenarioDocument::NoMerge);
    });
    return throughput;
}

// Each chooser names the preset the scenario's figures match, "Custom" when none does. A preset
// still matching stays shown, so that of two presets with equal figures the one chosen remains.
void InputPanel::updatePresetChoosers()
{
    const auto show = [](PresetComboBox *box, int count, const auto &matches) {
        std::optional<int> shown = box->shownPreset();
        if (!shown || !matches(*shown)) {
            shown.reset();
            for (int id = 0; id < count && !shown; ++id) {
                if (matches(id))
                    shown = id;
            }
        }
        box->showPreset(shown);
    };
    const PresetCatalog &catalog = builtinPresets();
    show(m_apiModels, int(catalog.apiModels.size()),
         [&](int id) { return usesApiModel(m_scenario, catalog.apiModels[id]); });
    show(m_gpuPrices, int(m_gpuChoices.size()),
         [&](int id) { return usesGpuPrice(m_scenario, m_gpuChoices[id]); });
    show(m_throughput, int(catalog.throughput.size()),
         [&](int id) { return usesThroughput(m_scenario, catalog.throughput[id]); });
}

FieldEditor *InputPanel::editor(const char *key) const
{
    for (const QList<FieldEditor *> *editors : {&m_stripEditors, &m_editors}) {
        for (FieldEditor *editor : *editors) {
            if (std::strcmp(editor->field().key, key) == 0 && !editor->isHidden())
                return editor;
        }
    }
    return nullptr;
}

QCheckBox *InputPanel::switchBox(const char *key) const
{
    for (const auto &[box, field] : m_switches) {
        if (std::strcmp(field->key, key) == 0)
            return box;
    }
    return nullptr;
}

void InputPanel::setDetailsVisible(bool visible)
{
    m_details->setVisible(visible);
    // Without the details (meeting mode) the levers have the column, and the traffic shape joins
    // them: the same volume favours self-hosting when steady and the API when bursty, and the
    // room should see why, its bars tall enough to read across it.
    static_cast<QBoxLayout *>(layout())->setStretchFactor(m_strip, visible ? 0 : 1);
    if (visible) {
        static_cast<QBoxLayout *>(m_workloadBox->layout())->insertWidget(1, m_profile);
    } else {
        auto *strip = static_cast<QBoxLayout *>(m_strip->layout());
        strip->insertWidget(strip->count() - 1, m_profile); // above the strip's closing stretch
    }
    m_profile->setVisible(m_scenario.workloads.isEmpty());
    constexpr int MeetingBarsLines = 12;
    m_profile->bars()->setMinimumHeight(visible ? WeekBars::MinimumHeight
                                                : MeetingBarsLines * fontMetrics().height());
}

void InputPanel::setMeasuredThroughput(const MeasuredThroughput &measured)
{
    m_measured = measured;
    updateMixWarning();
}

// Shown while the scenario still uses the measured rate and its mix is another.
void InputPanel::updateMixWarning()
{
    const QString warning = m_measured && m_scenario.mixedTokPerS == m_measured->mixedTokPerS
        ? planner::mixWarning(m_scenario, *m_measured)
        : QString();
    if (!warning.isEmpty())
        m_mixWarning->setText(format::warning(warning));
    m_mixWarning->setVisible(!warning.isEmpty());
}

// Inputs of other provisioning modes are hidden; the utilization the mode leads with sits in the
// strip, the other in its box.
void InputPanel::updateModeDependentEditors()
{
    const bool utilizationMode = m_scenario.provisioning == Provisioning::Utilization;
    for (FieldEditor *editor : std::as_const(m_editors)) {
        const PanelPlace &place = editor->field().panel;
        if (place.lever == Lever::No || place.lever == Lever::Always) {
            // With a workloads list, each workload has its own (the workloads panel shows them).
            const bool perWorkload
                = !m_scenario.workloads.isEmpty() && isPerWorkload(editor->field());
            editor->setVisible(place.appliesTo(m_scenario) && !perWorkload);
            continue;
        }
        const bool leads = (place.lever == Lever::InUtilizationMode) == utilizationMode;
        editor->setVisible(m_stripEditors.contains(editor) == leads);
    }
}

void InputPanel::setScenario(const Scenario &scenario, const Summary &summary)
{
    m_scenario = scenario;
    for (FieldEditor *editor : m_editors) {
        editor->setValue(scenario.*(editor->field().member));
        const auto range = scenario.ranges.constFind(QLatin1String(editor->field().key));
        editor->setRange(range == scenario.ranges.cend() ? std::nullopt
                                                         : std::optional<TriangularRange>(*range));
    }
    for (const auto &[box, field] : std::as_const(m_switches))
        box->setChecked(scenario.*(field->member));
    m_profile->setProfile(scenario.profile);
    m_profile->setVisible(scenario.workloads.isEmpty());
    m_workloads->setScenario(scenario);
    m_workloadBox->setTitle(scenario.workloads.isEmpty() ? tr("Workload") : tr("Workloads"));
    {
        const QSignalBlocker blocker(m_provisioning);
        m_provisioning->setCurrentIndex(m_provisioning->findData(int(scenario.provisioning)));
    }
    updateModeDependentEditors();
    updateMixWarning();
    updatePresetChoosers();
    m_ownedGpuNote->setVisible(scenario.ownedGpu.has_value());
    if (scenario.ownedGpu)
        m_ownedGpuNote->setText(tr("The GPU price is worked out from owned GPUs (%1 each, over %2 "
                                   "months); Owned… changes it.")
                                    .arg(format::money(scenario.ownedGpu->purchaseUsd))
                                    .arg(scenario.ownedGpu->amortizationMonths));
    // Both bases, named: the serving one is the headline's and the breakeven utilization's.
    m_realized->setText(
        summary.servingUtilization
            ? tr("Realized: serving replicas busy %1; %2 of all paid GPU time (incl. spares)")
                  .arg(format::percent(*summary.servingUtilization),
                       format::percent(summary.utilization))
            : tr("Realized: busy %1 of all paid GPU time (incl. spares)")
                  .arg(format::percent(summary.utilization)));
}

} // namespace planner
