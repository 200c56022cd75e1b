// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/rooflinedialog.h"

#include "format.h"
#include "scenariofields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace planner {
namespace {

constexpr double ParametersPerBillion = 1e9;
const QString Bf16 = QStringLiteral("bf16");
const QString Fp8 = QStringLiteral("fp8");

QDoubleSpinBox *efficiencyBox(double value, const QString &help, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(RooflineRanges::efficiency.min, RooflineRanges::efficiency.max);
    box->setDecimals(2);
    box->setSingleStep(0.05);
    box->setValue(value);
    box->setToolTip(help);
    return box;
}

// The estimate goes into the scenario, so it must be a value the scenario accepts.
Outcome<> checkFitsScenario(const RooflineEstimate &estimate)
{
    for (const auto &[key, value] : {std::pair {u"prefill_tok_per_s", estimate.prefillTokPerS},
                                     std::pair {u"decode_tok_per_s", estimate.decodeTokPerS}}) {
        if (const Outcome<> check = checkValue(*findNumericField(key), value); !check.ok())
            return failure(
                RooflineDialog::tr("The estimate cannot be used: %1").arg(check.errorMessage()));
    }
    return {};
}

} // namespace

RooflineDialog::RooflineDialog(const Scenario &current, QWidget *parent)
    : QDialog(parent)
    , m_model(new QComboBox(this))
    , m_parameters(new QDoubleSpinBox(this))
    , m_bytesPerWeight(new QDoubleSpinBox(this))
    , m_kvBytesPerToken(new QDoubleSpinBox(this))
    , m_gpu(new QComboBox(this))
    , m_precision(new QComboBox(this))
    , m_gpuCount(new QSpinBox(this))
    , m_batch(new QSpinBox(this))
    , m_context(new QSpinBox(this))
    , m_itlTarget(new QDoubleSpinBox(this))
    , m_memoryEfficiency(efficiencyBox(
          DefaultMemoryEfficiency,
          tr("Share of the peak memory bandwidth decoding reaches: about 0.6, measured 0.4 to "
             "0.8."),
          this))
    , m_computeEfficiency(efficiencyBox(
          DefaultComputeEfficiency,
          tr("Share of the peak dense FLOPS (MFU) prefill reaches: 0.4 to 0.6 measured."), this))
    , m_measuredGroup(new QGroupBox(tr("Measured on this model and GPU"), this))
    , m_measuredSummary(new QLabel(this))
    , m_measured(new QTreeWidget(this))
    , m_measuredSource(new QLabel(this))
    , m_result(new QStackedWidget(this))
    , m_prefill(new QLabel(this))
    , m_decode(new QLabel(this))
    , m_memory(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Estimate Throughput"));
    setUpModelInputs();
    setUpHardwareInputs(current);
    setUpMeasuredRuns();
    setUpResult();
    layOut(createButtons());

    showPrecisions();
    showModel();
    listMeasuredRuns();
    recompute();
    connectInputs();
    resize(1000, 720);
}

void RooflineDialog::setUpModelInputs()
{
    for (const ModelPreset &m : builtinPresets().models) {
        m_model->addItem(m.name);
        m_model->setItemData(m_model->count() - 1, m.origin.source, Qt::ToolTipRole);
    }
    m_model->addItem(tr("Custom"));
    m_parameters->setRange(RooflineRanges::parameters.min / ParametersPerBillion,
                           RooflineRanges::parameters.max / ParametersPerBillion);
    m_parameters->setDecimals(9); // a preset's exact count: 8.030261248 billion
    m_parameters->setSuffix(tr(" billion"));
    m_parameters->setToolTip(tr("Parameters read per decoded token: all of them for a dense "
                                "model, at least the active experts for a mixture of experts."));
    m_bytesPerWeight->setRange(RooflineRanges::bytesPerWeight.min,
                               RooflineRanges::bytesPerWeight.max);
    m_bytesPerWeight->setDecimals(3);
    m_bytesPerWeight->setSingleStep(0.5);
    m_bytesPerWeight->setToolTip(tr("2 for BF16, 1 for FP8, about 0.5 for 4-bit weights."));
    m_kvBytesPerToken->setRange(RooflineRanges::kvBytesPerToken.min,
                                RooflineRanges::kvBytesPerToken.max);
    m_kvBytesPerToken->setDecimals(0);
    m_kvBytesPerToken->setGroupSeparatorShown(true);
    m_kvBytesPerToken->setSuffix(tr(" bytes"));
    m_kvBytesPerToken->setToolTip(
        tr("2 (K and V) × layers × KV heads × head dimension × bytes per value."));
}

