// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldeditor.h"

#include "editorguard.h"
#include "format.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include <cmath>

namespace planner {
namespace {

constexpr int SliderSteps = 1000;
// A logarithmic input spans orders of magnitude: its box keeps this many more decimals than it
// normally shows, so that a small value (0.08 Mtok/month) is not rounded away.
constexpr int ExtraLogDecimals = 4;
// What a logarithmic slider's position is rounded to: three significant digits (30,300).
constexpr int SliderSignificantDigits = 3;
// A page step of a logarithmic input: one order of magnitude on the 1-2-5 ladder.
constexpr int RungsPerPage = 3;

// The rungs of the 1-2-5 ladder: ..., 0.5, 1, 2, 5, 10, 20, 50, ...; rung 0 is 1.
double rungValue(int rung)
{
    static constexpr double mantissas[] = {1, 2, 5};
    const int decade = rung >= 0 ? rung / 3 : -((-rung + 2) / 3);
    return mantissas[rung - 3 * decade] * std::pow(10.0, decade);
}

// The value `steps` rungs of the 1-2-5 ladder above value (below when steps < 0). A value between
// two rungs counts its first step to the nearest rung in that direction: 30,339 goes up to 50,000
// and down to 20,000. From 0, a step up goes to `fromZero` (the slider's lowest value).
double onLadder(double value, int steps, double fromZero)
{
    if (!(value > 0))
        return steps > 0 ? fromZero : value;
    int below = 3 * int(std::floor(std::log10(value))) - 3;
    while (rungValue(below + 1) <= value * (1 + 1e-9))
        ++below;
    const bool onRung = std::abs(rungValue(below) - value) <= value * 1e-9;
    return rungValue(below + steps + (steps < 0 && !onRung ? 1 : 0));
}

// A logarithmic input's box shows as many decimals as its value needs, up to what it keeps;
// it steps on the 1-2-5 ladder.
class LogSpinBox : public QDoubleSpinBox
{
public:
    LogSpinBox(const SliderScale &scale, QWidget *parent)
        : QDoubleSpinBox(parent)
        , m_scale(scale)
    { }

    QString textFromValue(double value) const override
    {
        return format::trimmed(value, m_scale.decimals, decimals());
    }

    void stepBy(int steps) override
    {
        setValue(std::clamp(onLadder(value(), steps, m_scale.min), minimum(), maximum()));
        selectAll();
    }

protected:
    // A page is a factor of ten, as on the slider (the box's own page is ten steps).
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown) {
            stepBy(event->key() == Qt::Key_PageUp ? RungsPerPage : -RungsPerPage);
            event->accept();
            return;
        }
        QDoubleSpinBox::keyPressEvent(event);
    }

private:
    const SliderScale &m_scale;
};

// A slider whose keyboard focus is plain to see: a frame in the highlight colour.
class LeverSlider : public QSlider
{
public:
    using QSlider::QSlider;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QSlider::paintEvent(event);
        if (!hasFocus())
            return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
    }
};

QDoubleSpinBox *makeSpinBox(const NumericField &field, QWidget *parent)
{
    if (field.slider.logarithmic)
        return new LogSpinBox(field.slider, parent);
    return new QDoubleSpinBox(parent);
}

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
    , m_slider(new LeverSlider(Qt::Horizontal, this))
    , m_spinBox(makeSpinBox(field, this))
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
    const int decimals = scale.decimals + (scale.logarithmic ? ExtraLogDecimals : 0);
    const double resolution = std::pow(10.0, decimals);
    const double lowest = std::ceil(field.min * m_displayScale * resolution) / resolution;
    const double shownMin = lowest > field.min * m_displayScale || field.minInclusive
        ? lowest
        : lowest + 1 / resolution;
    m_spinBox->setDecimals(decimals);
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
    guardEditors(this);

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
    if (scale.logarithmic)
        connect(m_slider, &QSlider::actionTriggered, this, &FieldEditor::stepOnLadder);
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
        const auto shown = [&](double v) {
            return m_spinBox->textFromValue(v * m_displayScale);
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
        boxes[i] = makeSpinBox(m_field, &dialog); // shows and steps as the input does
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

// Arrow keys and page steps on a logarithmic slider move along the 1-2-5 ladder; a drag moves
// freely.
void FieldEditor::stepOnLadder(int action)
{
    int steps = 0;
    switch (action) {
    case QAbstractSlider::SliderSingleStepAdd:
        steps = 1;
        break;
    case QAbstractSlider::SliderSingleStepSub:
        steps = -1;
        break;
    case QAbstractSlider::SliderPageStepAdd:
        steps = RungsPerPage;
        break;
    case QAbstractSlider::SliderPageStepSub:
        steps = -RungsPerPage;
        break;
    default:
        return;
    }
    m_slider->setSliderPosition(m_slider->value()); // the ladder decides, not the slider's step
    const double next = onLadder(m_value, steps, m_field.slider.min) * m_displayScale;
    m_spinBox->setValue(std::clamp(next, m_spinBox->minimum(), m_spinBox->maximum()));
}

double FieldEditor::valueAt(int position) const
{
    const SliderScale &scale = m_field.slider;
    if (m_field.integer)
        return scale.min + position;
    const double t = double(position) / SliderSteps;
    double value = scale.logarithmic ? scale.min * std::pow(scale.max / scale.min, t)
                                     : scale.min + t * (scale.max - scale.min);
    // Round to what the spin box shows, so the slider never sets digits nobody can see, and a
    // logarithmic slider to round numbers (30,300 rather than 30,339.2).
    if (scale.logarithmic)
        value = format::roundedToSignificant(value, SliderSignificantDigits);
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
