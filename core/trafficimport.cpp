// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficimport.h"

#include <QFile>
#include <QTimeZone>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <span>
#include <string_view>

namespace planner {
namespace {

constexpr qint64 ChunkBytes = 4 * 1024 * 1024;
constexpr qint64 MaxLineBytes = 1024 * 1024;
constexpr double MaxTokensPerRow = 1e12;
constexpr qint64 MinHoursCovered = 24;
constexpr double MaxVolumeMtokPerMonth = 1e9; // the scenario's own ceiling
constexpr qint64 SecondsPerHour = 3600;
// 1970-01-01, hour 0 of the Unix epoch, was a Thursday: 72 hours after Monday 00:00.
constexpr qint64 EpochHourOfWeek = 72;
// Year 10000 in Unix seconds: later "timestamps" are not times but misread columns.
constexpr double MaxUnixSeconds = 253402300800.0;

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

// A line without its carriage return. Tabs and spaces stay: in a tab-separated file a leading
// tab is an empty first field.
std::string_view withoutLineEnd(std::string_view line)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
}

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// Splits one CSV line into its first fields.size() fields; a field in double quotes loses them.
// Returns how many fields the line has, up to fields.size().
size_t splitFields(std::string_view line, char delimiter, std::span<std::string_view> fields)
{
    size_t count = 0;
    size_t position = 0;
    while (count < fields.size()) {
        std::string_view field;
        size_t next;
        while (position < line.size() && line[position] == ' ')
            ++position;
        if (position < line.size() && line[position] == '"') {
            const size_t close = line.find('"', position + 1);
            if (close == std::string_view::npos) {
                field = line.substr(position + 1);
                next = std::string_view::npos;
            } else {
                field = line.substr(position + 1, close - position - 1);
                next = line.find(delimiter, close);
            }
        } else {
            next = line.find(delimiter, position);
            field = line.substr(position, next == std::string_view::npos ? next : next - position);
        }
        fields[count++] = trimmed(field);
        if (next == std::string_view::npos)
            break;
        position = next + 1;
    }
    return count;
}

// Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse used by
// every calendar library: shift the year to start in March so leap days come last).
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = static_cast<unsigned>(year - era * 400);
    const unsigned dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + static_cast<qint64>(dayOfEra) - 719468;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

// Reads exactly `width` digits at text[position] into value.
bool digits(std::string_view text, size_t position, size_t width, int &value)
{
    if (position + width > text.size())
        return false;
    value = 0;
    for (size_t i = position; i < position + width; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

// An ISO 8601 date-time (calendar date, optional time to the second or finer, optional Z or
// +hh:mm / +hhmm / +hh offset; UTC when there is none) as seconds since the Unix epoch.
std::optional<qint64> parseIso8601(std::string_view text)
{
    int year, month, day;
    if (!digits(text, 0, 4, year) || text.size() < 10 || text[4] != '-' || text[7] != '-'
        || !digits(text, 5, 2, month) || !digits(text, 8, 2, day) || month < 1 || month > 12
        || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    qint64 seconds = daysFromCivil(year, month, day) * 86400;
    size_t position = 10;
    if (position < text.size()
        && (text[position] == 'T' || text[position] == 't' || text[position] == ' ')) {
        int hour, minute, second = 0;
        if (!digits(text, position + 1, 2, hour) || text.size() < position + 6
            || text[position + 3] != ':' || !digits(text, position + 4, 2, minute) || hour > 23
            || minute > 59)
            return std::nullopt;
        position += 6;
        if (position < text.size() && text[position] == ':') {
            if (!digits(text, position + 1, 2, second) || second > 60)
                return std::nullopt;
            position += 3;
            if (position < text.size() && (text[position] == '.' || text[position] == ',')) {
                ++position;
                const size_t fractionStart = position;
                while (position < text.size() && text[position] >= '0' && text[position] <= '9')
                    ++position;
                if (position == fractionStart)
                    return std::nullopt;
            }
        }
        seconds += hour * 3600 + minute * 60 + second;
    }
    if (position == text.size())
        return seconds;
    if ((text[position] == 'Z' || text[position] == 'z') && position + 1 == text.size())
        return seconds;
    if (text[position] != '+' && text[position] != '-')
        return std::nullopt;
    const int sign = text[position] == '+' ? 1 : -1;
    int offsetHours, offsetMinutes = 0;
    if (!digits(text, position + 1, 2, offsetHours) || offsetHours > 23)
        return std::nullopt;
    position += 3;
    if (position < text.size() && text[position] == ':')
        ++position;
    if (position < text.size()
        && (!digits(text, position, 2, offsetMinutes) || offsetMinutes > 59
            || position + 2 != text.size()))
        return std::nullopt;
    return seconds - sign * (offsetHours * 3600 + offsetMinutes * 60);
}

std::optional<double> parseNumber(std::string_view text)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (status != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

QString quoted(std::string_view text)
{
    constexpr size_t Shown = 40;
    QString shown = QString::fromUtf8(text.data(), qsizetype(std::min(text.size(), Shown)));
    if (text.size() > Shown)
        shown += QStringLiteral("…");
    return QStringLiteral("'%1'").arg(shown);
}

struct Columns
{
    char delimiter = ',';
    size_t timestamp = 0;
    std::optional<size_t> tokens;
    std::optional<size_t> inputTokens;
    std::optional<size_t> outputTokens;
    size_t needed = 0; // fields a row must have to reach every column used
};

Outcome<Columns> readHeader(std::string_view line)
{
    if (line.substr(0, 3) == "\xEF\xBB\xBF")
        line.remove_prefix(3);
    Columns columns;
    if (line.find(',') == std::string_view::npos)
        columns.delimiter = line.find('\t') != std::string_view::npos ? '\t' : ';';
    std::array<std::string_view, 256> names;
    const size_t count = splitFields(line, columns.delimiter, names);
    std::optional<size_t> timestamp;
    for (size_t i = 0; i < count; ++i) {
        const QString name
            = QString::fromUtf8(names[i].data(), qsizetype(names[i].size())).toLower();
        if (name == u"timestamp" && !timestamp)
            timestamp = i;
        else if (name == u"tokens" && !columns.tokens)
            columns.tokens = i;
        else if (name == u"input_tokens" && !columns.inputTokens)
            columns.inputTokens = i;
        else if (name == u"output_tokens" && !columns.outputTokens)
            columns.outputTokens = i;
    }
    const bool split = columns.inputTokens && columns.outputTokens;
    if (!timestamp || (!split && !columns.tokens))
        return failure(QStringLiteral(
            "the first line must be a header naming a timestamp column and either a tokens "
            "column or input_tokens and output_tokens columns"));
    columns.timestamp = *timestamp;
    if (split) {
        columns.tokens.reset();
    } else {
        columns.inputTokens.reset();
        columns.outputTokens.reset();
    }
    columns.needed = 1
        + std::max({columns.timestamp, columns.tokens.value_or(0), columns.inputTokens.value_or(0),
                    columns.outputTokens.value_or(0)});
    return columns;
}

// The running totals of one pass: per hour of the week, and over the whole log.
class TrafficAccumulator
{
public:
    explicit TrafficAccumulator(const Columns &columns)
        : m_columns(columns)
    { }

    void addLine(std::string_view line, qint64 lineNumber)
    {
        if (isBlank(line))
            return;
        line = withoutLineEnd(line);
        std::array<std::string_view, 256> fields;
        const size_t count
            = splitFields(line, m_columns.delimiter, std::span(fields).first(m_columns.needed));
        if (count < m_columns.needed)
            return reject(
                lineNumber,
                QStringLiteral("%1 fields, the header needs %2").arg(count).arg(m_columns.needed));
        const std::optional<qint64> hour = parseHour(fields[m_columns.timestamp]);
        if (!hour)
            return reject(lineNumber,
                          QStringLiteral("timestamp %1 is neither ISO 8601 nor Unix "
                                         "seconds")
                              .arg(quoted(fields[m_columns.timestamp])));
        double input = 0, output = 0;
        if (m_columns.tokens) {
            if (!readTokens(fields[*m_columns.tokens], "tokens", input, lineNumber))
                return;
        } else if (!readTokens(fields[*m_columns.inputTokens], "input_tokens", input, lineNumber)
                   || !readTokens(fields[*m_columns.outputTokens], "output_tokens", output,
                                  lineNumber)) {
            return;
        }
        addRecord(*hour, input, output);
    }

    Outcome<TrafficSummary> finish()
    {
        if (m_summary.records == 0)
            return failure(m_summary.badRows == 0
                               ? QStringLiteral("no rows after the header")
                               : QStringLiteral("none of its %1 rows could be read; line %2: %3")
                                     .arg(m_summary.badRows)
                                     .arg(m_summary.firstBadLine)
                                     .arg(m_summary.firstBadReason));
        m_summary.hoursCovered = m_lastHour - m_firstHour + 1;
        if (m_summary.hoursCovered < MinHoursCovered)
            return failure(QStringLiteral("its records cover %1 hour(s); at least %2 are needed "
                                          "to estimate a month and a week")
                               .arg(m_summary.hoursCovered)
                               .arg(MinHoursCovered));
        m_summary.totalTokens = m_inputTokens + m_outputTokens;
        if (m_summary.totalTokens <= 0)
            return failure(QStringLiteral("its %1 records hold no tokens").arg(m_summary.records));
        m_summary.volumeMtokPerMonth
            = m_summary.totalTokens * HoursPerMonth / double(m_summary.hoursCovered) / 1e6;
        if (m_summary.volumeMtokPerMonth > MaxVolumeMtokPerMonth)
            return failure(QStringLiteral("it amounts to %1 Mtok a month, above the planner's "
                                          "limit of 1e9")
                               .arg(m_summary.volumeMtokPerMonth, 0, 'g', 3));
        if (!m_columns.tokens)
            m_summary.outputFraction = m_outputTokens / m_summary.totalTokens;
        m_summary.firstHour
            = QDateTime::fromSecsSinceEpoch(m_firstHour * SecondsPerHour, QTimeZone::utc());
        m_summary.lastHour
            = QDateTime::fromSecsSinceEpoch(m_lastHour * SecondsPerHour, QTimeZone::utc());
        m_summary.weights = meanWeekWeights();
        return m_summary;
    }

private:
    static std::optional<qint64> parseHour(std::string_view text)
    {
        if (text.size() >= 10 && text[4] == '-') {
            const std::optional<qint64> seconds = parseIso8601(text);
            if (!seconds)
                return std::nullopt;
            return *seconds >= 0 ? *seconds / SecondsPerHour
                                 : (*seconds - SecondsPerHour + 1) / SecondsPerHour;
        }
        const std::optional<double> seconds = parseNumber(text);
        if (!seconds || !(*seconds >= 0) || *seconds >= MaxUnixSeconds)
            return std::nullopt;
        return static_cast<qint64>(*seconds) / SecondsPerHour;
    }

    bool readTokens(std::string_view text, const char *column, double &value, qint64 lineNumber)
    {
        const std::optional<double> number = parseNumber(text);
        if (!number || !std::isfinite(*number)) {
            reject(lineNumber, QStringLiteral("%1 %2 is not a number").arg(column, quoted(text)));
            return false;
        }
        if (*number < 0 || *number > MaxTokensPerRow) {
            reject(lineNumber,
                   QStringLiteral("%1 %2 is out of range (0..1e12)").arg(column, quoted(text)));
            return false;
        }
        value = *number;
        return true;
    }

    void reject(qint64 lineNumber, const QString &reason)
    {
        if (m_summary.badRows++ == 0) {
            m_summary.firstBadLine = lineNumber;
            m_summary.firstBadReason = reason;
        }
    }

    void addRecord(qint64 hour, double input, double output)
    {
        if (m_summary.records == 0) {
            m_firstHour = m_lastHour = m_previousHour = hour;
        } else {
            if (hour < m_previousHour)
                ++m_summary.outOfOrderRows;
            m_firstHour = std::min(m_firstHour, hour);
            m_lastHour = std::max(m_lastHour, hour);
            m_previousHour = hour;
        }
        ++m_summary.records;
        m_inputTokens += input;
        m_outputTokens += output;
        m_tokensByHourOfWeek[hourOfWeek(hour)] += input + output;
    }

    static int hourOfWeek(qint64 epochHour)
    {
        const qint64 shifted = (epochHour + EpochHourOfWeek) % HoursPerWeek;
        return int(shifted < 0 ? shifted + HoursPerWeek : shifted);
    }

    // Mean tokens per covered hour for each hour of the week, scaled so the busiest is 1. An
    // hour of the week that a log shorter than a week never covers takes the mean of the rest.
    WeekWeights meanWeekWeights() const
    {
        const qint64 fullWeeks = m_summary.hoursCovered / HoursPerWeek;
        const qint64 extraHours = m_summary.hoursCovered % HoursPerWeek;
        const int start = hourOfWeek(m_firstHour);
        WeekWeights weights {};
        double coveredSum = 0;
        int coveredCount = 0;
        for (int offset = 0; offset < HoursPerWeek; ++offset) {
            const int hour = (start + offset) % HoursPerWeek;
            const qint64 covered = fullWeeks + (offset < extraHours ? 1 : 0);
            if (covered == 0) {
                weights[hour] = -1;
                continue;
            }
            weights[hour] = m_tokensByHourOfWeek[hour] / double(covered);
            coveredSum += weights[hour];
            ++coveredCount;
        }
        for (double &weight : weights) {
            if (weight < 0)
                weight = coveredSum / coveredCount;
        }
        const double busiest = *std::max_element(weights.begin(), weights.end());
        for (double &weight : weights)
            weight /= busiest;
        return weights;
    }

    Columns m_columns;
    TrafficSummary m_summary;
    double m_inputTokens = 0;
    double m_outputTokens = 0;
    qint64 m_firstHour = 0;
    qint64 m_lastHour = 0;
    qint64 m_previousHour = 0;
    std::array<double, HoursPerWeek> m_tokensByHourOfWeek {};
};

} // namespace

Outcome<TrafficSummary> importTrafficCsv(QIODevice &device, const ImportProgress &progress)
{
    const qint64 total = device.isSequential() ? 0 : device.size();
    QByteArray buffer(ChunkBytes + MaxLineBytes, Qt::Uninitialized);
    qint64 carried = 0; // bytes of an unfinished line kept at the buffer's start
    qint64 bytesRead = 0;
    qint64 lineNumber = 0;
    std::optional<Columns> columns;
    std::optional<TrafficAccumulator> accumulator;

    auto handleLine = [&](std::string_view line) -> Outcome<> {
        ++lineNumber;
        if (columns) {
            accumulator->addLine(line, lineNumber);
            return {};
        }
        if (isBlank(line))
            return {};
        const Outcome<Columns> header = readHeader(withoutLineEnd(line));
        if (!header.ok())
            return header.failed();
        columns = header.value;
        accumulator.emplace(*columns);
        return {};
    };

    for (;;) {
        const qint64 got = device.read(buffer.data() + carried, ChunkBytes);
        if (got < 0)
            return failure(QStringLiteral("cannot read: %1").arg(device.errorString()));
        bytesRead += got;
        const bool atEnd = got == 0;
        const char *data = buffer.constData();
        const qint64 filled = carried + got;
        qint64 lineStart = 0;
        while (const void *newline = std::memchr(data + lineStart, '\n', filled - lineStart)) {
            const qint64 lineEnd = static_cast<const char *>(newline) - data;
            const Outcome<> handled
                = handleLine(std::string_view(data + lineStart, lineEnd - lineStart));
            if (!handled.ok())
                return handled.failed();
            lineStart = lineEnd + 1;
        }
        carried = filled - lineStart;
        if (atEnd) {
            if (carried > 0) {
                const Outcome<> handled = handleLine(std::string_view(data + lineStart, carried));
                if (!handled.ok())
                    return handled.failed();
            }
            break;
        }
        if (carried > MaxLineBytes)
            return failure(QStringLiteral("line %1 is longer than 1 MiB: not a request log")
                               .arg(lineNumber + 1));
        std::memmove(buffer.data(), data + lineStart, carried);
        if (progress && !progress(bytesRead, total))
            return failure(QStringLiteral("import cancelled"));
    }
    if (!columns)
        return failure(QStringLiteral("the file is empty"));
    return accumulator->finish();
}

Outcome<TrafficSummary> loadTrafficCsv(const QString &path, const ImportProgress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return failure(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    Outcome<TrafficSummary> traffic = importTrafficCsv(file, progress);
    if (!traffic.ok())
        return failure(path + QStringLiteral(": ") + traffic.errorMessage());
    return traffic;
}

void applyTraffic(Scenario &scenario, const TrafficSummary &traffic)
{
    scenario.volumeMtokPerMonth = traffic.volumeMtokPerMonth;
    scenario.ranges.remove(QStringLiteral("volume_mtok_per_month"));
    scenario.profile = TrafficProfile {QString(), traffic.weights};
    if (traffic.outputFraction) {
        scenario.outputFraction = *traffic.outputFraction;
        scenario.ranges.remove(QStringLiteral("output_fraction"));
    }
}

QStringList trafficNotes(const TrafficSummary &traffic)
{
    QStringList notes;
    if (traffic.badRows > 0)
        notes << QStringLiteral("%1 row(s) could not be read and were skipped; the first is line "
                                "%2: %3")
                     .arg(traffic.badRows)
                     .arg(traffic.firstBadLine)
                     .arg(traffic.firstBadReason);
    if (traffic.outOfOrderRows > 0)
        notes << QStringLiteral("%1 row(s) are earlier than the row before them; the log is "
                                "taken to run from its earliest to its latest record")
                     .arg(traffic.outOfOrderRows);
    if (traffic.hoursCovered < HoursPerWeek)
        notes << QStringLiteral("the log covers %1 hours, less than a week: the hours of the week "
                                "it does not cover are set to the mean of those it does")
                     .arg(traffic.hoursCovered);
    return notes;
}

} // namespace planner
