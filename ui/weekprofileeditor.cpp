// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "weekprofileeditor.h"

#include "editorguard.h"
#include "trafficprofiles.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
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
    setMinimumHeight(MinimumHeight);
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("The shape of a typical week, Monday 00:00 to Sunday 24:00. Drag across the "
                  "bars to draw your own; only the shape matters, not the scale. With the "
                  "keyboard: Left and Right choose an hour, Up and Down change it."));
}

void WeekBars::setWeights(const WeekWeights &weights)
{
    if (m_drawing || weights == m_weights)
        return;
    m_weights = weights;
    m_scaleMax = std::max(*std::max_element(m_weights.begin(), m_weights.end()), 1e-12);
    update();
}

QFont WeekBars::dayNameFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    return small;
}

// The strip under the bars grows with the font: meeting mode scales it up.
int WeekBars::dayStripHeight() const
{
    return QFontMetrics(dayNameFont()).height() + 1;
}

QRectF WeekBars::plotRect() const
{
    return QRectF(rect()).adjusted(1, 1, -1, -dayStripHeight());
}

void WeekBars::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = plotRect();
    painter.fillRect(area, palette().base());
    const double barWidth = area.width() / HoursPerWeek;
    const auto bar = [&](int hour) {
        const double height = area.height() * std::clamp(m_weights[hour] / m_scaleMax, 0.0, 1.0);
        return QRectF(area.left() + hour * barWidth, area.bottom() - height, barWidth, height);
    };
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().highlight());
    for (int h = 0; h < HoursPerWeek; ++h)
        painter.drawRect(bar(h));
    if (hasFocus()) { // the hour the keys change: a full-height band, its bar in the text colour
        const QRectF band(area.left() + m_currentHour * barWidth, area.top(), barWidth,
                          area.height());
        painter.fillRect(band.adjusted(-1, 0, 1, 0),
                         palette().color(QPalette::Highlight).lighter(170));
        painter.setBrush(palette().text());
        painter.drawRect(bar(m_currentHour).adjusted(-1, 0, 1, 0));
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
    paintDayNames(painter, area);
    if (hasFocus())
        paintFocusMark(painter, area);
}

// A frame round the bars, and the hour the keys change in words, in the corner away from it.
void WeekBars::paintFocusMark(QPainter &painter, const QRectF &area)
{
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    const QString hour = tr("%1 %2:00")
                             .arg(dayNames()[m_currentHour / 24])
                             .arg(m_currentHour % 24, 2, 10, QLatin1Char('0'));
    const Qt::Alignment corner
        = Qt::AlignTop | (m_currentHour < HoursPerWeek / 2 ? Qt::AlignRight : Qt::AlignLeft);
    const QRectF box
        = painter.boundingRect(area.adjusted(4, 2, -4, 0), corner, hour).adjusted(-2, 0, 2, 0);
    painter.fillRect(box, palette().base());
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(box, Qt::AlignCenter, hour);
}

QStringList WeekBars::dayNames()
{
    return {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
}

void WeekBars::paintDayNames(QPainter &painter, const QRectF &area)
{
    const double dayWidth = area.width() / 7;
    painter.setFont(dayNameFont());
    painter.setPen(palette().color(QPalette::WindowText));
    const QStringList days = dayNames();
    for (int d = 0; d < 7; ++d) {
        const double x = area.left() + d * dayWidth;
        if (d > 0) {
            painter.setPen(palette().color(QPalette::Mid));
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
            painter.setPen(palette().color(QPalette::WindowText));
        }
        painter.drawText(QRectF(x, area.bottom(), dayWidth, dayStripHeight()), Qt::AlignCenter,
                         days[d]);
    }
}

void WeekBars::drawAt(QPointF position)
{
    const QRectF area = plotRect();
    const int hour = std::clamp(int((position.x() - area.left()) / area.width() * HoursPerWeek), 0,
                                HoursPerWeek - 1);
    const double level = std::clamp((area.bottom() - position.y()) / area.height(), 0.0, 1.0);
    // A quick stroke skips bars between two mouse events: fill them along the line.
    const auto [fromHour, fromLevel] = m_lastDrawn.value_or(std::pair(hour, level));
    const int span = std::abs(hour - fromHour);
    for (int step = 0; step <= span; ++step) {
        const double t = span == 0 ? 1 : double(step) / span;
        const int h = fromHour + (hour > fromHour ? step : -step);
        m_weights[h] = (fromLevel + t * (level - fromLevel)) * m_scaleMax;
    }
    m_lastDrawn = std::pair(hour, level);
    m_currentHour = hour;
    update();
}

void WeekBars::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_drawing = true;
    m_lastDrawn.reset();
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
    m_lastDrawn.reset();
    emitIfDrawn();
}