void RooflineDialog::setUpHardwareInputs(const Scenario &current)
{
    for (const GpuPreset &g : builtinPresets().gpus) {
        m_gpu->addItem(tr("%1 — %2 TB/s").arg(g.name, QLocale().toString(g.bandwidthTbps)));
        m_gpu->setItemData(m_gpu->count() - 1, g.specSource, Qt::ToolTipRole);
    }
    m_precision->setToolTip(tr("Sets the dense TFLOPS used for compute and the bytes per weight."));
    const int minGpus = int(RooflineRanges::gpus.min);
    const int maxGpus = int(RooflineRanges::gpus.max);
    m_gpuCount->setRange(minGpus, maxGpus);
    m_gpuCount->setValue(std::clamp(int(std::lround(current.gpusPerReplica)), minGpus, maxGpus));
    m_gpuCount->setToolTip(tr("GPUs of one replica, sharing the weights (tensor parallel)."));
    m_batch->setRange(int(RooflineRanges::batch.min), int(RooflineRanges::batch.max));
    m_batch->setValue(32);
    m_batch->setToolTip(tr("Sequences decoded together in each step."));
    m_context->setRange(int(RooflineRanges::context.min), int(RooflineRanges::context.max));
    m_context->setValue(4096);
    m_context->setGroupSeparatorShown(true);
    m_context->setSuffix(tr(" tokens"));
    m_context->setToolTip(tr("Tokens each sequence keeps in the KV cache: prompt and output."));
    m_itlTarget->setRange(0, 10000);
    m_itlTarget->setDecimals(1);
    m_itlTarget->setSuffix(tr(" ms"));
    m_itlTarget->setSpecialValueText(tr("none"));
    m_itlTarget->setValue(current.sloItlMs);
    m_itlTarget->setToolTip(tr("The p95 inter-token latency to keep. When set, the batch is the "
                               "largest whose decode step meets it."));
}

void RooflineDialog::setUpMeasuredRuns()
{
    m_measured->setHeaderLabels({tr("GPUs"), tr("Engine"), tr("Concurrency"), tr("In / out"),
                                 tr("Mixed tok/s"), tr("Output share"), tr("As of")});
    m_measured->setRootIsDecorated(false);
    m_measured->header()->setStretchLastSection(true);
    m_measuredSummary->setWordWrap(true);
    m_measuredSource->setWordWrap(true);
    // A wrapped label's minimum height is a guess that the dialog's minimum size trusts: the
    // longest sources take four lines at the dialog's narrowest.
    m_measuredSource->setMinimumHeight(4 * m_measuredSource->fontMetrics().lineSpacing());
    m_measuredSource->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_measured, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_measuredSource->setText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });
}

void RooflineDialog::setUpResult()
{
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    for (QLabel *label : {m_prefill, m_decode, m_memory})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *numbers = new QWidget(m_result);
    auto *numbersForm = new QFormLayout(numbers);
    numbersForm->setContentsMargins(0, 0, 0, 0);
    numbersForm->addRow(tr("Prefill (P):"), m_prefill);
    numbersForm->addRow(tr("Decode (D):"), m_decode);
    numbersForm->addRow(tr("Memory:"), m_memory);
    auto *caveat = new QLabel(tr("From peak specifications and the efficiencies above: a starting "
                                 "value to overwrite with a measurement."),
                              numbers);
    caveat->setWordWrap(true);
    numbersForm->addRow(caveat);
    m_result->addWidget(numbers);
    m_result->addWidget(m_error);
}

