// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QLocale>
#include <QObject>

#include <cmath>

namespace planner::format {
namespace {

const QString Missing = QStringLiteral("—");

} // namespace

QString number(double value, int decimals)
{
    if (!std::isfinite(value))
        return Missing;
    return QLocale().toString(value, 'f', decimals);
}

QString money(double usd)
{
    if (!std::isfinite(usd))
        return Missing;
    if (usd < 0) // a plain minus sign, not the accountants' parentheses some locales use
        return QStringLiteral("−") + money(-usd);
    const int decimals = std::abs(usd) < 10 && usd != std::round(usd) ? 2 : 0;
    return QLocale().toCurrencyString(usd, QStringLiteral("$"), decimals);
}

QString cents(double usd)
{
    if (!std::isfinite(usd))
        return Missing;
    if (usd < 0)
        return QStringLiteral("−") + cents(-usd);
    return QLocale().toCurrencyString(usd, QStringLiteral("$"), 2);
}

QString moneyPerMtok(double usd)
{
    if (!std::isfinite(usd))
        return Missing;
    // Cents where they say it all ($0.88), a tenth of a cent below a dollar otherwise ($0.166).
    const bool cents = std::abs(usd * 100 - std::round(usd * 100)) < 1e-9;
    const int decimals = std::abs(usd) >= 100 ? 0 : std::abs(usd) >= 1 || cents ? 2 : 3;
    return QLocale().toCurrencyString(usd, QStringLiteral("$"), decimals) + QStringLiteral("/Mtok");
}

QString compact(double value)
{
    if (!std::isfinite(value))
        return Missing;
    struct Scale
    {
        double factor;
        const char *suffix;
    };
    static constexpr Scale scales[] = {{1e12, " T"}, {1e9, " B"}, {1e6, " M"}, {1e3, " k"}};
    for (const Scale &scale : scales) {
        if (std::abs(value) >= scale.factor) {
            const double scaled = value / scale.factor;
            return QLocale().toString(scaled, 'f', std::abs(scaled) < 100 ? 1 : 0)
                + QLatin1String(scale.suffix);
        }
    }
    const int decimals = std::abs(value) >= 100 || value == std::round(value) ? 0
        : std::abs(value) >= 1                                                ? 1
                                                                              : 2;
    return QLocale().toString(value, 'f', decimals);
}

QString volume(double mtokPerMonth)
{
    if (!std::isfinite(mtokPerMonth))
        return Missing;
    return compact(mtokPerMonth) + QStringLiteral(" Mtok/month");
}

QString percent(double share)
{
    if (!std::isfinite(share))
        return Missing;
    const double pct = share * 100;
    return QLocale().toString(pct, 'f', std::abs(pct) < 1 && pct != 0 ? 1 : 0) + u'%';
}

QString asOf(const PresetSource &origin)
{
    const QDate today = QDate::currentDate();
    const auto age = ageInDays(origin, today);
    if (!age)
        return QObject::tr("date not stated by the source");
    return isStale(origin, today)
        ? QObject::tr("as of %1 (%2 days ago: possibly out of date)").arg(origin.asOf).arg(*age)
        : QObject::tr("as of %1 (%2 days ago)").arg(origin.asOf).arg(*age);
}

QString priceKind(const QString &kind)
{
    if (kind == u"committed-1y")
        return QObject::tr("1-year commitment");
    if (kind == u"committed-3y")
        return QObject::tr("3-year commitment");
    return kind;
}

QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

QString warning(const QString &clause)
{
    return QStringLiteral("⚠ ") + capitalized(clause) + u'.';
}

QString warningStyleSheet()
{
    return QStringLiteral("color: #b35900;");
}

} // namespace planner::format
