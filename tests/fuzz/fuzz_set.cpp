// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for the command line's --set parser: any KEY=VALUE either applies and leaves
// a valid scenario with finite figures, or is refused with a message and changes nothing.
#include "costengine.h"
#include "scenariofields.h"

#include <cmath>
#include <cstdint>

using namespace planner;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Scenario base = defaultScenario();
    Scenario scenario = base;
    const QString assignment
        = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!applyOverride(scenario, assignment).ok()) {
        if (!(scenario == base))
            __builtin_trap(); // a refused override must not change the scenario
        return 0;
    }
    if (!validate(scenario).ok())
        __builtin_trap();
    const Summary summary = summarize(scenario);
    if (!std::isfinite(summary.selfhostUsdPerMonth) || !std::isfinite(summary.hybridUsdPerMonth))
        __builtin_trap();
    return 0;
}
