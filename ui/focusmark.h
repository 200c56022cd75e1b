// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace planner {

// Draws a frame in the highlight colour around the button, check box, combo box or spin box inside
// root that the keyboard (Tab, Backtab, a mnemonic) moved the focus to: the style's own focus
// mark on these is faint or missing, too faint for a room. The frame follows the widget and goes
// when the focus leaves. (Sliders and the week editor draw their own.)
void markKeyboardFocus(QWidget *root);

} // namespace planner
