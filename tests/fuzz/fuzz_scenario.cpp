// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for the scenario loader: any bytes load or are refused with a message; a
// scenario that loads evaluates to finite figures and survives a save/load round trip.
#include "costengine.h"
#include "scenariofile.h"

#include <cmath>
#include <cstdint>

using namespace planner;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Outcome<Scenario> load
        = parseScenario(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!load.ok()) {
        if (load.errors.isEmpty() || load.errors.first().isEmpty())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    const Summary summary = summarize(*load);
    if (!std::isfinite(summary.selfhostUsdPerMonth) || !std::isfinite(summary.hybridUsdPerMonth)
        || !std::isfinite(summary.apiUsdPerMonth))
        __builtin_trap();
    const Outcome<Scenario> again = parseScenario(serializeScenario(*load));
    if (!again.ok() || !(*again == *load))
        __builtin_trap();
    return 0;
}
