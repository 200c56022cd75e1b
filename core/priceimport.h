// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"
#include "scenario.h"

#include <QList>

#include <optional>

namespace planner {

// One model's prices from LiteLLM's model_prices_and_context_window.json, in USD per Mtok
// (the file stores USD per token).
struct ImportedPrice
{
    QString model; // the file's key, e.g. "gpt-4o" or "together_ai/meta-llama/..."
    QString provider; // litellm_provider
    double inputUsdPerMtok = 0;
    double outputUsdPerMtok = 0;
    std::optional<double> cachedInputUsdPerMtok; // cache_read_input_token_cost
    std::optional<double> batchDiscount; // 1 - input_cost_per_token_batches / input
};

// The models of a LiteLLM price file that have both an input and an output price. Entries
// without them, sample_spec and fallback_generalizations are skipped (counted), as are fields
// the planner does not use. A file that is not such a JSON object, or that prices no model, fails
// with an error saying why.
struct PriceList
{
    QList<ImportedPrice> models;
    int skipped = 0;
};
Outcome<PriceList> parseLiteLlmPrices(const QByteArray &json);
// As parseLiteLlmPrices, from a file (at most 64 MiB); errors start with the path.
Outcome<PriceList> loadLiteLlmPrices(const QString &path);

const ImportedPrice *findPrice(const PriceList &list, QStringView model);
// The names nearest to model (by edit distance, ignoring case), for "did you mean".
QStringList closestModels(const PriceList &list, QStringView model, int count = 5);

// Sets the API prices of scenario from price: input, output, cached input (the input price
// where the file gives none) and the batch discount (0 where it gives none).
void applyImportedPrice(Scenario &scenario, const ImportedPrice &price);

} // namespace planner
