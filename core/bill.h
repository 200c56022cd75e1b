// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costengine.h"

namespace planner {

// One line of an option's monthly bill, the way cloud cost tools present it:
// quantity x unit price = monthly (USD). A discount is a line with a negative monthly amount.
struct BillLine
{
    QString item;
    double quantity = 0;
    QString unit;
    double unitPriceUsd = 0;
    double usdPerMonth = 0;
};

// The itemised monthly bill of each option, from its evaluation; each adds up to the option's
// monthly cost in the summary (to rounding). A pool bills each workload on its own API, and the
// hybrid's bursts as the engine priced them hour by hour (sections 9.4, 11.2).
QList<BillLine> apiBill(const Scenario &scenario, const Evaluation &evaluation);
QList<BillLine> selfhostBill(const Scenario &scenario, const Evaluation &evaluation);
QList<BillLine> hybridBill(const Scenario &scenario, const Evaluation &evaluation);

} // namespace planner
