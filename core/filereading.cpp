// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereading.h"

#include <QFile>

namespace planner {

Outcome<QByteArray> readWholeFile(const QString &path, qint64 maxBytes, QStringView kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    // Reading one byte past the limit also catches a file that grows while it is read.
    QByteArray content = file.read(maxBytes + 1);
    if (content.size() > maxBytes || file.size() > maxBytes)
        return failure(QStringLiteral("%1 is %2 bytes; %3 are limited to %4 MiB")
                           .arg(path)
                           .arg(std::max(file.size(), qint64(content.size())))
                           .arg(kind)
                           .arg(maxBytes / (1024 * 1024)));
    return content;
}

} // namespace planner