QDialogButtonBox *RooflineDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Use This Estimate"));
    m_ok->setToolTip(tr("Sets the prefill and decode rates and the GPUs per replica, and clears "
                        "the measured mixed rate."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

void RooflineDialog::layOut(QDialogButtonBox *buttons)
{
    auto *modelGroup = new QGroupBox(tr("Model"), this);
    auto *modelForm = new QFormLayout(modelGroup);
    modelForm->addRow(tr("&Model:"), m_model);
    modelForm->addRow(tr("&Parameters:"), m_parameters);
    modelForm->addRow(tr("&Bytes per weight:"), m_bytesPerWeight);
    modelForm->addRow(tr("&KV cache per token:"), m_kvBytesPerToken);
    auto *hardwareGroup = new QGroupBox(tr("Hardware and load"), this);
    auto *hardwareForm = new QFormLayout(hardwareGroup);
    hardwareForm->addRow(tr("&GPU:"), m_gpu);
    hardwareForm->addRow(tr("P&recision:"), m_precision);
    hardwareForm->addRow(tr("GPUs per &replica:"), m_gpuCount);
    hardwareForm->addRow(tr("Ba&tch:"), m_batch);
    hardwareForm->addRow(tr("&Context:"), m_context);
    hardwareForm->addRow(tr("&ITL target:"), m_itlTarget);
    hardwareForm->addRow(tr("Memory &efficiency:"), m_memoryEfficiency);
    hardwareForm->addRow(tr("C&ompute efficiency:"), m_computeEfficiency);
    auto *inputs = new QHBoxLayout;
    inputs->addWidget(modelGroup, 1, Qt::AlignTop);
    inputs->addWidget(hardwareGroup, 1, Qt::AlignTop);

    auto *measuredLayout = new QVBoxLayout(m_measuredGroup);
    measuredLayout->addWidget(m_measuredSummary);
    measuredLayout->addWidget(m_measured, 1);
    measuredLayout->addWidget(m_measuredSource);
    auto *estimateGroup = new QGroupBox(tr("Estimate (roofline)"), this);
    auto *estimateLayout = new QVBoxLayout(estimateGroup);
    estimateLayout->addWidget(m_result);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputs);
    layout->addWidget(m_measuredGroup);
    layout->addWidget(estimateGroup);
    layout->addStretch(); // takes the room the measured runs leave when there are none
    layout->addWidget(buttons);
}

void RooflineDialog::connectInputs()
{
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        showModel();
        listMeasuredRuns();
        recompute();
    });
    connect(m_gpu, &QComboBox::currentIndexChanged, this, [this] {
        showPrecisions();
        listMeasuredRuns();
        recompute();
    });
    connect(m_precision, &QComboBox::currentIndexChanged, this, [this] {
        m_bytesPerWeight->setValue(m_precision->currentData().toString() == Fp8 ? 1 : 2);
        recompute();
    });
    for (QDoubleSpinBox *box : {m_parameters, m_kvBytesPerToken})
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            markCustomWhenEdited();
            recompute();
        });
    for (QDoubleSpinBox *box :
         {m_bytesPerWeight, m_memoryEfficiency, m_computeEfficiency, m_itlTarget})
        connect(box, &QDoubleSpinBox::valueChanged, this, &RooflineDialog::recompute);
    for (QSpinBox *box : {m_gpuCount, m_batch, m_context})
        connect(box, &QSpinBox::valueChanged, this, &RooflineDialog::recompute);
}

int RooflineDialog::gpuCount() const
{
    return m_gpuCount->value();
}

