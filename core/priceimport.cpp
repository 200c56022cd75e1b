// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "priceimport.h"

#include "filereading.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace planner {
namespace {

constexpr qint64 MaxPriceFileBytes = 64 * 1024 * 1024;
constexpr double PerMillion = 1e6;

std::optional<double> perMtok(const QJsonObject &entry, QStringView key)
{
    const QJsonValue value = entry.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0)
        return std::nullopt;
    // USD per token to USD per Mtok, rounded to a billionth of a dollar so that 2.5e-06
    // reads as 2.5 and not 2.4999999999999996.
    return std::round(value.toDouble() * PerMillion * 1e9) / 1e9;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min(
                {above + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace

Outcome<PriceList> parseLiteLlmPrices(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(QStringLiteral("not a LiteLLM price file: JSON syntax error at byte %1: %2")
                           .arg(parseError.offset)
                           .arg(parseError.errorString()));
    if (!document.isObject())
        return failure(
            QStringLiteral("not a LiteLLM price file: expected a JSON object of models"));
    PriceList list;
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == u"sample_spec" || it.key() == u"fallback_generalizations") {
            ++list.skipped; // the file's documentation and routing rules, not models
            continue;
        }
        const QJsonObject entry = it->toObject();
        const auto input = perMtok(entry, u"input_cost_per_token");
        const auto output = perMtok(entry, u"output_cost_per_token");
        if (!it->isObject() || !input || !output) {
            ++list.skipped; // sample_spec, fallback_generalizations, unpriced or odd entries
            continue;
        }
        ImportedPrice price {
            it.key(), entry.value(u"litellm_provider").toString(),    *input,
            *output,  perMtok(entry, u"cache_read_input_token_cost"), std::nullopt};
        if (const auto batch = perMtok(entry, u"input_cost_per_token_batches"); batch && *input > 0)
            price.batchDiscount = std::clamp(1 - *batch / *input, 0.0, 1.0);
        list.models.append(price);
    }
    if (list.models.isEmpty())
        return failure(
            QStringLiteral("no model in the file has both an input and an output price"));
    return list;
}

Outcome<PriceList> loadLiteLlmPrices(const QString &path)
{
    const Outcome<QByteArray> content = readWholeFile(path, MaxPriceFileBytes, u"price files");
    if (!content.ok())
        return content.failed();
    Outcome<PriceList> list = parseLiteLlmPrices(*content);
    if (!list.ok())
        return failure(path + QStringLiteral(": ") + list.errorMessage());
    return list;
}

const ImportedPrice *findPrice(const PriceList &list, QStringView model)
{
    const auto it = std::find_if(list.models.begin(), list.models.end(),
                                 [&](const ImportedPrice &p) { return p.model == model; });
    return it == list.models.end() ? nullptr : &*it;
}

QStringList closestModels(const PriceList &list, QStringView model, int count)
{
    const QString wanted = model.toString().toLower();
    QList<std::pair<int, QString>> ranked;
    for (const ImportedPrice &p : list.models) {
        const QString name = p.model.toLower();
        // A name that contains what was typed is as near as a name can be without matching.
        const int distance = name.contains(wanted) ? int(name.size() - wanted.size()) / 8
                                                   : editDistance(wanted, name);
        ranked.append({distance, p.model});
    }
    std::sort(ranked.begin(), ranked.end());
    QStringList names;
    for (qsizetype i = 0; i < ranked.size() && i < count; ++i)
        names << ranked[i].second;
    return names;
}

void applyImportedPrice(Scenario &scenario, const ImportedPrice &price)
{
    scenario.inputUsdPerMtok = price.inputUsdPerMtok;
    scenario.outputUsdPerMtok = price.outputUsdPerMtok;
    scenario.cachedInputUsdPerMtok = price.cachedInputUsdPerMtok.value_or(price.inputUsdPerMtok);
    scenario.batchDiscount = price.batchDiscount.value_or(0);
    for (const char *key : {"input_usd_per_mtok", "output_usd_per_mtok",
                            "cached_input_usd_per_mtok", "batch_discount"})
        scenario.ranges.remove(QLatin1String(key)); // imported prices are exact
}

} // namespace planner
