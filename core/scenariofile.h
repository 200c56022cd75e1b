// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QByteArray>

#include <optional>

namespace planner {

inline constexpr qint64 MaxScenarioFileBytes = 1024 * 1024;
inline constexpr int ScenarioFormatVersion = 1;

// The outcome of reading a scenario. On failure scenario is empty and errors holds at least one
// message naming the field, the bad value and the valid range (or the line and column of a JSON
// syntax error). Unknown keys never fail a load: each gives a warning.
struct ScenarioLoad
{
    std::optional<Scenario> scenario;
    QStringList errors;
    QStringList warnings;

    QString errorMessage() const { return errors.join(QStringLiteral("; ")); }
};

// Reads scenario JSON (format_version 1, grouped as workload / api / selfhost / overhead /
// analysis). Keys that are missing take the default scenario's values.
ScenarioLoad parseScenario(const QByteArray &json);
// As parseScenario, from a file; files over MaxScenarioFileBytes are refused.
ScenarioLoad loadScenarioFile(const QString &path);

QByteArray serializeScenario(const Scenario &scenario);
// Writes atomically (QSaveFile): on failure the previous file is untouched and error says why.
bool saveScenarioFile(const Scenario &scenario, const QString &path, QString *error);

} // namespace planner
