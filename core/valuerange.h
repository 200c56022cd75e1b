// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace planner {

// The valid values of one input: from min to max, each end included or not, whole numbers only
// when integer. Scenario inputs, the owned-GPU helper and the roofline estimate all check their
// inputs with it, so that every "out of range" message reads the same.
struct ValueRange
{
    double min;
    bool minInclusive;
    double max;
    bool maxInclusive;
    bool integer;

    // False for NaN and infinities.
    bool contains(double value) const;
    // "0..1", "(0, 1]", "integer 1..4096", as the cost model writes ranges.
    QString text() const;
    // What a valid value is, in words, for a message about value: "above 0 Mtok/month", "from 0
    // to 1", "a whole number from 1 to 4096". Of a half-open range it names the end value misses
    // (the other end is a practical ceiling or floor), both ends when value is not a number.
    QString requirement(const QString &unit, double value) const;
};

// A value as a person reads it in a message: no exponent for ordinary numbers, "NaN", "inf".
QString formatValueForMessage(double value);

// The one shape of every out-of-range message, so that each input's error reads as a sentence:
// "KEY: LABEL must be REQUIREMENT (got VALUE)", e.g. "workload.volume_mtok_per_month: Volume must
// be above 0 Mtok/month (got -5000)"; without "KEY: " when key is empty. The window shows it for
// people (ui/format.h, forPeople).
QString outOfRangeMessage(const QString &key, const QString &label, const QString &unit,
                          const ValueRange &range, double value);

} // namespace planner
