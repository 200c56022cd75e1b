// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presets.h"

#include <QString>

namespace planner::format {

// Every function returns "—" for a missing or non-finite value: NaN and inf never reach the screen.
QString money(double usd); // "$12,300", "$0.88" below $10
QString cents(double usd); // "$1.00", "$0.12": always to the cent, for prices that are compared
QString moneyPerMtok(double usd); // "$0.166/Mtok"
QString compact(double value); // "950", "1.2 k", "3.4 M", "5.6 B"
QString volume(double mtokPerMonth); // "22.1 k Mtok/month"
QString percent(double share); // "37%", "0.4%"
QString number(double value, int decimals);
// A preset's date with its age today: "as of 2026-07-24 (125 days ago)", "as of 2026-05-20
// (190 days ago: possibly out of date)", or "date not stated by the source".
QString asOf(const PresetSource &origin);
// A GPU price's kind in words: "1-year commitment", "3-year commitment"; the other kinds
// ("on-demand", "reserved", "spot", …) as they are.
QString priceKind(const QString &kind);
// The text with its first letter in upper case: a core message as a sentence of its own.
QString capitalized(const QString &text);
// A core warning ("the log covers 30 hours, …") as a line of its own: "⚠ The log covers … ."
QString warning(const QString &clause);
// The colour of warnings in labels.
QString warningStyleSheet();

} // namespace planner::format
