// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QLocale>
#include <QObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>

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

int significantDecimals(double value, int digits)
{
    if (!std::isfinite(value) || value == 0)
        return 0;
    return std::max(0, digits - 1 - int(std::floor(std::log10(std::abs(value)))));
}

double roundedToSignificant(double value, int digits)
{
    if (!std::isfinite(value) || value == 0)
        return value;
    const double unit = std::pow(10.0, std::floor(std::log10(std::abs(value))) - digits + 1);
    return std::round(value / unit) * unit;
}

QString significant(double value, int digits)
{
    if (!std::isfinite(value))
        return Missing;
    return trimmed(value, 0, significantDecimals(value, digits));
}

QString trimmed(double value, int minDecimals, int maxDecimals)
{
    if (!std::isfinite(value))
        return Missing;
    const QLocale locale;
    QString text = locale.toString(value, 'f', std::max(minDecimals, maxDecimals));
    const int point = text.lastIndexOf(locale.decimalPoint());
    if (point < 0)
        return text;
    const qsizetype keep = point + locale.decimalPoint().size() + minDecimals;
    while (text.size() > keep && text.endsWith(locale.zeroDigit()))
        text.chop(1);
    if (text.endsWith(locale.decimalPoint()))
        text.chop(locale.decimalPoint().size());
    return text;
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

QString unitPrice(double usd)
{
    if (!std::isfinite(usd) || std::abs(usd) >= 100)
        return money(usd);
    if (usd < 0)
        return QStringLiteral("−") + unitPrice(-usd);
    const double shown = roundedToSignificant(usd, 4);
    int decimals = 2;
    while (std::abs(shown * std::pow(10, decimals) - std::round(shown * std::pow(10, decimals)))
           > 1e-6)
        ++decimals; // stops at the fourth significant digit, where `shown` was rounded
    return QLocale().toCurrencyString(shown, QStringLiteral("$"), decimals);
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

namespace {

// A number of a core message ("-5000", "1e+300", "0.001") in the user's locale: "−5,000".
QString localNumber(const QString &plain)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(plain, &ok);
    if (!ok || !std::isfinite(value))
        return plain;
    const bool whole = value == std::round(value) && std::abs(value) < 1e15;
    const QString digits = whole ? QLocale().toString(qlonglong(std::abs(value)))
                                 : QLocale().toString(std::abs(value), 'g', 15);
    return value < 0 ? QStringLiteral("−") + digits : digits;
}

// text with each match of pattern replaced by what replacement makes of it.
QString replaced(const QString &text, const QRegularExpression &pattern,
                 const std::function<QString(const QRegularExpressionMatch &)> &replacement)
{
    QString result;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text)) {
        result += text.mid(last, m.capturedStart() - last) + replacement(m);
        last = m.capturedEnd();
    }
    return result + text.mid(last);
}

} // namespace

QString forPeople(const QString &message)
{
    // outOfRangeMessage's shape: "KEY: LABEL must be REQUIREMENT (got VALUE)".
    static const QRegularExpression outOfRange(QStringLiteral(
        R"((?:\b[a-z_]+(?:\.[a-z_]+|\[\d+\])+: )?([^:;\n]+ must be )([^;\n]+) \(got ([^()\s]+)\))"));
    static const QRegularExpression plainNumber(
        QStringLiteral(R"((?<![\w.])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)"));
    const auto local = [](const QRegularExpressionMatch &m) {
        return localNumber(m.captured());
    };
    return replaced(message, outOfRange, [&](const QRegularExpressionMatch &m) {
        return m.captured(1) + replaced(m.captured(2), plainNumber, local)
            + QObject::tr(" (you entered %1)").arg(localNumber(m.captured(3)));
    });
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
