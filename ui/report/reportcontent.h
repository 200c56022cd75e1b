// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QList>

namespace planner {

class ReportLayout;

// What the report says: per scenario its summary (verdict and key figures), every chart with a
// caption, the inputs with their presets' sources, an itemised bill per option and the formulas
// with the numbers plugged in. Two to four scenarios start with a comparison.
void writeReportContent(ReportLayout &report, const QList<Scenario> &scenarios);

// The scenario's name, or "Scenario comparison" for several: the PDF's title.
QString reportTitle(const QList<Scenario> &scenarios);

} // namespace planner
