// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace planner {
namespace {

bool isUndoOrRedo(const QKeyEvent *event)
{
    const QKeyCombination pressed = event->keyCombination();
    return event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo)
        || pressed == QKeyCombination(Qt::ControlModifier, Qt::Key_Y)
        || pressed == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
}

// Hands the wheel to the scroll area the editor sits in. Outside one, the event is left
// unaccepted: QApplication then offers a real wheel event to the parents.
void scrollInstead(QWidget *editor, QWheelEvent *wheel)
{
    wheel->ignore();
    QWidget *ancestor = editor->parentWidget();
    while (ancestor && !qobject_cast<QAbstractScrollArea *>(ancestor))
        ancestor = ancestor->parentWidget();
    if (!ancestor)
        return;
    QWidget *viewport = static_cast<QAbstractScrollArea *>(ancestor)->viewport();
    QWheelEvent forwarded(viewport->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                          wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                          wheel->modifiers(), wheel->phase(), wheel->inverted(), wheel->source(),
                          wheel->pointingDevice());
    QCoreApplication::sendEvent(viewport, &forwarded);
    wheel->setAccepted(forwarded.isAccepted());
}

class EditorGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *editor = static_cast<QWidget *>(watched);
        if (event->type() == QEvent::Wheel && !editor->hasFocus()) {
            scrollInstead(editor, static_cast<QWheelEvent *>(event));
            return true;
        }
        // A spin box accepts the shortcut override of undo and redo for its line edit; left
        // unaccepted, the key press triggers the window's shortcut instead.
        if (event->type() == QEvent::ShortcutOverride && qobject_cast<QAbstractSpinBox *>(editor)
            && isUndoOrRedo(static_cast<QKeyEvent *>(event))) {
            event->ignore();
            return true;
        }
        return false;
    }
};

EditorGuard *guard()
{
    static EditorGuard *const instance = new EditorGuard(QCoreApplication::instance());
    return instance;
}

bool isGuarded(const QWidget *widget)
{
    return qobject_cast<const QAbstractSpinBox *>(widget)
        || (qobject_cast<const QAbstractSlider *>(widget)
            && !qobject_cast<const QScrollBar *>(widget))
        || qobject_cast<const QComboBox *>(widget);
}

} // namespace

void guardEditor(QWidget *editor)
{
    if (editor->focusPolicy() == Qt::WheelFocus)
        editor->setFocusPolicy(Qt::StrongFocus);
    // Installing the same filter again replaces it: an editor is never filtered twice.
    editor->installEventFilter(guard());
}

void guardEditors(QWidget *root)
{
    if (isGuarded(root))
        guardEditor(root);
    for (QWidget *child : root->findChildren<QWidget *>()) {
        if (isGuarded(child))
            guardEditor(child);
    }
}

} // namespace planner
