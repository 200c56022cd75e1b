// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTest>

#include <algorithm>
#include <cmath>

// Hand-worked figures match the engine's to 1e-9 of their size (1e-9 absolute below 1): the
// rounding of a different order of operations, never a different formula.
namespace nearcompare {

constexpr double Tolerance = 1e-9;

inline bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= Tolerance * std::max(1.0, std::abs(expected));
}

inline QString mismatch(double actual, double expected)
{
    return QStringLiteral("%1 != %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17);
}

} // namespace nearcompare

#define QCOMPARE_NEAR(actual, expected)                                                            \
    QVERIFY2(nearcompare::near(actual, expected),                                                  \
             qPrintable(nearcompare::mismatch(actual, expected)))
