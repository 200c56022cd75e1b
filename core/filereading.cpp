// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereading.h"

#include <QFile>

#include <algorithm>

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

namespace {

QString lineAndColumn(const QByteArray &text, qsizetype offset)
{
    const qsizetype end = std::min(offset, text.size());
    const qsizetype lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const qsizetype line = text.first(end).count('\n') + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(end - lineStart + 1);
}

// Line breaks, control characters and a binary file's garbage as single spaces: the quote stays
// on one line.
QString printable(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    for (QChar &c : text) {
        if (!c.isPrint())
            c = u' ';
    }
    return text.simplified();
}

} // namespace

QString jsonSyntaxError(const QByteArray &text, qsizetype offset, const QString &reason)
{
    constexpr qsizetype Before = 40;
    constexpr qsizetype After = 20;
    const qsizetype end = std::clamp(offset, qsizetype(0), text.size());
    qsizetype from = std::max(qsizetype(0), end - Before);
    // Start the quote at a word's start where one is near, not in the middle of a key.
    if (from > 0) {
        const qsizetype boundary = text.indexOf(' ', from);
        if (boundary >= 0 && boundary < from + Before / 3)
            from = boundary + 1;
    }
    const qsizetype to = std::min(text.size(), end + After);
    const QString quote = printable(text.mid(from, to - from));
    const QString message
        = QStringLiteral("%1: JSON syntax error: %2").arg(lineAndColumn(text, end), reason);
    if (quote.isEmpty())
        return message;
    return message
        + QStringLiteral(", near ‹%1%2%3›")
              .arg(from > 0 ? QStringLiteral("…") : QString(), quote,
                   to < text.size() ? QStringLiteral("…") : QString());
}

} // namespace planner
