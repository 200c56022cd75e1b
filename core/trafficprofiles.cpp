// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficprofiles.h"

#include <cmath>
#include <numbers>

namespace planner {
namespace {

struct Preset
{
    const char *name;
    double (*weight)(int dayOfWeek, int hourOfDay);
};

constexpr int HoursPerDay = 24;

const Preset presets[] = {
    {"steady",
     [](int, int) {
         return 1.0;
     }},
    {"business-hours",
     [](int day, int hour) {
         return day < 5 && hour >= 9 && hour <= 16 ? 1.0 : 0.0;
     }},
    {"diurnal",
     [](int, int hour) {
         return 0.6 + 0.4 * std::cos(2.0 * std::numbers::pi * (hour - 14) / HoursPerDay);
     }},
    {"daily-bursts",
     [](int, int hour) {
         return hour == 12 || hour == 13 ? 1.0 : 0.0;
     }},
};

} // namespace

QStringList trafficPresetNames()
{
    QStringList names;
    for (const Preset &preset : presets)
        names << QString::fromLatin1(preset.name);
    return names;
}

std::optional<TrafficProfile> trafficPreset(QStringView name)
{
    for (const Preset &preset : presets) {
        if (name != QLatin1String(preset.name))
            continue;
        TrafficProfile profile;
        profile.presetName = QString::fromLatin1(preset.name);
        for (int h = 0; h < HoursPerWeek; ++h)
            profile.weights[h] = preset.weight(h / HoursPerDay, h % HoursPerDay);
        return profile;
    }
    return std::nullopt;
}

} // namespace planner
