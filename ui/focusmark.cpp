// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "focusmark.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFocusEvent>
#include <QPainter>

namespace planner {
namespace {

constexpr int Margin = 2;

class FocusMark : public QWidget
{
public:
    explicit FocusMark(QWidget *root)
        : QWidget(root)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
        hide();
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QAbstractSpinBox *>(widget))
                widget->installEventFilter(this);
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *marked = static_cast<QWidget *>(watched);
        switch (event->type()) {
        case QEvent::FocusIn:
            if (byKeyboard(static_cast<QFocusEvent *>(event)->reason()))
                follow(marked);
            break;
        case QEvent::FocusOut:
        case QEvent::Hide:
            hide();
            break;
        case QEvent::Move:
        case QEvent::Resize:
            if (isVisible() && parentWidget() == marked->parentWidget())
                follow(marked);
            break;
        default:
            break;
        }
        return false;
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
    }

private:
    static bool byKeyboard(Qt::FocusReason reason)
    {
        return reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason
            || reason == Qt::ShortcutFocusReason;
    }

    // A sibling of the widget, so that it scrolls and is clipped with it.
    void follow(QWidget *marked)
    {
        if (parentWidget() != marked->parentWidget())
            setParent(marked->parentWidget());
        setGeometry(marked->geometry().adjusted(-Margin, -Margin, Margin, Margin));
        raise();
        show();
    }
};

} // namespace

void markKeyboardFocus(QWidget *root)
{
    new FocusMark(root);
}

} // namespace planner
