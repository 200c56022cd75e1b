// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadspanel.h"

#include "fieldeditor.h"
#include "format.h"
#include "scenariodocument.h"
#include "weekprofileeditor.h"
#include "workloadediting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace planner {
namespace {

// Merge keys of a workload's slider drags: past every key of the input panel (a field's index),
// one per workload and input, so that a drag on another workload is another undo step.
constexpr int MergeKeyBase = 1 << 16;
enum class Slot { Volume, OutputShare };
int mergeKeyOf(Slot slot, int workload)
{
    return MergeKeyBase + int(slot) * MaxWorkloads + workload;
}

} // namespace

WorkloadsPanel::WorkloadsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeButtons());
    m_form = makeForm();
    layout->addWidget(m_form);
    setScenario(m_scenario);
}

// The chooser of the workload shown and the buttons that change the list.
QWidget *WorkloadsPanel::makeButtons()
{
    auto *row = new QWidget(this);
    auto *layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chooser = new QComboBox(row);
    m_chooser->setToolTip(tr("The workload whose own inputs are shown below."));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(8);
    connect(m_chooser, &QComboBox::activated, this, &WorkloadsPanel::setCurrentIndex);
    m_add = new QPushButton(tr("&Add workload"), row);
    m_add->setToolTip(
        tr("Plan several workloads on one fleet: each has its own volume, mix, traffic shape and "
           "API, and they share the GPUs, the team and its overhead. The plan says which of them "
           "to self-host."));
    m_duplicate = new QPushButton(tr("Dup&licate"), row);
    m_duplicate->setToolTip(tr("Add a copy of the workload shown."));
    m_remove = new QPushButton(tr("Rem&ove"), row);
    m_remove->setToolTip(tr("Remove the workload shown. With one left, the scenario is a single "
                            "workload again."));
    connect(m_add, &QPushButton::clicked, this, [this] {
        const Scenario next = withWorkloadAdded(m_scenario);
        proposeList(next, int(next.workloads.size()) - 1, tr("Add workload"));
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        proposeList(withWorkloadDuplicated(m_scenario, m_current), m_current + 1,
                    tr("Duplicate workload"));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        proposeList(withWorkloadRemoved(m_scenario, m_current), std::max(0, m_current - 1),
                    tr("Remove workload"));
    });
    // The chooser on a row of its own: the input column is narrow.
    layout->addWidget(m_chooser, 0, 0, 1, 3);
    layout->addWidget(m_add, 1, 0);
    layout->addWidget(m_duplicate, 1, 1);
    layout->addWidget(m_remove, 1, 2);
    return row;
}

// The shown workload's own inputs.
QWidget *WorkloadsPanel::makeForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *nameRow = new QFormLayout;
    m_name = new QLineEdit(form);
    m_name->setToolTip(tr("The workload's name: unique, as the plan and the report call it."));
    connect(m_name, &QLineEdit::editingFinished, this, &WorkloadsPanel::rename);
    nameRow->addRow(tr("&Name"), m_name);
    m_apiModel = makeApiModelChooser(form);
    nameRow->addRow(tr("AP&I"), m_apiModel);
    layout->addLayout(nameRow);
    m_volume = makeEditor("volume_mtok_per_month", &Workload::volumeMtokPerMonth, int(Slot::Volume),
                          form);
    m_outputShare
        = makeEditor("output_fraction", &Workload::outputFraction, int(Slot::OutputShare), form);
    layout->addWidget(m_volume);
    layout->addWidget(m_outputShare);
    m_profile = new WeekProfileEditor(form);
    connect(m_profile, &WeekProfileEditor::profileEdited, this,
            [this](const TrafficProfile &profile) {
                editCurrent([&profile](Workload &w) { w.profile = profile; },
                            tr("Change traffic shape of %1"), ScenarioDocument::NoMerge);
            });
    connect(m_profile, &WeekProfileEditor::pasteFailed, this, &WorkloadsPanel::problem);
    layout->addWidget(m_profile);
    m_selfhostOk = new QCheckBox(tr("May &be self-hosted"), form);
    m_selfhostOk->setToolTip(tr("Off keeps this workload on its API in every plan, e.g. for a "
                                "quality or data reason (workloads[].selfhost_ok)."));
    connect(m_selfhostOk, &QCheckBox::clicked, this, [this](bool on) {
        editCurrent([on](Workload &w) { w.selfhostOk = on; },
                    on ? tr("Allow self-hosting %1") : tr("Keep %1 on its API"),
                    ScenarioDocument::NoMerge);
    });
    layout->addWidget(m_selfhostOk);
    return form;
}

// The workload group's editor of key, editing the shown workload's member instead.
FieldEditor *WorkloadsPanel::makeEditor(const char *key, double Workload::*member, int slot,
                                        QWidget *parent)
{
    const NumericField &field = *findNumericField(QString::fromLatin1(key));
    auto *editor = new FieldEditor(field, parent);
    editor->rangeButton()->hide(); // a workload's inputs may not be ranges (section 11.2)
    const QString description
        = tr("Change %1 of %2").arg(QString::fromUtf8(field.label).toLower(), QStringLiteral("%1"));
    connect(editor, &FieldEditor::edited, this,
            [this, member, slot, description](double value, bool dragging) {
                editCurrent([member, value](Workload &w) { w.*member = value; }, description,
                            dragging ? mergeKeyOf(Slot(slot), m_current)
                                     : ScenarioDocument::NoMerge);
            });
    connect(editor, &FieldEditor::dragStarted, this, &WorkloadsPanel::dragStarted);
    connect(editor, &FieldEditor::dragFinished, this, &WorkloadsPanel::dragFinished);
    return editor;
}

