// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficimport.h"

#include <QBuffer>
#include <QTemporaryFile>
#include <QTest>

using namespace planner;

namespace {

Outcome<TrafficSummary> importText(const QByteArray &text, const ImportProgress &progress = {})
{
    QByteArray data = text;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return importTrafficCsv(buffer, progress);
}

// A day of hourly buckets from Monday 2026-11-02 00:00 UTC, `tokens` in each.
QByteArray dayOfBuckets(const QByteArray &tokens)
{
    QByteArray text = "timestamp,tokens\n";
    for (int hour = 0; hour < 24; ++hour)
        text += QByteArray("2026-11-02T") + QByteArray::number(hour).rightJustified(2, '0')
            + ":00:00Z," + tokens + '\n';
    return text;
}

} // namespace

class TestTrafficImport : public QObject
{
    Q_OBJECT

private slots:
    // tests/data/traffic-two-weeks.csv: hourly buckets from Monday 2026-11-02 00:00Z to Sunday
    // 2026-11-15 23:59:59Z, nothing from Wednesday to Sunday of the first week, offsets +01:00,
    // +03:00 and none (UTC).
    //   00:00Z Mon          3000 + 1000 = 4000   hour of week 0
    //   10:30+01 = 09:30Z   6000 + 2000 = 8000   hour 9
    //   09:59:59Z           1500 +  500 = 2000   hour 9
    //   Tue 12:00 (UTC)     2000 + 2000 = 4000   hour 24 + 12 = 36
    //   Mon 09 01:30+03 = Sun 08 22:30Z  900 + 100 = 1000   hour 6*24 + 22 = 166
    //   Mon 09 09:00Z      12000 + 4000 = 16000  hour 9
    //   Tue 10 12:45:00.250Z 1000 + 1000 = 2000  hour 36
    //   Sun 15 23:59:59Z     800 +  200 = 1000   hour 167
    // input 27200, output 10800, total 38000; output fraction 10800 / 38000 = 0.28421052...
    // hours covered: 14 days x 24 = 336, so every hour of the week is covered twice.
    // volume = 38000 x 730 / 336 / 1e6 = 0.08255952... Mtok a month.
    // means: hour 9 = 26000 / 2 = 13000 (the busiest), hour 0 = 2000, hour 36 = 3000,
    // hours 166 and 167 = 500; weights = mean / 13000.
    void twoWeeksWithGapAndOffsetsGiveVolumeMixAndWeek()
    {
        const auto traffic
            = loadTrafficCsv(QStringLiteral(PLANNER_TEST_DATA_DIR "/traffic-two-weeks.csv"));
        QVERIFY2(traffic.ok(), qPrintable(traffic.errorMessage()));
        QCOMPARE(traffic->records, 8);
        QCOMPARE(traffic->badRows, 0);
        QCOMPARE(traffic->outOfOrderRows, 0);
        QCOMPARE(traffic->totalTokens, 38000.0);
        QVERIFY(traffic->outputFraction);
        QVERIFY(qFuzzyCompare(*traffic->outputFraction, 10800.0 / 38000.0));
        QCOMPARE(traffic->hoursCovered, 336);
        QVERIFY(qFuzzyCompare(traffic->volumeMtokPerMonth, 0.0825595238095238));
        QCOMPARE(traffic->firstHour, QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC));
        QCOMPARE(traffic->lastHour, QDateTime(QDate(2026, 11, 15), QTime(23, 0), Qt::UTC));
        QCOMPARE(traffic->weights[9], 1.0);
        QVERIFY(qFuzzyCompare(traffic->weights[0], 2000.0 / 13000.0));
        QVERIFY(qFuzzyCompare(traffic->weights[36], 3000.0 / 13000.0));
        QVERIFY(qFuzzyCompare(traffic->weights[166], 500.0 / 13000.0));
        QVERIFY(qFuzzyCompare(traffic->weights[167], 500.0 / 13000.0));
        double others = 0;
        for (int hour = 0; hour < HoursPerWeek; ++hour) {
            if (hour != 0 && hour != 9 && hour != 36 && hour != 166 && hour != 167)
                others += traffic->weights[hour];
        }
        QCOMPARE(others, 0.0);
        QVERIFY(trafficNotes(*traffic).isEmpty());
    }

    // tests/data/traffic-requests.csv: one row per request, CRLF, Unix seconds, a `tokens`
    // column among others, a quoted field holding the delimiter. 1793577600 is Monday
    // 2026-11-02 00:00Z.
    //   line 2  +60 s        500 tokens  hour 0
    //   line 3  +1800.5 s    700         hour 0
    //   line 4  +3600 s      300         hour 1
    //   line 5  "oops"                   bad timestamp (the first bad row)
    //   line 6  tokens "abc"             bad tokens
    //   line 7  +107999 s   1500         hour 29 (Tuesday 05:00)
    // 3000 tokens over hours 0..29 = 30 hours: volume = 3000 x 730 / 30 / 1e6 = 0.073 Mtok.
    // Hours 0, 1, 29 hold 1200, 300, 1500; hours 2..28 none; hours 30..167 are not covered and
    // take the mean of the covered ones, 3000 / 30 = 100. Scaled by 1500: 0.8, 0.2, 1, 0, 1/15.
    void perRequestLogCountsBadRowsAndFillsUncoveredHours()
    {
        const auto traffic
            = loadTrafficCsv(QStringLiteral(PLANNER_TEST_DATA_DIR "/traffic-requests.csv"));
        QVERIFY2(traffic.ok(), qPrintable(traffic.errorMessage()));
        QCOMPARE(traffic->records, 4);
        QCOMPARE(traffic->badRows, 2);
        QCOMPARE(traffic->firstBadLine, 5);
        QVERIFY2(traffic->firstBadReason.contains(u"'oops'"), qPrintable(traffic->firstBadReason));
        QVERIFY(!traffic->outputFraction);
        QCOMPARE(traffic->hoursCovered, 30);
        QVERIFY(qFuzzyCompare(traffic->volumeMtokPerMonth, 0.073));
        QVERIFY(qFuzzyCompare(traffic->weights[0], 0.8));
        QVERIFY(qFuzzyCompare(traffic->weights[1], 0.2));
        QCOMPARE(traffic->weights[29], 1.0);
        QCOMPARE(traffic->weights[2], 0.0);
        QCOMPARE(traffic->weights[28], 0.0);
        QVERIFY(qFuzzyCompare(traffic->weights[30], 1.0 / 15));
        QVERIFY(qFuzzyCompare(traffic->weights[167], 1.0 / 15));
        const QStringList notes = trafficNotes(*traffic);
        QCOMPARE(notes.size(), 2);
        QVERIFY(notes[0].contains(u"2 row(s)") && notes[0].contains(u"line 5"));
        QVERIFY(notes[1].contains(u"30 hours"));
    }

    void applyingSetsVolumeShapeAndMixAndDropsTheirRanges()
    {
        TrafficSummary traffic;
        traffic.volumeMtokPerMonth = 1234;
        traffic.outputFraction = 0.3;
        traffic.weights.fill(0.5);
        Scenario scenario = defaultScenario();
        scenario.ranges.insert(QStringLiteral("volume_mtok_per_month"), {1, 2, 3});
        scenario.ranges.insert(QStringLiteral("output_fraction"), {0.1, 0.2, 0.3});
        applyTraffic(scenario, traffic);
        QCOMPARE(scenario.volumeMtokPerMonth, 1234.0);
        QCOMPARE(scenario.outputFraction, 0.3);
        QVERIFY(scenario.profile.presetName.isEmpty());
        QCOMPARE(scenario.profile.weights, traffic.weights);
        QVERIFY(scenario.ranges.isEmpty());
        QVERIFY(validate(scenario).ok());

        const double fraction = scenario.outputFraction;
        traffic.outputFraction.reset();
        applyTraffic(scenario, traffic);
        QCOMPARE(scenario.outputFraction, fraction);
    }

    // Seconds, minutes, fractions, "z", "+hhmm" and "+hh" offsets, a leap day, and a time
    // before the offset takes it into the previous day: each lands in the hour worked out here.
    void isoTimestampFormsLandInTheirUtcHour_data()
    {
        QTest::addColumn<QByteArray>("timestamp");
        QTest::addColumn<int>("hourOfWeek");
        // Monday 2026-11-02 is hour 0 of the week.
        QTest::newRow("minutes only") << QByteArray("2026-11-02T07:59") << 7;
        QTest::newRow("quoted, comma fraction, lower z")
            << QByteArray("\"2026-11-02t07:00:01,5z\"") << 7;
        QTest::newRow("+hhmm") << QByteArray("2026-11-02T09:00:00+0130") << 7;
        QTest::newRow("+hh") << QByteArray("2026-11-02T09:00:00+02") << 7;
        QTest::newRow("negative offset to next day")
            << QByteArray("2026-11-02T20:00:00-08:00") << 24 + 4;
        QTest::newRow("date only") << QByteArray("2026-11-04") << 48;
        // 2028-02-29 is a Tuesday.
        QTest::newRow("leap day") << QByteArray("2028-02-29T03:00:00Z") << 24 + 3;
    }
    void isoTimestampFormsLandInTheirUtcHour()
    {
        QFETCH(QByteArray, timestamp);
        QFETCH(int, hourOfWeek);
        // One row at the timestamp, one a day later so that 25 hours are covered; the first
        // row's hour is then the only one with 100 tokens of its weekday.
        const auto traffic = importText("timestamp,tokens\n" + timestamp + ",100\n" + timestamp
                                        + ",0\n" + "2030-01-01T00:00:00Z,0\n");
        QVERIFY2(traffic.ok(), qPrintable(traffic.errorMessage()));
        QCOMPARE(traffic->badRows, 0);
        QCOMPARE(traffic->weights[hourOfWeek], 1.0);
    }

    void malformedTimestampsAreBadRows_data()
    {
        QTest::addColumn<QByteArray>("timestamp");
        QTest::newRow("month 13") << QByteArray("2026-13-02T00:00:00Z");
        QTest::newRow("30 February") << QByteArray("2026-02-30T00:00:00Z");
        QTest::newRow("29 February of a common year") << QByteArray("2027-02-29");
        QTest::newRow("hour 24") << QByteArray("2026-11-02T24:00:00Z");
        QTest::newRow("offset garbage") << QByteArray("2026-11-02T10:00:00+1x");
        QTest::newRow("trailing text") << QByteArray("2026-11-02T10:00:00Z tomorrow");
        QTest::newRow("milliseconds since epoch") << QByteArray("1793577600000");
        QTest::newRow("negative Unix seconds") << QByteArray("-5");
        QTest::newRow("Unix infinity") << QByteArray("inf");
        QTest::newRow("empty") << QByteArray("");
    }
    void malformedTimestampsAreBadRows()
    {
        QFETCH(QByteArray, timestamp);
        const auto traffic = importText(dayOfBuckets("10") + timestamp + ",10\n");
        QVERIFY2(traffic.ok(), qPrintable(traffic.errorMessage()));
        QCOMPARE(traffic->badRows, 1);
        QCOMPARE(traffic->firstBadLine, 26);
        QCOMPARE(traffic->records, 24);
    }

    void hostileFilesAreRefusedWithAClearMessage_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("blank lines") << QByteArray("\n\r\n  \n") << QStringLiteral("empty");
        QTest::newRow("header only")
            << QByteArray("timestamp,tokens\n") << QStringLiteral("no rows after the header");
        QTest::newRow("wrong columns") << QByteArray("time,count\n2026-11-02,5\n")
                                       << QStringLiteral("header naming a timestamp column");
        QTest::newRow("only input tokens") << QByteArray("timestamp,input_tokens\n2026-11-02,5\n")
                                           << QStringLiteral("input_tokens and output_tokens");
        QTest::newRow("non-numeric tokens")
            << QByteArray("timestamp,tokens\n2026-11-02T00:00Z,many\n2026-11-03T00:00Z,lots\n")
            << QStringLiteral("none of its 2 rows could be read; line 2: tokens 'many' is not a "
                              "number");
        QTest::newRow("one row") << QByteArray("timestamp,tokens\n2026-11-02T00:00Z,500\n")
                                 << QStringLiteral("cover 1 hour(s); at least 24");
        QTest::newRow("no tokens at all") << dayOfBuckets("0") << QStringLiteral("hold no tokens");
        // 100 rows of 1e12 tokens in 24 hours: 1e14 x 730 / 24 / 1e6 = 3.04e9 Mtok a month.
        QByteArray huge = dayOfBuckets("1e12");
        for (int row = 0; row < 76; ++row)
            huge += "2026-11-02T05:00:00Z,1e12\n";
        QTest::newRow("volume beyond the limit") << huge << QStringLiteral("3.04e+09 Mtok");
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 131 + 7) % 256);
        QTest::newRow("binary data") << binary << QStringLiteral("header");
        QTest::newRow("one endless line")
            << QByteArray(3 * 1024 * 1024, 'x') << QStringLiteral("line 1 is longer than 1 MiB");
    }
    void hostileFilesAreRefusedWithAClearMessage()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto refused = importText(text);
        QVERIFY(!refused.ok());
        const QString error = refused.errorMessage();
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    // Found by fuzz_traffic: a quote left open ran past the end of the line.
    void unclosedQuoteIsABadRow()
    {
        const auto traffic
            = importText(dayOfBuckets("10") + "\"2026-11-02T01:00Z,5\n" + "r1,\"llam,300,95\n");
        QVERIFY2(traffic.ok(), qPrintable(traffic.errorMessage()));
        QCOMPARE(traffic->badRows, 2);
        QCOMPARE(traffic->firstBadLine, 26);
        QVERIFY2(traffic->firstBadReason.contains(u"1 fields, the header needs 2"),
                 qPrintable(traffic->firstBadReason));
    }

    void hugeAndNegativeTokenCountsAreBadRows()
    {
        const auto traffic = importText(dayOfBuckets("10") + "2026-11-02T01:00Z,1e300\n"
                                        + "2026-11-02T01:00Z,-4\n" + "2026-11-02T01:00Z,nan\n");
        QVERIFY2(traffic.ok(), qPrintable(traffic.errorMessage()));
        QCOMPARE(traffic->badRows, 3);
        QVERIFY2(traffic->firstBadReason.contains(u"out of range"),
                 qPrintable(traffic->firstBadReason));
        QCOMPARE(traffic->totalTokens, 240.0);
    }

    // Rows out of time order are kept; the log runs from its earliest to its latest record.
    void rowsOutOfOrderAreCountedAndSpanTheEarliestToTheLatest()
    {
        const auto traffic = importText("timestamp,tokens\n2026-11-03T00:00Z,10\n"
                                        "2026-11-02T00:00Z,10\n2026-11-04T23:00Z,10\n"
                                        "2026-11-02T12:00Z,10\n");
        QVERIFY2(traffic.ok(), qPrintable(traffic.errorMessage()));
        QCOMPARE(traffic->outOfOrderRows, 2);
        QCOMPARE(traffic->hoursCovered, 72);
        QVERIFY(trafficNotes(*traffic).join(u' ').contains(u"2 row(s) are earlier"));
    }

    // Found by an independent check: trimming the line took a leading tab, the empty first field
    // of a tab-separated row, and shifted every column left.
    void emptyFirstFieldOfATabSeparatedRowKeepsItsColumns()
    {
        QByteArray text = "note\ttimestamp\ttokens\n";
        for (int hour = 0; hour < 24; ++hour)
            text += "x\t2026-11-02T" + QByteArray::number(hour).rightJustified(2, '0')
                + ":00:00Z\t10\n";
        text += "\t2026-11-02T05:00:00Z\t100\n";
        const auto traffic = importText(text);
        QVERIFY2(traffic.ok(), qPrintable(traffic.errorMessage()));
        QCOMPARE(traffic->badRows, 0);
        QCOMPARE(traffic->records, 25);
        QCOMPARE(traffic->totalTokens, 340.0);
        QCOMPARE(traffic->hoursCovered, 24);
    }

    void semicolonAndTabSeparatedHeadersAreRecognised()
    {
        QByteArray semicolons = dayOfBuckets("3");
        semicolons.replace(',', ';');
        const auto fromSemicolons = importText(semicolons);
        QVERIFY2(fromSemicolons.ok(), qPrintable(fromSemicolons.errorMessage()));
        QByteArray tabs = "\xEF\xBB\xBF" + dayOfBuckets("3");
        tabs.replace(',', '\t');
        const auto traffic = importText(tabs);
        QVERIFY2(traffic.ok(), qPrintable(traffic.errorMessage()));
        QCOMPARE(traffic->totalTokens, 72.0);
    }

    void progressReachesTheEndAndCanCancel()
    {
        QByteArray text = "timestamp,tokens\n";
        while (text.size() < 10 * 1024 * 1024)
            text += "2026-11-02T00:00:00Z,1\n2026-11-03T12:00:00Z,1\n";
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(text);
        file.close();

        qint64 lastRead = 0;
        qint64 lastTotal = 0;
        QVERIFY(loadTrafficCsv(file.fileName(), [&](qint64 read, qint64 total) {
                    lastRead = read;
                    lastTotal = total;
                    return true;
                }).ok());
        QCOMPARE(lastTotal, text.size());
        QCOMPARE(lastRead, text.size());

        int calls = 0;
        const auto cancelled
            = loadTrafficCsv(file.fileName(), [&](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!cancelled.ok());
        QVERIFY2(cancelled.errorMessage().endsWith(u"import cancelled"),
                 qPrintable(cancelled.errorMessage()));
        QCOMPARE(calls, 2);
    }

    void missingFileNamesThePath()
    {
        const auto refused = loadTrafficCsv(QStringLiteral("/nonexistent/log.csv"));
        QVERIFY(!refused.ok());
        const QString error = refused.errorMessage();
        QVERIFY2(error.contains(u"/nonexistent/log.csv"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTrafficImport)
#include "tst_trafficimport.moc"
