// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"

#include <QByteArray>
#include <QString>

namespace planner {

// The whole of a file that must fit in memory. A file that cannot be opened, or is larger than
// maxBytes (a whole number of MiB), fails with an error naming the path, e.g.
// "plan.json is 2097152 bytes; scenario files are limited to 1 MiB" for kind "scenario files".
Outcome<QByteArray> readWholeFile(const QString &path, qint64 maxBytes, QStringView kind);

// A JSON syntax error for people: "line 4, column 6: JSON syntax error: unterminated object,
// near ‹…{ "gpu_hourly_usd": 2.5 "gpus_per_replica": 2…›", quoting up to 40 bytes before the
// error's offset in text and 20 after it, line breaks as spaces and "…" where cut, so that it
// names the field even in a file on one line.
QString jsonSyntaxError(const QByteArray &text, qsizetype offset, const QString &reason);

} // namespace planner
