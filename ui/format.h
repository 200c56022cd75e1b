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
// A bill's unit price, precise enough that quantity × price gives the line: "$2.95" or "$12.50"
// where cents say it all, "$0.2545" (four significant digits) below $100 otherwise, "$15,833"
// from $100.
QString unitPrice(double usd);
QString compact(double value); // "950", "1.2 k", "3.4 M", "5.6 B"
QString volume(double mtokPerMonth); // "22.1 k Mtok/month"
QString percent(double share); // "37%", "0.4%"
QString number(double value, int decimals);
// The decimals that show `digits` significant digits of value, never fewer than 0: 2 for 0.08 at
// 1 digit, 0 for 1,000,000.
int significantDecimals(double value, int digits);
// value rounded to `digits` significant digits: 30,339 → 30,300 at 3 digits.
double roundedToSignificant(double value, int digits);
// value with the decimals its size needs: "0.08", "0.125", "12.5", "30,300", "1,000,000" at 3
// digits; whole numbers never gain decimals, larger numbers are not rounded.
QString significant(double value, int digits = 3);
// value with as few decimals as show it exactly, at least minDecimals and at most maxDecimals:
// "0.08", "6.155", "1,000,000" (for a box that keeps maxDecimals).
QString trimmed(double value, int minDecimals, int maxDecimals);
// A preset's date with its age today: "as of 2026-07-24 (125 days ago)", "as of 2026-05-20
// (190 days ago: possibly out of date)", or "date not stated by the source".
QString asOf(const PresetSource &origin);
// A GPU price's kind in words: "1-year commitment", "3-year commitment"; the other kinds
// ("on-demand", "reserved", "spot", …) as they are.
QString priceKind(const QString &kind);
// The text with its first letter in upper case: a core message as a sentence of its own.
QString capitalized(const QString &text);
// A core message as the window shows it: each out-of-range error ("workload.volume_mtok_per_month:
// Volume must be above 0 Mtok/month (got -5000)", core's outOfRangeMessage) without its file key
// and with the numbers as people write them: "Volume must be above 0 Mtok/month (you entered
// −5,000)". Other text stays as it is.
QString forPeople(const QString &message);
// A core warning ("the log covers 30 hours, …") as a line of its own: "⚠ The log covers … ."
QString warning(const QString &clause);
// The colour of warnings in labels.
QString warningStyleSheet();

} // namespace planner::format
