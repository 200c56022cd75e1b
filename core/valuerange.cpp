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

QString ValueRange::requirement(const QString &unit, double value) const
{
    const QString suffix = unit.isEmpty() ? QString() : u' ' + unit;
    const QString from = number(min);
    const QString to = number(max);
    if (integer)
        return QStringLiteral("a whole number from %1 to %2%3").arg(from, to, suffix);
    if (minInclusive && maxInclusive)
        return QStringLiteral("from %1 to %2%3").arg(from, to, suffix);
    const QString low
        = (minInclusive ? QStringLiteral("at least %1") : QStringLiteral("above %1")).arg(from);
    const QString high
        = (maxInclusive ? QStringLiteral("at most %1") : QStringLiteral("below %1")).arg(to);
    if (std::isnan(value))
        return low + QStringLiteral(" and ") + high + suffix;
    return (value > max ? high : low) + suffix;
}

QString outOfRangeMessage(const QString &key, const QString &label, const QString &unit,
                          const ValueRange &range, double value)
{
    const QString prefix = key.isEmpty() ? QString() : key + QStringLiteral(": ");
    return prefix
        + QStringLiteral("%1 must be %2 (got %3)")
              .arg(label, range.requirement(unit, value), formatValueForMessage(value));
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