// The scenario's own API prices, or an API model's prices as the workload's overrides.
QComboBox *WorkloadsPanel::makeApiModelChooser(QWidget *parent)
{
    auto *chooser = new QComboBox(parent);
    chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    chooser->setMinimumContentsLength(12);
    chooser->setToolTip(tr("The API this workload would otherwise use: the API group's prices, "
                           "or an API model's (stored as the workload's own api keys)."));
    chooser->setPlaceholderText(tr("Its own API prices (from the file)"));
    chooser->addItem(tr("The API group's prices"));
    for (const ApiModelPreset &m : builtinPresets().apiModels) {
        chooser->addItem(QStringLiteral("%1 (%2 / %3)")
                             .arg(m.id, format::moneyPerMtok(m.inputUsdPerMtok),
                                  format::moneyPerMtok(m.outputUsdPerMtok)));
    }
    connect(chooser, &QComboBox::activated, this, [this](int index) {
        if (index <= 0) {
            editCurrent([](Workload &w) { w.apiOverrides.clear(); },
                        tr("Use the API group's prices for %1"), ScenarioDocument::NoMerge);
            return;
        }
        const ApiModelPreset &preset = builtinPresets().apiModels[index - 1];
        editCurrent([&preset](Workload &w) { w.apiOverrides = apiModelOverrides(preset); },
                    tr("Use API prices of %1 for %2").arg(preset.id, QStringLiteral("%1")),
                    ScenarioDocument::NoMerge);
    });
    return chooser;
}

void WorkloadsPanel::proposeList(const Scenario &next, int current, const QString &description)
{
    if (next == m_scenario)
        return;
    m_current = current;
    emit edited(next, description, ScenarioDocument::NoMerge);
}

// description names the workload with its "%1".
void WorkloadsPanel::editCurrent(const std::function<void(Workload &)> &change,
                                 const QString &description, int mergeKey)
{
    if (m_current >= m_scenario.workloads.size())
        return;
    Scenario next = m_scenario;
    change(next.workloads[m_current]);
    // An API model on the last workload that used a shared price leaves that price's range
    // unread: it goes, so that the scenario stays valid (and saved files reopen).
    for (const QString &key : rangesNotRead(next))
        next.ranges.remove(key);
    emit edited(next, description.arg(m_scenario.workloads[m_current].name), mergeKey);
}

void WorkloadsPanel::rename()
{
    if (m_current >= m_scenario.workloads.size())
        return;
    const QString name = m_name->text().trimmed();
    const QString old = m_scenario.workloads[m_current].name;
    if (name == old)
        return;
    const bool taken = std::ranges::any_of(m_scenario.workloads,
                                           [&name](const Workload &w) { return w.name == name; });
    if (name.isEmpty() || taken) {
        m_name->setText(old);
        emit problem(name.isEmpty() ? tr("A workload needs a name.")
                                    : tr("Another workload is already called \"%1\".").arg(name));
        return;
    }
    editCurrent([&name](Workload &w) { w.name = name; }, tr("Rename %1"),
                ScenarioDocument::NoMerge);
}

void WorkloadsPanel::setCurrentIndex(int index)
{
    m_current = std::clamp(index, 0, std::max(0, int(m_scenario.workloads.size()) - 1));
    showCurrent();
}

void WorkloadsPanel::setScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    const bool listed = !scenario.workloads.isEmpty();
    m_chooser->setVisible(listed);
    m_duplicate->setVisible(listed);
    m_remove->setVisible(listed);
    m_form->setVisible(listed);
    m_add->setEnabled(scenario.workloads.size() < MaxWorkloads);
    m_duplicate->setEnabled(scenario.workloads.size() < MaxWorkloads);
    {
        const QSignalBlocker blocker(m_chooser);
        m_chooser->clear();
        for (const Workload &w : scenario.workloads)
            m_chooser->addItem(w.name);
    }
    setCurrentIndex(m_current);
}

void WorkloadsPanel::showCurrent()
{
    if (m_current >= m_scenario.workloads.size())
        return;
    const Workload &w = m_scenario.workloads[m_current];
    const QSignalBlocker chooserBlocker(m_chooser);
    m_chooser->setCurrentIndex(m_current);
    if (!m_name->hasFocus() || m_name->text() != w.name)
        m_name->setText(w.name);
    m_volume->setValue(w.volumeMtokPerMonth);
    m_outputShare->setValue(w.outputFraction);
    m_profile->setProfile(w.profile);
    const ApiModelPreset *model = matchingApiModel(w.apiOverrides);
    const QSignalBlocker apiBlocker(m_apiModel);
    if (w.apiOverrides.isEmpty())
        m_apiModel->setCurrentIndex(0);
    else if (model)
        m_apiModel->setCurrentIndex(int(model - builtinPresets().apiModels.data()) + 1);
    else
        m_apiModel->setCurrentIndex(-1);
    m_selfhostOk->setChecked(w.selfhostOk);
}

} // namespace planner
