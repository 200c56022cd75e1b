// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for the request-log import: any bytes import or are refused with a message;
// an import gives figures inside the scenario's ranges, so applying it leaves a valid scenario.
#include "trafficimport.h"

#include <QBuffer>

#include <algorithm>
#include <cmath>
#include <cstdint>

using namespace planner;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const Outcome<TrafficSummary> traffic = importTrafficCsv(buffer);
    if (!traffic.ok()) {
        if (traffic.errorMessage().isEmpty())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    const double busiest = *std::max_element(traffic->weights.begin(), traffic->weights.end());
    if (traffic->records <= 0 || traffic->hoursCovered < 24 || busiest != 1.0
        || std::any_of(traffic->weights.begin(), traffic->weights.end(),
                       [](double w) { return !(w >= 0 && w <= 1); }))
        __builtin_trap();
    Scenario scenario = defaultScenario();
    applyTraffic(scenario, *traffic);
    if (!validate(scenario).ok())
        __builtin_trap();
    return 0;
}
