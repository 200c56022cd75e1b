// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownedgpu.h"

#include "scenario.h"

namespace planner {
namespace {

const OwnedGpuField fields[] = {
    {"purchase_usd", &OwnedGpu::purchaseUsd, 0, 1e7, false, "USD", "Purchase price",
     "What one GPU costs to buy, with its share of the server (CPUs, memory, network), "
     "spread evenly over the amortisation period."},
    {"amortization_months", &OwnedGpu::amortizationMonths, 1, 240, true, "months",
     "Amortisation period",
     "Months over which the purchase price is written off. Longer periods lower the hourly "
     "price but assume the GPU stays useful that long."},
    {"power_kw", &OwnedGpu::powerKw, 0, 10, false, "kW", "Power draw",
     "Electrical power one GPU draws under load, with its share of the server, in kilowatts."},
    {"pue", &OwnedGpu::pue, 1, 5, false, "", "PUE",
     "Power usage effectiveness of the data centre: total facility power over IT power. 1.0 "
     "would be no cooling or losses at all."},
    {"usd_per_kwh", &OwnedGpu::usdPerKwh, 0, 10, false, "USD/kWh", "Electricity price",
     "What one kilowatt-hour of electricity costs."},
    {"colocation_usd_per_month", &OwnedGpu::colocationUsdPerMonth, 0, 1e6, false, "USD/month",
     "Colocation", "Rack space, network and remote hands per GPU and month, power excluded."},
};

} // namespace

OwnedGpuHourly ownedGpuHourlyParts(const OwnedGpu &gpu)
{
    return {gpu.purchaseUsd / (gpu.amortizationMonths * HoursPerMonth),
            gpu.powerKw * gpu.pue * gpu.usdPerKwh, gpu.colocationUsdPerMonth / HoursPerMonth};
}

double ownedGpuHourlyUsd(const OwnedGpu &gpu)
{
    return ownedGpuHourlyParts(gpu).total();
}

std::span<const OwnedGpuField> ownedGpuFields()
{
    return fields;
}

QString rangeText(const OwnedGpuField &field)
{
    return field.validRange().text();
}

Outcome<> checkValue(const OwnedGpuField &field, double value)
{
    if (field.validRange().contains(value))
        return {};
    return failure(
        QStringLiteral("selfhost.owned_gpu.%1: %2 is out of range (%3)")
            .arg(QLatin1String(field.key), formatValueForMessage(value), rangeText(field)));
}

Outcome<> validate(const OwnedGpu &gpu)
{
    QStringList errors;
    for (const OwnedGpuField &field : fields)
        errors << checkValue(field, gpu.*(field.member)).errors;
    return checkOutcome(errors);
}

void applyOwnedGpu(Scenario &scenario, const OwnedGpu &gpu)
{
    scenario.ownedGpu = gpu;
    scenario.gpuHourlyUsd = ownedGpuHourlyUsd(gpu);
    scenario.ranges.remove(QStringLiteral("gpu_hourly_usd"));
}

void forgetReplacedOwnedGpu(Scenario &scenario)
{
    if (scenario.ownedGpu && scenario.gpuHourlyUsd != ownedGpuHourlyUsd(*scenario.ownedGpu))
        scenario.ownedGpu.reset();
}

} // namespace planner
