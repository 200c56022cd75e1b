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
};

// A value as a person reads it in a message: no exponent for ordinary numbers, "NaN", "inf".
QString formatValueForMessage(double value);

} // namespace planner
