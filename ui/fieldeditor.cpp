// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldeditor.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include <cmath>

namespace planner {
namespace {

constexpr int SliderSteps = 1000;

} // namespace

QString inputToolTip(const QString &label, const char *group, const char *key, const QString &range,
                     const QString &help)
{
    return QStringLiteral("<p><b>%1</b> (<code>%2.%3</code>, %4)</p><p>%5</p>")
        .arg(label.toHtmlEscaped(), QLatin1String(group), QLatin1String(key), range,
             help.toHtmlEscaped());
}

FieldEditor::FieldEditor(const NumericField &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_label(new QLabel(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spinBox(new QDoubleSpinBox(this))
    , m_rangeButton(new QToolButton(this))
{
    m_rangeButton->setText(QStringLiteral("±"));
    m_rangeButton->setCheckable(true);
    m_rangeButton->setAutoRaise(true);
    m_rangeButton->setToolTip(
        tr("Uncertain? Give a low, most likely and high value for the Monte Carlo analysis."));
    connect(m_rangeButton, &QToolButton::clicked, this, &FieldEditor::editRange);
    const SliderScale &scale = field.slider;
    Q_ASSERT(scale.min < scale.max); // an input the panel shows has a slider scale
    m_displayScale = scale.percent ? 100 : 1;

    m_slider->setRange(0, field.integer ? int(scale.max - scale.min) : SliderSteps);
    m_slider->setPageStep(field.integer ? 1 : SliderSteps / 20);

    // The smallest value the box can show that is still valid (an open bound is never reached).
    const double resolution = std::pow(10.0, scale.decimals);
    const double lowest = std::ceil(field.min * m_displayScale * resolution) / resolution;
    const double shownMin = lowest > field.min * m_displayScale || field.minInclusive
        ? lowest
        : lowest + 1 / resolution;
    m_spinBox->setDecimals(scale.decimals);
    m_spinBox->setRange(shownMin, field.max * m_displayScale);
    m_spinBox->setKeyboardTracking(false);
    m_spinBox->setAccelerated(true);
    m_spinBox->setGroupSeparatorShown(true);
    m_spinBox->setMinimumWidth(110);
    const QString unit = scale.percent ? QStringLiteral("%") : QString::fromUtf8(field.unit);
    if (!unit.isEmpty())
        m_spinBox->setSuffix(scale.percent ? unit : u' ' + unit);
    m_spinBox->setAlignment(Qt::AlignRight);
    if (field.minimumMeans)
        m_spinBox->setSpecialValueText(QString::fromUtf8(field.minimumMeans));

    setCaption(QString::fromUtf8(field.label), QString::fromUtf8(field.help));
    m_label->setBuddy(m_spinBox);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(1);
    layout->addWidget(m_label, 0, 0, 1, 2);
    layout->addWidget(m_slider, 1, 0);
    layout->addWidget(m_spinBox, 1, 1);
    layout->addWidget(m_rangeButton, 1, 2);
    layout->setColumnStretch(0, 1);

    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        const double value = valueAt(position);
        m_value = value;
        const QSignalBlocker blocker(m_spinBox);
        m_spinBox->setValue(value * m_displayScale);
        emit edited(value, m_slider->isSliderDown());
    });
    connect(m_slider, &QSlider::sliderPressed, this, &FieldEditor::dragStarted);
    connect(m_slider, &QSlider::sliderReleased, this, &FieldEditor::dragFinished);
    connect(m_spinBox, &QDoubleSpinBox::valueChanged, this, [this](double shown) {
        const double value = shown / m_displayScale;
        m_value = value;
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(positionOf(value));
        emit edited(value, false);
    });
}

void FieldEditor::setCaption(const QString &caption, const QString &help)
{
    m_label->setText(caption);
    const QString tip = inputToolTip(caption, m_field.group, m_field.key, rangeText(m_field), help);
    for (QWidget *w : {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_slider),
                       static_cast<QWidget *>(m_spinBox)})
        w->setToolTip(tip);
}

void FieldEditor::setRange(const std::optional<TriangularRange> &range)
{
    if (range == m_range)
        return;
    m_range = range;
    m_rangeButton->setChecked(bool(range));
    if (range) {
        const QLocale locale;
        const auto shown = [&](double v) {
            return locale.toString(v * m_displayScale, 'f', m_spinBox->decimals());
        };
        m_rangeButton->setToolTip(
            tr("Uncertain: low %1, most likely %2, high %3%4. Click to change.")
                .arg(shown(range->low), shown(range->mode), shown(range->high),
                     m_spinBox->suffix()));
    } else {
        m_rangeButton->setToolTip(
            tr("Uncertain? Give a low, most likely and high value for the Monte Carlo analysis."));
    }
}

void FieldEditor::editRange()
{
    m_rangeButton->setChecked(bool(m_range)); // the dialog decides
    const double value = m_spinBox->value() / m_displayScale;
    const TriangularRange start = m_range.value_or(TriangularRange {value, value, value});
    QDialog dialog(window());
    dialog.setWindowTitle(tr("Range of %1").arg(QString::fromUtf8(m_field.label)));
    auto *form = new QFormLayout(&dialog);
    QDoubleSpinBox *boxes[3];
    const double parts[3] = {start.low, start.mode, start.high};
    const QString captions[3] = {tr("&Low"), tr("&Most likely"), tr("&High")};
    for (int i = 0; i < 3; ++i) {
        boxes[i] = new QDoubleSpinBox(&dialog);
        boxes[i]->setDecimals(m_spinBox->decimals());
        boxes[i]->setRange(m_spinBox->minimum(), m_spinBox->maximum());
        boxes[i]->setSuffix(m_spinBox->suffix());
        boxes[i]->setGroupSeparatorShown(true);
        boxes[i]->setValue(parts[i] * m_displayScale);
        form->addRow(captions[i], boxes[i]);
    }
    auto *note = new QLabel(
        tr("Every single-value figure uses the most likely value; the Monte Carlo analysis "
           "draws from the triangle low – most likely – high."),
        &dialog);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *remove
        = buttons->addButton(tr("&Remove Range"), QDialogButtonBox::DestructiveRole);
    remove->setEnabled(bool(m_range));
    form->addRow(buttons);
    bool removed = false;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(remove, &QPushButton::clicked, &dialog, [&] {
        removed = true;
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (removed) {
        emit rangeEdited(std::nullopt);
        return;
    }
    double values[3];
    for (int i = 0; i < 3; ++i)
        values[i] = boxes[i]->value() / m_displayScale;
    std::sort(std::begin(values),
              std::end(values)); // low <= mode <= high, whatever order was typed
    emit rangeEdited(TriangularRange {values[0], values[1], values[2]});
}

void FieldEditor::setValue(double value)
{
    if (value == m_value)
        return; // most inputs do not move while one slider is dragged
    m_value = value;
    {
        const QSignalBlocker blocker(m_spinBox);
        m_spinBox->setValue(value * m_displayScale);
    }
    if (m_slider->isSliderDown())
        return;
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(positionOf(value));
}

double FieldEditor::valueAt(int position) const
{
    const SliderScale &scale = m_field.slider;
    if (m_field.integer)
        return scale.min + position;
    const double t = double(position) / SliderSteps;
    double value = scale.logarithmic ? scale.min * std::pow(scale.max / scale.min, t)
                                     : scale.min + t * (scale.max - scale.min);
    // Round to what the spin box shows, so the slider never sets digits nobody can see.
    const double unit = std::pow(10.0, m_spinBox->decimals()) * m_displayScale;
    value = std::round(value * unit) / unit;
    return std::clamp(value, m_spinBox->minimum() / m_displayScale,
                      m_spinBox->maximum() / m_displayScale);
}

int FieldEditor::positionOf(double value) const
{
    const SliderScale &scale = m_field.slider;
    if (m_field.integer)
        return int(std::lround(value - scale.min));
    const double clamped = std::clamp(value, scale.min, scale.max);
    const double t = scale.logarithmic
        ? std::log(std::max(clamped, scale.min) / scale.min) / std::log(scale.max / scale.min)
        : (clamped - scale.min) / (scale.max - scale.min);
    return int(std::lround(t * SliderSteps));
}

} // namespace planner
