// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownedgpu.h"

#include "scenario.h"

namespace planner {
namespace {

const OwnedGpuField fields[] = {
    {"purchase_usd", &OwnedGpu::purchaseUsd, 0, 1e7, false, "USD", "Purchase price",
     "What one GPU costs to buy, with its share of the server (CPUs, memory, network), "
     "spread evenly over the amortisation period.",
     0, 1000, 35625,
     "Default: $35,625, one eighth of $285,000 for an eight-GPU HGX H100 server (Exxact's "
     "configured-system price in ConfigIQ's purchase catalogue, marked indicative, 2026-08-01)."},
    {"amortization_months", &OwnedGpu::amortizationMonths, 1, 240, true, "months",
     "Amortisation period",
     "Months over which the purchase price is written off. Longer periods lower the hourly "
     "price but assume the GPU stays useful that long.",
     0, 6, 48,
     "Default: 48 months, ConfigIQ's four-year life for owned hardware (ConfigIQ also assumes a "
     "20% residual value, which this formula leaves out)."},
    {"power_kw", &OwnedGpu::powerKw, 0, 10, false, "kW", "Power draw",
     "Electrical power one GPU draws under load, with its share of the server, in kilowatts.", 3,
     0.05, 0.7,
     "Default: 0.7 kW, the H100 SXM's 700 W board power (huggingface.co/hardware/h100); the "
     "rest of the server draws more."},
    {"pue", &OwnedGpu::pue, 1, 5, false, "", "PUE",
     "Power usage effectiveness of the data centre: total facility power over IT power. 1.0 "
     "would be no cooling or losses at all.",
     2, 0.05, 1.4, "Default: 1.4, ConfigIQ's assumption for owned hardware."},
    {"usd_per_kwh", &OwnedGpu::usdPerKwh, 0, 10, false, "USD/kWh", "Electricity price",
     "What one kilowatt-hour of electricity costs.", 3, 0.01, 0.12,
     "Default: $0.12/kWh, ConfigIQ's assumption for owned hardware."},
    {"colocation_usd_per_month", &OwnedGpu::colocationUsdPerMonth, 0, 1e6, false, "USD/month",
     "Colocation", "Rack space, network and remote hands per GPU and month, power excluded.", 2, 10,
     200,
     "Default: $200 a month, an illustrative round value and not a market figure: enter your "
     "provider's quote."},
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
    return failure(outOfRangeMessage(
        QStringLiteral("selfhost.owned_gpu.") + QLatin1String(field.key),
        QLatin1String(field.label), QLatin1String(field.unit), field.validRange(), value));
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
