// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roofline.h"
#include "scenario.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;

namespace planner {

// Estimates a replica's prefill and decode rates from a model and a GPU (cost model, section 7),
// beside the measured runs of the same pair, which are better when there are any.
class RooflineDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RooflineDialog(const Scenario &current, QWidget *parent = nullptr);

    // Nothing while the inputs are refused, e.g. when the model does not fit.
    std::optional<RooflineEstimate> estimate() const { return m_estimate; }
    int gpuCount() const;
    RooflineInputs inputs() const;

    QComboBox *modelBox() const { return m_model; } // the presets, then "Custom"
    QDoubleSpinBox *parametersBox() const { return m_parameters; } // in billions
    QDoubleSpinBox *bytesPerWeightBox() const { return m_bytesPerWeight; }
    QDoubleSpinBox *kvBytesPerTokenBox() const { return m_kvBytesPerToken; }
    QComboBox *gpuBox() const { return m_gpu; }
    QComboBox *precisionBox() const { return m_precision; }
    QSpinBox *gpuCountBox() const { return m_gpuCount; }
    QSpinBox *batchBox() const { return m_batch; }
    QSpinBox *contextBox() const { return m_context; }
    // In ms, 0 = none; when set, the batch is the largest that meets it (cost model, section 10).
    QDoubleSpinBox *itlTargetBox() const { return m_itlTarget; }
    QDoubleSpinBox *memoryEfficiencyBox() const { return m_memoryEfficiency; }
    QDoubleSpinBox *computeEfficiencyBox() const { return m_computeEfficiency; }
    QTreeWidget *measuredList() const { return m_measured; }
    QLabel *measuredSourceLabel() const { return m_measuredSource; }
    QLabel *prefillLabel() const { return m_prefill; }
    QLabel *decodeLabel() const { return m_decode; }
    QLabel *memoryLabel() const { return m_memory; }
    // Shown instead of the numbers when there is no estimate.
    QLabel *errorLabel() const { return m_error; }
    QPushButton *okButton() const { return m_ok; }

private:
    void setUpModelInputs();
    void setUpHardwareInputs(const Scenario &current);
    void setUpMeasuredRuns();
    void setUpResult();
    QDialogButtonBox *createButtons();
    void layOut(QDialogButtonBox *buttons);
    void connectInputs();
    const ModelPreset *selectedModel() const; // null for a custom model
    const GpuPreset &selectedGpu() const;
    double selectedTflops() const;
    void showModel();
    void showPrecisions();
    void markCustomWhenEdited();
    void listMeasuredRuns();
    void showMeasuredRuns(bool shown);
    void recompute();

    QComboBox *m_model;
    QDoubleSpinBox *m_parameters;
    QDoubleSpinBox *m_bytesPerWeight;
    QDoubleSpinBox *m_kvBytesPerToken;
    QComboBox *m_gpu;
    QComboBox *m_precision;
    QSpinBox *m_gpuCount;
    QSpinBox *m_batch;
    QSpinBox *m_context;
    QDoubleSpinBox *m_itlTarget;
    QDoubleSpinBox *m_memoryEfficiency;
    QDoubleSpinBox *m_computeEfficiency;
    QGroupBox *m_measuredGroup;
    QLabel *m_measuredSummary;
    QTreeWidget *m_measured;
    QLabel *m_measuredSource; // of the run selected in m_measured
    QStackedWidget *m_result;
    QLabel *m_prefill;
    QLabel *m_decode;
    QLabel *m_memory;
    QLabel *m_error;
    QPushButton *m_ok;
    std::optional<RooflineEstimate> m_estimate;
};

} // namespace planner
