// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "weekprofileeditor.h"

#include "trafficprofiles.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace planner {

WeekBars::WeekBars(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(56);
    setCursor(Qt::CrossCursor);
    setToolTip(tr("The shape of a typical week, Monday 00:00 to Sunday 24:00. Drag across the "
                  "bars to draw your own; only the shape matters, not the scale."));
}

void WeekBars::setWeights(const WeekWeights &weights)
{
    if (m_drawing || weights == m_weights)
        return;
    m_weights = weights;
    m_scaleMax = std::max(*std::max_element(m_weights.begin(), m_weights.end()), 1e-12);
    update();
}

QRectF WeekBars::plotRect() const
{
    return QRectF(rect()).adjusted(1, 1, -1, -13);
}

void WeekBars::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = plotRect();
    painter.fillRect(area, palette().base());
    const double barWidth = area.width() / HoursPerWeek;
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().highlight());
    for (int h = 0; h < HoursPerWeek; ++h) {
        const double height = area.height() * std::clamp(m_weights[h] / m_scaleMax, 0.0, 1.0);
        painter.drawRect(
            QRectF(area.left() + h * barWidth, area.bottom() - height, barWidth, height));
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter.setFont(small);
    painter.setPen(palette().color(QPalette::WindowText));
    const QStringList days {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"),
                            tr("Fri"), tr("Sat"), tr("Sun")};
    for (int d = 0; d < 7; ++d) {
        const double x = area.left() + d * 24 * barWidth;
        if (d > 0) {
            painter.setPen(palette().color(QPalette::Mid));
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
            painter.setPen(palette().color(QPalette::WindowText));
        }
        painter.drawText(QRectF(x, area.bottom(), 24 * barWidth, 13), Qt::AlignCenter, days[d]);
    }
}

void WeekBars::drawAt(QPointF position)
{
    const QRectF area = plotRect();
    const int hour = std::clamp(int((position.x() - area.left()) / area.width() * HoursPerWeek), 0,
                                HoursPerWeek - 1);
    const double level = std::clamp((area.bottom() - position.y()) / area.height(), 0.0, 1.0);
    m_weights[hour] = level * m_scaleMax;
    update();
}

void WeekBars::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_drawing = true;
    drawAt(event->position());
}

void WeekBars::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drawing)
        drawAt(event->position());
}

void WeekBars::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_drawing || event->button() != Qt::LeftButton)
        return;
    m_drawing = false;
    if (std::any_of(m_weights.begin(), m_weights.end(), [](double w) { return w > 0; }))
        emit weightsEdited(m_weights);
}

WeekProfileEditor::WeekProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_presets(new QComboBox(this))
    , m_bars(new WeekBars(this))
{
    for (const QString &name : trafficPresetNames())
        m_presets->addItem(name, name);
    m_presets->addItem(tr("custom"), QString());
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_presets->setMinimumContentsLength(8);
    m_presets->setToolTip(tr("Traffic shape over the week. The same monthly volume can favour "
                             "self-hosting when steady and the API when bursty: GPUs are paid "
                             "for the busiest hour."));
    auto *paste = new QToolButton(this);
    paste->setText(tr("Paste 168"));
    paste->setToolTip(tr("Paste a column (or list) of 168 hourly weights from the clipboard, "
                         "Monday 00:00 first."));

    auto *top = new QHBoxLayout;
    auto *caption = new QLabel(tr("&Traffic shape"), this);
    caption->setBuddy(m_presets);
    top->addWidget(caption);
    top->addWidget(m_presets, 1);
    top->addWidget(paste);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_bars);

    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (const auto preset = trafficPreset(m_presets->itemData(index).toString()))
            emit profileEdited(*preset);
    });
    connect(m_bars, &WeekBars::weightsEdited, this, [this](const WeekWeights &weights) {
        emit profileEdited(TrafficProfile {QString(), weights});
    });
    connect(paste, &QToolButton::clicked, this, &WeekProfileEditor::pasteWeights);
}

void WeekProfileEditor::setProfile(const TrafficProfile &profile)
{
    const QSignalBlocker blocker(m_presets);
    const int index = m_presets->findData(profile.presetName);
    m_presets->setCurrentIndex(index >= 0 ? index : m_presets->count() - 1);
    m_bars->setWeights(profile.weights);
}

void WeekProfileEditor::pasteWeights()
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    const QStringList items
        = QApplication::clipboard()->text().split(separators, Qt::SkipEmptyParts);
    if (items.size() != HoursPerWeek) {
        emit pasteFailed(tr("The clipboard holds %1 numbers; a week needs 168.").arg(items.size()));
        return;
    }
    TrafficProfile profile;
    bool anyPositive = false;
    for (int h = 0; h < HoursPerWeek; ++h) {
        bool ok = false;
        const double w = QLocale::c().toDouble(items[h], &ok);
        if (!ok || !std::isfinite(w) || w < 0 || w > 1e12) {
            emit pasteFailed(
                tr("Weight %1 (\"%2\") is not a number from 0 to 1e12.").arg(h + 1).arg(items[h]));
            return;
        }
        profile.weights[h] = w;
        anyPositive = anyPositive || w > 0;
    }
    if (!anyPositive) {
        emit pasteFailed(tr("All 168 weights are 0; at least one must be above 0."));
        return;
    }
    emit profileEdited(profile);
}

} // namespace planner
