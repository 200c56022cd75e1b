// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuerange.h"

#include <QLocale>

#include <cmath>

namespace planner {
namespace {

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 15);
}

} // namespace

bool ValueRange::contains(double value) const
{
    const bool aboveMin = minInclusive ? value >= min : value > min;
    const bool belowMax = maxInclusive ? value <= max : value < max;
    const bool whole = !integer || std::floor(value) == value;
    return std::isfinite(value) && aboveMin && belowMax && whole;
}

QString ValueRange::text() const
{
    if (integer)
        return QStringLiteral("integer %1..%2").arg(number(min), number(max));
    if (minInclusive && maxInclusive)
        return QStringLiteral("%1..%2").arg(number(min), number(max));
    return (minInclusive ? u'[' : u'(') + number(min) + QStringLiteral(", ") + number(max)
        + (maxInclusive ? u']' : u')');
}

QString formatValueForMessage(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return number(value);
}

} // namespace planner
