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

} // namespace planner
