// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presetcombobox.h"

#include "editorguard.h"

#include <QStandardItemModel>
#include <QStylePainter>

namespace planner {
namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int HeadingRole = Qt::UserRole + 1;
constexpr int NoId = -1;

} // namespace

PresetComboBox::PresetComboBox(const QString &customToolTip, QWidget *parent)
    : QComboBox(parent)
    , m_customToolTip(customToolTip)
{
    addItem(tr("Custom"), NoId);
    setItemData(0, customToolTip, Qt::ToolTipRole);
    setToolTip(customToolTip);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    connect(this, &QComboBox::activated, this, [this](int index) {
        const int id = itemData(index, IdRole).toInt();
        setToolTip(itemData(index, Qt::ToolTipRole).toString());
        if (id != NoId)
            emit presetChosen(id);
    });
    guardEditors(this);
}

void PresetComboBox::addHeading(const QString &heading)
{
    m_heading = heading;
    insertSeparator(count());
    auto *item = new QStandardItem(heading);
    item->setFlags(Qt::NoItemFlags); // a heading is not a choice; the keys skip it
    QFont bold = font();
    bold.setBold(true);
    item->setFont(bold);
    item->setForeground(palette().windowText()); // readable, not greyed out as disabled
    item->setData(NoId, IdRole);
    static_cast<QStandardItemModel *>(model())->appendRow(item);
}

void PresetComboBox::addPreset(const QString &text, const QString &toolTip, int id)
{
    addItem(text, id);
    setItemData(count() - 1, toolTip, Qt::ToolTipRole);
    setItemData(count() - 1, m_heading, HeadingRole);
}

void PresetComboBox::showPreset(std::optional<int> id)
{
    const int index = id ? findData(*id, IdRole) : 0;
    setCurrentIndex(index >= 0 ? index : 0);
    setToolTip(currentIndex() > 0 ? itemData(currentIndex(), Qt::ToolTipRole).toString()
                                  : m_customToolTip);
}

std::optional<int> PresetComboBox::shownPreset() const
{
    const int id = currentData(IdRole).toInt();
    return id == NoId ? std::nullopt : std::optional<int>(id);
}

QString PresetComboBox::shownText() const
{
    const QString heading = currentData(HeadingRole).toString();
    return heading.isEmpty() ? currentText() : heading + QStringLiteral(": ") + currentText();
}

void PresetComboBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QRect field
        = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    option.currentText = fontMetrics().elidedText(shownText(), Qt::ElideRight, field.width());
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

} // namespace planner
