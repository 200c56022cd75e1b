// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"
#include "scenario.h"

#include <QByteArray>

namespace planner {

inline constexpr qint64 MaxScenarioFileBytes = 1024 * 1024;
inline constexpr int ScenarioFormatVersion = 1;

// Reads scenario JSON (format_version 1, grouped as workload / api / selfhost / overhead /
// analysis). Keys that are missing take the default scenario's values. Each error names the
// field, the bad value and the valid range (or the line and column of a JSON syntax error).
// Unknown keys never fail a load: each gives a warning.
Outcome<Scenario> parseScenario(const QByteArray &json);
// As parseScenario, from a file; files over MaxScenarioFileBytes are refused.
Outcome<Scenario> loadScenarioFile(const QString &path);

QByteArray serializeScenario(const Scenario &scenario);
// Writes atomically (QSaveFile): on failure the previous file is untouched and the error says why.
Outcome<> saveScenarioFile(const Scenario &scenario, const QString &path);

} // namespace planner
