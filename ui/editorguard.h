// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace planner {

// Makes the spin boxes, sliders and combo boxes inside root (root included) safe in a scrolled
// panel and part of the document:
// - the wheel changes an editor only while it has keyboard focus (Tab or a click gives it);
//   otherwise the wheel scrolls the scroll area the editor sits in (the panel);
// - Undo and Redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) in a spin box reach the window's actions, the
//   document's undo stack, instead of the line edit's own text undo.
// Call it again after adding editors; editors already guarded are left as they are.
void guardEditors(QWidget *root);
// The same for one editor of another kind (the week editor's bars): the wheel scrolls the panel
// unless it has focus.
void guardEditor(QWidget *editor);

} // namespace planner
