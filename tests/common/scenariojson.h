// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>

// A scenario file holding only a custom profile of count copies of value (a JSON literal).
inline QByteArray hourlyWeightsJson(int count, const QByteArray &value)
{
    QByteArrayList items;
    for (int i = 0; i < count; ++i)
        items << value;
    return "{\"workload\": {\"profile\": {\"hourly_weights\": [" + items.join(", ") + "]}}}";
}
