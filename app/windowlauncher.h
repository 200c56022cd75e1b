// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

namespace planner {

class MainWindow;

// Names the application for QSettings, the window system and --version, and falls back to US
// English number and currency formats where the locale is C.
void describeApplication();

// Shows in window what the command line names: FILE, with any --set applied as unsaved edits.
// A bad file or --set is reported in the window, which keeps the default scenario. With nothing
// named, offers to restore work left unsaved by a crash.
void showCommandLineScenario(MainWindow &window, const CommandLine &commandLine);

} // namespace planner