RooflineInputs RooflineDialog::inputs() const
{
    const ModelPreset *model = selectedModel();
    const GpuPreset &gpu = selectedGpu();
    RooflineInputs in;
    in.modelName = model ? model->name : QString();
    // A preset's own figures, not the spin box's rounding of them.
    in.parameters = model ? model->parameters : m_parameters->value() * ParametersPerBillion;
    in.kvBytesPerToken = model ? model->kvBytesPerToken : m_kvBytesPerToken->value();
    in.bytesPerWeight = m_bytesPerWeight->value();
    in.gpus = m_gpuCount->value();
    in.memoryGbPerGpu = gpu.memoryGb;
    in.bandwidthTbps = gpu.bandwidthTbps;
    in.denseTflops = selectedTflops();
    in.batch = m_batch->value();
    in.context = m_context->value();
    in.memoryEfficiency = m_memoryEfficiency->value();
    in.computeEfficiency = m_computeEfficiency->value();
    return in;
}

const ModelPreset *RooflineDialog::selectedModel() const
{
    const QList<ModelPreset> &models = builtinPresets().models;
    const int index = m_model->currentIndex();
    return index >= 0 && index < models.size() ? &models[index] : nullptr;
}

const GpuPreset &RooflineDialog::selectedGpu() const
{
    return builtinPresets().gpus[std::max(m_gpu->currentIndex(), 0)];
}

double RooflineDialog::selectedTflops() const
{
    const GpuPreset &gpu = selectedGpu();
    return m_precision->currentData().toString() == Fp8 && gpu.fp8Tflops ? *gpu.fp8Tflops
                                                                         : gpu.bf16Tflops;
}

void RooflineDialog::showModel()
{
    const ModelPreset *model = selectedModel();
    if (!model)
        return; // a custom model keeps the figures typed
    const QSignalBlocker parameters(m_parameters);
    const QSignalBlocker kvCache(m_kvBytesPerToken);
    m_parameters->setValue(model->parameters / ParametersPerBillion);
    m_kvBytesPerToken->setValue(model->kvBytesPerToken);
    const int precision = m_precision->findData(model->bytesPerWeight == 1 ? Fp8 : Bf16);
    if (precision >= 0 && precision != m_precision->currentIndex()) {
        const QSignalBlocker precisionBlocker(m_precision);
        m_precision->setCurrentIndex(precision);
    }
    const QSignalBlocker bytes(m_bytesPerWeight);
    m_bytesPerWeight->setValue(model->bytesPerWeight);
}

void RooflineDialog::showPrecisions()
{
    const GpuPreset &gpu = selectedGpu();
    const QString chosen = m_precision->currentData().toString();
    const QSignalBlocker blocker(m_precision);
    m_precision->clear();
    m_precision->addItem(
        tr("BF16 — %1 TFLOPS, 2 bytes per weight").arg(QLocale().toString(gpu.bf16Tflops)), Bf16);
    if (gpu.fp8Tflops)
        m_precision->addItem(
            tr("FP8 — %1 TFLOPS, 1 byte per weight").arg(QLocale().toString(*gpu.fp8Tflops)), Fp8);
    const int kept = m_precision->findData(chosen);
    m_precision->setCurrentIndex(std::max(kept, 0));
    if (kept < 0 && chosen == Fp8)
        m_bytesPerWeight->setValue(2); // this GPU has no FP8: back to BF16
}

void RooflineDialog::markCustomWhenEdited()
{
    const ModelPreset *model = selectedModel();
    if (!model)
        return;
    const bool sameParameters
        = std::abs(m_parameters->value() * ParametersPerBillion - model->parameters) < 0.5;
    if (sameParameters && m_kvBytesPerToken->value() == model->kvBytesPerToken)
        return;
    const QSignalBlocker blocker(m_model);
    m_model->setCurrentIndex(m_model->count() - 1);
    listMeasuredRuns();
}