void WeekBars::keyPressEvent(QKeyEvent *event)
{
    constexpr double Step = 0.05; // of the tallest bar
    constexpr double PageStep = 0.25;
    switch (event->key()) {
    case Qt::Key_Left:
        m_currentHour = std::max(m_currentHour - 1, 0);
        break;
    case Qt::Key_Right:
        m_currentHour = std::min(m_currentHour + 1, HoursPerWeek - 1);
        break;
    case Qt::Key_Home:
        m_currentHour = 0;
        break;
    case Qt::Key_End:
        m_currentHour = HoursPerWeek - 1;
        break;
    case Qt::Key_Up:
        changeCurrentWeight(Step);
        return;
    case Qt::Key_Down:
        changeCurrentWeight(-Step);
        return;
    case Qt::Key_PageUp:
        changeCurrentWeight(PageStep);
        return;
    case Qt::Key_PageDown:
        changeCurrentWeight(-PageStep);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

void WeekBars::changeCurrentWeight(double shareOfScale)
{
    double &weight = m_weights[m_currentHour];
    weight = std::max(weight + shareOfScale * m_scaleMax, 0.0);
    m_scaleMax = std::max(*std::max_element(m_weights.begin(), m_weights.end()), 1e-12);
    update();
    emitIfDrawn();
}

// A week needs at least one hour above 0.
void WeekBars::emitIfDrawn()
{
    if (std::any_of(m_weights.begin(), m_weights.end(), [](double w) { return w > 0; }))
        emit weightsEdited(m_weights);
}

namespace {

// The preset the profile names, or else the one whose weights it has: a drawn shape that happens
// to be a preset's is that preset.
QString matchingPresetName(const TrafficProfile &profile)
{
    if (!profile.presetName.isEmpty())
        return profile.presetName;
    for (const QString &name : trafficPresetNames()) {
        if (trafficPreset(name)->weights == profile.weights)
            return name;
    }
    return QString();
}

} // namespace

WeekProfileEditor::WeekProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_presets(new QComboBox(this))
    , m_bars(new WeekBars(this))
{
    for (const QString &name : trafficPresetNames())
        m_presets->addItem(name, name);
    m_presets->addItem(tr("Custom"), QString());
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_presets->setMinimumContentsLength(8);
    m_presets->setToolTip(tr("Traffic shape over the week. The same monthly volume can favour "
                             "self-hosting when steady and the API when bursty: GPUs are paid "
                             "for the busiest hour."));
    auto *paste = new QToolButton(this);
    paste->setText(tr("Paste 168"));
    paste->setToolTip(tr("Paste a column (or list) of 168 hourly weights from the clipboard, "
                         "Monday 00:00 first."));

    auto *chooser = new QHBoxLayout;
    chooser->addWidget(m_presets, 1);
    chooser->addWidget(paste);
    // The chooser goes below its caption when the two do not fit side by side.
    auto *top = new QFormLayout;
    top->setRowWrapPolicy(QFormLayout::WrapLongRows);
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *caption = new QLabel(tr("&Traffic shape"), this);
    caption->setBuddy(m_presets);
    top->addRow(caption, chooser);
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
    setTabOrder(m_presets, paste); // as they read: the chooser, Paste 168, the bars
    setTabOrder(paste, m_bars);
    guardEditors(this);
    guardEditor(m_bars);
}

void WeekProfileEditor::setProfile(const TrafficProfile &profile)
{
    const QSignalBlocker blocker(m_presets);
    const int index = m_presets->findData(matchingPresetName(profile));
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
