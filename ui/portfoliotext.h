// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portfolio.h"

#include <QString>
#include <QStringList>

namespace planner {

// "chat", "chat and search", "chat, search and review".
QString listOfNames(const QStringList &names);

// The plan of several workloads in one sentence (cost model, section 11.3): which of them to
// self-host, on what, which stay on their APIs, its monthly cost and what it saves against
// deciding each workload alone, e.g. "Self-host chat and nightly summaries on 3 replicas
// (hybrid); keep legal drafting on its API: $12,300 a month, $4,100 less than deciding each
// alone."
QString planSentence(const Portfolio &portfolio);

// The plan in a table cell: "$12,300: 2 of 3 self-hosted (hybrid)", or "$14,000: all on their
// APIs".
QString planCell(const Portfolio &portfolio);

// How the plan treats one workload, in a few words: "Self-hosted", "On its API".
QString planPlace(const WorkloadVerdict &verdict);

} // namespace planner