void RooflineDialog::listMeasuredRuns()
{
    m_measured->clear();
    showMeasuredRuns(false);
    const ModelPreset *model = selectedModel();
    const GpuPreset &gpu = selectedGpu();
    if (!model) {
        m_measuredSummary->setText(tr("A custom model has no measured runs among the presets."));
        return;
    }
    const QList<ThroughputPreset> runs = measuredRuns(builtinPresets().throughput, *model, gpu);
    if (runs.isEmpty()) {
        m_measuredSummary->setText(
            tr("No measured run of %1 on the %2 among the presets.").arg(model->name, gpu.name));
        return;
    }
    const QString pair = tr("%1 on the %2").arg(model->name, gpu.name);
    m_measuredSummary->setText((runs.size() == 1
                                    ? tr("One measured run of %1").arg(pair)
                                    : tr("%1 measured runs of %2").arg(runs.size()).arg(pair))
                               + tr(". Where one matches your GPU count, precision and request "
                                    "lengths, prefer it to the estimate below."));
    for (const ThroughputPreset &run : runs) {
        auto *item = new QTreeWidgetItem(
            m_measured,
            {tr("%1 × %2, %3").arg(run.gpuCount).arg(run.gpu, run.precision), run.engine,
             run.concurrency, tr("%1 / %2").arg(run.inputLength).arg(run.outputLength),
             format::number(run.mixedTokPerS, 0), format::percent(run.outputFraction),
             run.origin.asOf.isEmpty() ? tr("not stated") : run.origin.asOf});
        item->setData(0, Qt::UserRole,
                      tr("Source: %1 (%2).").arg(run.origin.source, format::asOf(run.origin)));
        item->setToolTip(4,
                         tr("%1 output tok/s; input and output together at this mix")
                             .arg(format::number(run.outputTokPerS, 0)));
        for (int column : {3, 4, 5})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = 0; column < m_measured->columnCount(); ++column)
        m_measured->resizeColumnToContents(column);
    m_measured->setCurrentItem(m_measured->topLevelItem(0));
    showMeasuredRuns(true);
}

void RooflineDialog::showMeasuredRuns(bool shown)
{
    m_measured->setVisible(shown);
    m_measuredSource->setVisible(shown);
    static_cast<QBoxLayout *>(layout())->setStretchFactor(m_measuredGroup, shown ? 1 : 0);
}

void RooflineDialog::recompute()
{
    const RooflineInputs in = inputs();
    const double itlTargetMs = m_itlTarget->value();
    m_batch->setEnabled(itlTargetMs == 0);
    Outcome<RooflineEstimate> estimate
        = itlTargetMs > 0 ? estimateAtItlTarget(in, itlTargetMs) : estimateThroughput(in);
    if (estimate.ok()) {
        if (const Outcome<> fits = checkFitsScenario(*estimate); !fits.ok())
            estimate = fits.failed();
    }
    m_estimate = estimate.value;
    if (!estimate.ok()) {
        m_error->setText(format::forPeople(estimate.errorMessage()));
        m_result->setCurrentWidget(m_error);
        m_ok->setEnabled(false);
        return;
    }
    m_prefill->setText(tr("%1 tok/s").arg(format::number(m_estimate->prefillTokPerS, 0)));
    m_decode->setText(tr("%1 tok/s (batch %2, %3 per sequence; %4)")
                          .arg(format::number(m_estimate->decodeTokPerS, 0),
                               format::number(m_estimate->batch, 0),
                               format::number(m_estimate->decodeTokPerS / m_estimate->batch, 1),
                               m_estimate->decodeComputeBound ? tr("compute bound")
                                                              : tr("memory-bandwidth bound")));
    m_memory->setText(
        tr("%1 of %2 usable (%3 × %4 GB × %5): weights %6 + KV cache %7")
            .arg(gigabytesText(m_estimate->neededBytes()), gigabytesText(m_estimate->usableBytes),
                 QString::number(in.gpus), QLocale().toString(in.memoryGbPerGpu),
                 QLocale().toString(UsableMemoryShare), gigabytesText(m_estimate->weightsBytes),
                 gigabytesText(m_estimate->kvCacheBytes)));
    m_result->setCurrentIndex(0);
    m_ok->setEnabled(true);
}

} // namespace planner
