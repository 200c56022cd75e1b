// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchmarkimport.h"
#include "costengine.h"
#include "presets.h"
#include "scenariofields.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;

namespace planner {

class FieldEditor;
class PresetComboBox;
class WeekProfileEditor;
class WorkloadsPanel;

// Every input of the scenario as a control, grouped as the cost model groups them. The four main
// levers (volume, utilization, GPU price, engineers) and the provisioning mode sit in a strip that
// never scrolls away. The panel never changes the scenario itself: it proposes the next one.
class InputPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InputPanel(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario, const Summary &summary);
    // Meeting mode shows only the strip of main levers.
    void setDetailsVisible(bool visible);

    // The editor of a field in the always-visible strip, or else in the groups below.
    FieldEditor *editor(const char *key) const;
    // The check box of a switch (a SwitchField's key).
    QCheckBox *switchBox(const char *key) const;
    QComboBox *provisioningChooser() const { return m_provisioning; }
    // The preset choosers: each shows the preset the scenario matches, or "Custom".
    PresetComboBox *apiModelChooser() const { return m_apiModels; }
    PresetComboBox *gpuPriceChooser() const { return m_gpuPrices; }
    PresetComboBox *throughputChooser() const { return m_throughput; }
    WeekProfileEditor *profileEditor() const { return m_profile; }
    WorkloadsPanel *workloadsPanel() const { return m_workloads; }
    // The rate now in use was measured at this mix: warn while the workload's mix differs.
    void setMeasuredThroughput(const MeasuredThroughput &measured);
    QLabel *mixWarningLabel() const { return m_mixWarning; }
    // Says that the GPU price comes from owned GPUs; hidden otherwise.
    QLabel *ownedGpuNote() const { return m_ownedGpuNote; }

signals:
    // mergeKey is ScenarioDocument::NoMerge, or a key shared by the steps of one slider drag.
    void edited(const Scenario &next, const QString &description, int mergeKey);
    void dragStarted();
    void dragFinished();
    void problem(const QString &message);
    void ownedGpuRequested();
    void throughputEstimateRequested();

private:
    QGroupBox *makeStrip();
    QFormLayout *makeProvisioningRow(QWidget *parent);
    QLabel *makeRealizedLabel(QWidget *parent);
    QWidget *makeDetails();
    void addEditors(QGroupBox *box, PanelBox place);
    FieldEditor *addEditor(const NumericField &field, QWidget *parent);
    QCheckBox *addSwitch(const SwitchField &field, QWidget *parent);
    QWidget *makePresetPickers(QWidget *parent);
    PresetComboBox *makeApiModelPicker(QWidget *parent);
    PresetComboBox *makeGpuPricePicker(QWidget *parent);
    PresetComboBox *makeThroughputPicker(QWidget *parent);
    void updatePresetChoosers();
    void updateModeDependentEditors();
    void updateMixWarning();

    Scenario m_scenario;
    QList<GpuPriceChoice> m_gpuChoices;
    QList<FieldEditor *> m_editors;
    QList<FieldEditor *> m_stripEditors;
    QList<std::pair<QCheckBox *, const SwitchField *>> m_switches;
    QComboBox *m_provisioning = nullptr;
    QLabel *m_realized = nullptr;
    WeekProfileEditor *m_profile = nullptr;
    QGroupBox *m_workloadBox = nullptr;
    QGroupBox *m_strip = nullptr;
    WorkloadsPanel *m_workloads = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_mixWarning = nullptr;
    QLabel *m_ownedGpuNote = nullptr;
    PresetComboBox *m_apiModels = nullptr;
    PresetComboBox *m_gpuPrices = nullptr;
    PresetComboBox *m_throughput = nullptr;
    std::optional<MeasuredThroughput> m_measured;
};

} // namespace planner
