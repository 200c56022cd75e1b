// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"
#include "scenario.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace planner {

// What a request log says about a workload (docs/scenario-format.md, "Traffic import"). Hours
// are whole UTC hours; the covered hours run from the earliest record's hour to the latest's,
// inclusive, so a gap in the log counts as hours without traffic.
struct TrafficSummary
{
    qint64 records = 0;
    double totalTokens = 0;
    std::optional<double> outputFraction; // when the log has input_tokens and output_tokens
    QDateTime firstHour;
    QDateTime lastHour;
    qint64 hoursCovered = 0;
    double volumeMtokPerMonth = 0; // total tokens x 730 / hours covered, in Mtok
    WeekWeights weights {}; // mean tokens per covered hour of each hour of the week, max = 1

    qint64 badRows = 0;
    qint64 firstBadLine = 0; // 1-based line number in the file
    QString firstBadReason;
    qint64 outOfOrderRows = 0;
};

// Called as the import reads; returning false cancels it.
using ImportProgress = std::function<bool(qint64 bytesRead, qint64 bytesTotal)>;

// Reads a CSV request log in one streaming pass: a header naming a `timestamp` column and either
// `tokens` or `input_tokens` and `output_tokens`; one row per request or per time bucket.
// Timestamps are ISO 8601 (UTC when without offset) or Unix seconds. Rows that do not parse are
// counted; a file where none does, or that covers less than a day, fails with an error saying why.
Outcome<TrafficSummary> importTrafficCsv(QIODevice &device, const ImportProgress &progress = {});
// As importTrafficCsv, from a file; errors start with the path.
Outcome<TrafficSummary> loadTrafficCsv(const QString &path, const ImportProgress &progress = {});

// Sets the volume, the week's shape and, when the log has it, the output fraction.
void applyTraffic(Scenario &scenario, const TrafficSummary &traffic);

// What the user should know before trusting the figures: skipped rows, rows out of time order,
// a log shorter than a week. Empty when there is nothing to say.
QStringList trafficNotes(const TrafficSummary &traffic);

} // namespace planner
