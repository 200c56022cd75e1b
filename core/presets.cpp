// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace planner {
namespace {

QJsonObject readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing built-in preset resource %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

std::optional<double> optionalNumber(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

PresetSource originOf(const QJsonObject &o)
{
    return {o.value(u"source").toString(), o.value(u"as_of").toString()};
}

// The date a figure is as of, a month alone ("2026-04") taken at its last day; invalid when the
// source gives none.
QDate asOfDate(const PresetSource &origin)
{
    const QDate day = QDate::fromString(origin.asOf, Qt::ISODate);
    if (day.isValid())
        return day;
    const QDate month = QDate::fromString(origin.asOf + QStringLiteral("-01"), Qt::ISODate);
    return month.isValid() ? month.addMonths(1).addDays(-1) : QDate();
}

// The GPU count an instance names ("8x H100", "8xH200 1128GB"), 0 when it names none. The
// lookbehind and the capital or space after the "x" keep "p5.48xlarge" out.
int gpuCountIn(const QString &instance)
{
    static const QRegularExpression count(QStringLiteral("(?<![\\w.])(\\d+)\\s*x(?=\\s|\\p{Lu})"));
    const QRegularExpressionMatch match = count.match(instance);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

PresetCatalog loadCatalog()
{
    PresetCatalog catalog;
    for (const QJsonValue &v :
         readResource(QStringLiteral(":/presets/api-models.json")).value(u"models").toArray()) {
        const QJsonObject o = v.toObject();
        catalog.apiModels.append({o.value(u"id").toString(), o.value(u"provider").toString(),
                                  o.value(u"input_usd_per_mtok").toDouble(),
                                  o.value(u"output_usd_per_mtok").toDouble(),
                                  optionalNumber(o, u"cached_input_usd_per_mtok"),
                                  optionalNumber(o, u"batch_discount"), originOf(o)});
    }
    for (const QJsonValue &v :
         readResource(QStringLiteral(":/presets/gpus.json")).value(u"gpus").toArray()) {
        const QJsonObject o = v.toObject();
        GpuPreset gpu {o.value(u"id").toString(),          o.value(u"name").toString(),
                       o.value(u"memory_gb").toDouble(),   o.value(u"bandwidth_tbps").toDouble(),
                       o.value(u"bf16_tflops").toDouble(), optionalNumber(o, u"fp8_tflops"),
                       o.value(u"spec_source").toString(), {}};
        for (const QJsonValue &p : o.value(u"prices").toArray()) {
            const QJsonObject price = p.toObject();
            gpu.prices.append({price.value(u"provider").toString(),
                               price.value(u"instance").toString(), price.value(u"kind").toString(),
                               price.value(u"usd_per_gpu_hour").toDouble(), originOf(price)});
        }
        catalog.gpus.append(gpu);
    }
    for (const QJsonValue &v : readResource(QStringLiteral(":/presets/throughput.json"))
                                   .value(u"measurements")
                                   .toArray()) {
        const QJsonObject o = v.toObject();
        catalog.throughput.append(
            {o.value(u"model").toString(), o.value(u"gpu").toString(),
             o.value(u"gpu_count").toInt(), o.value(u"engine").toString(),
             o.value(u"precision").toString(), o.value(u"concurrency").toString(),
             o.value(u"input_len").toInt(), o.value(u"output_len").toInt(),
             o.value(u"output_tok_per_s").toDouble(), o.value(u"mixed_tok_per_s").toDouble(),
             o.value(u"output_fraction").toDouble(), originOf(o)});
    }
    for (const QJsonValue &v :
         readResource(QStringLiteral(":/presets/models.json")).value(u"models").toArray()) {
        const QJsonObject o = v.toObject();
        catalog.models.append({o.value(u"id").toString(), o.value(u"name").toString(),
                               o.value(u"parameters").toDouble(),
                               o.value(u"bytes_per_weight").toDouble(),
                               o.value(u"kv_bytes_per_token").toDouble(), originOf(o)});
    }
    return catalog;
}

} // namespace

const PresetCatalog &builtinPresets()
{
    static const PresetCatalog catalog = loadCatalog();
    return catalog;
}

std::optional<int> ageInDays(const PresetSource &origin, const QDate &today)
{
    const QDate date = asOfDate(origin);
    if (!date.isValid())
        return std::nullopt;
    return int(date.daysTo(today));
}

bool isStale(const PresetSource &origin, const QDate &today)
{
    const auto age = ageInDays(origin, today);
    return age && *age > StaleAfterDays;
}

bool isCommittedKind(const QString &kind)
{
    return kind == u"committed-1y" || kind == u"committed-3y" || kind == u"reserved";
}

std::optional<GpuPrice> onDemandPairFor(const GpuPreset &gpu, const GpuPrice &price)
{
    if (!isCommittedKind(price.kind))
        return std::nullopt;
    const int gpuCount = gpuCountIn(price.instance);
    const auto rank = [&](const GpuPrice &candidate) {
        // An invalid date's Julian day is the lowest there is: undated figures come last.
        return std::tuple(candidate.instance == price.instance,
                          gpuCount > 0 && gpuCountIn(candidate.instance) == gpuCount,
                          asOfDate(candidate.origin).toJulianDay());
    };
    const GpuPrice *best = nullptr;
    for (const GpuPrice &candidate : gpu.prices) {
        if (candidate.kind != u"on-demand" || candidate.provider != price.provider)
            continue;
        if (!best || rank(candidate) > rank(*best))
            best = &candidate;
    }
    return best ? std::optional<GpuPrice>(*best) : std::nullopt;
}

void applyApiModel(Scenario &scenario, const ApiModelPreset &preset)
{
    scenario.inputUsdPerMtok = preset.inputUsdPerMtok;
    scenario.outputUsdPerMtok = preset.outputUsdPerMtok;
    scenario.cachedInputUsdPerMtok = preset.cachedInputUsdPerMtok.value_or(preset.inputUsdPerMtok);
    scenario.batchDiscount = preset.batchDiscount.value_or(0);
}

void applyGpuPrice(Scenario &scenario, const GpuPreset &gpu, const GpuPrice &price)
{
    scenario.gpuHourlyUsd = price.gpuHourlyUsd;
    const std::optional<GpuPrice> onDemand = onDemandPairFor(gpu, price);
    scenario.ondemandGpuHourlyUsd = onDemand ? onDemand->gpuHourlyUsd : 0;
    forgetReplacedOwnedGpu(scenario);
}

void applyThroughput(Scenario &scenario, const ThroughputPreset &preset)
{
    scenario.mixedTokPerS = preset.mixedTokPerS;
    scenario.gpusPerReplica = preset.gpuCount;
}

QList<GpuPriceChoice> gpuPriceChoices(const PresetCatalog &catalog)
{
    const auto sameEntry = [](const GpuPrice &a, const GpuPrice &b) {
        return a.provider == b.provider && a.kind == b.kind
            && std::abs(a.gpuHourlyUsd - b.gpuHourlyUsd) < 0.005 + 1e-9;
    };
    QList<GpuPriceChoice> choices;
    for (const GpuPreset &gpu : catalog.gpus) {
        const qsizetype first = choices.size();
        for (const GpuPrice &price : gpu.prices) {
            const auto entry = std::find_if(
                choices.begin() + first, choices.end(),
                [&](const GpuPriceChoice &choice) { return sameEntry(*choice.price, price); });
            if (entry == choices.end()) {
                choices.append({&gpu, &price, {&price}});
                continue;
            }
            entry->merged.append(&price);
            if (asOfDate(price.origin).toJulianDay() > asOfDate(entry->price->origin).toJulianDay())
                entry->price = &price;
        }
        std::stable_sort(
            choices.begin() + first, choices.end(),
            [](const GpuPriceChoice &a, const GpuPriceChoice &b) {
                return a.price->provider.compare(b.price->provider, Qt::CaseInsensitive) < 0;
            });
    }
    return choices;
}

bool usesApiModel(const Scenario &scenario, const ApiModelPreset &preset)
{
    return scenario.inputUsdPerMtok == preset.inputUsdPerMtok
        && scenario.outputUsdPerMtok == preset.outputUsdPerMtok;
}

bool usesGpuPrice(const Scenario &scenario, const GpuPriceChoice &choice)
{
    return !scenario.ownedGpu
        && std::any_of(choice.merged.begin(), choice.merged.end(), [&](const GpuPrice *price) {
               return price->gpuHourlyUsd == scenario.gpuHourlyUsd;
           });
}

bool usesThroughput(const Scenario &scenario, const ThroughputPreset &preset)
{
    return std::abs(scenario.mixedTokPerS - preset.mixedTokPerS) < 0.01
        && scenario.gpusPerReplica == preset.gpuCount;
}

QString throughputRegime(const ThroughputPreset &preset)
{
    bool isCount = false;
    const int concurrent = preset.concurrency.toInt(&isCount);
    if (isCount && concurrent > 0)
        return QStringLiteral("interactive, %1 concurrent").arg(concurrent);
    if (preset.concurrency.startsWith(u"max") || preset.concurrency.startsWith(u"batch"))
        return QStringLiteral("batch/offline");
    return QStringLiteral("load not stated");
}

} // namespace planner
