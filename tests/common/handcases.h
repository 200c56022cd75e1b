// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The small scenarios the engine's golden tests are worked out on by hand.

#include "scenario.h"
#include "trafficprofiles.h"

namespace planner::handcases {

// All overheads zero, steady traffic, one always-on replica, no spare: each case sets the rest.
inline Scenario handCase()
{
    Scenario s;
    s.name = QStringLiteral("hand case");
    s.volumeMtokPerMonth = 6570;
    s.outputFraction = 0.5;
    s.profile = *trafficPreset(u"steady");
    s.inputUsdPerMtok = 1;
    s.outputUsdPerMtok = 1;
    s.cachedInputUsdPerMtok = 1;
    s.gpuHourlyUsd = 4;
    s.gpusPerReplica = 1;
    s.prefillTokPerS = 1000;
    s.decodeTokPerS = 1000;
    s.mixedTokPerS = 2500;
    s.maxUtilization = 1;
    s.averageUtilization = 1;
    s.minReplicas = 1;
    s.horizonMonths = 24;
    return s;
}

// Case H: 84 hours at weight 3, 84 at weight 1; scaled to mean 1 they are 1.5 and 0.5, so at
// V = 7300 the loads are 15 and 5 Mtok/h. p_api = 1, r = $4, O = 1000.
inline Scenario dayNightCase(Provisioning provisioning)
{
    Scenario s = handCase();
    s.volumeMtokPerMonth = 7300;
    s.provisioning = provisioning;
    s.profile.presetName.clear();
    for (int h = 0; h < HoursPerWeek; ++h)
        s.profile.weights[h] = h < 84 ? 3 : 1;
    s.otherUsdPerMonth = 1000;
    return s;
}

// Load only in hour 167 (Sunday 23:00) and hour 0 (Monday 00:00): each weighs 168 / 2 = 84, so
// at V = 730 * 18 / 84 both hours carry 18 Mtok and need 2 replicas. Autoscale to zero, on-demand
// $5 against a committed $4, 30 minutes to start a replica. No overhead.
inline Scenario wrapCase()
{
    Scenario s = handCase();
    s.volumeMtokPerMonth = 730.0 * 18 / 84;
    s.provisioning = Provisioning::Autoscale;
    s.profile.presetName.clear();
    s.profile.weights = {};
    s.profile.weights[0] = 1;
    s.profile.weights[167] = 1;
    s.minReplicas = 0;
    s.ondemandGpuHourlyUsd = 5;
    s.scaleUpMinutes = 30;
    return s;
}

} // namespace planner::handcases
