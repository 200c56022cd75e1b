// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Writes a request log of 10 million rows (four weeks of per-request rows with ISO 8601
// timestamps and input and output tokens) and times importing it three times. Prints the
// file's size, the peak memory after a 1-million-row log and after the 10-million-row one (a
// streaming import keeps them equal), and the median rate as its last line.
#include "benchstats.h"
#include "trafficimport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryFile>
#include <QTextStream>

#include <sys/resource.h>

using namespace planner;

namespace {

bool writeLog(QFile &file, qint64 rows)
{
    constexpr qint64 Seconds = 28 * 24 * 3600;
    QByteArray chunk = "timestamp,input_tokens,output_tokens\n";
    char line[64];
    for (qint64 row = 0; row < rows; ++row) {
        const qint64 second = row * Seconds / rows;
        const int day = int(second / 86400);
        const int hour = int(second / 3600 % 24);
        const int minute = int(second / 60 % 60);
        const int length = std::snprintf(
            line, sizeof line, "2026-11-%02dT%02d:%02d:%02d.%03dZ,%d,%d\n", 2 + day, hour, minute,
            int(second % 60), int(row % 1000), int(200 + row % 3000), int(50 + row % 700));
        chunk.append(line, length);
        if (chunk.size() > 1 << 22) {
            if (file.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size() && file.flush();
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    for (const qint64 rows : {qint64(1'000'000), qint64(10'000'000)}) {
        QTemporaryFile log;
        if (!log.open() || !writeLog(log, rows)) {
            out << "cannot write the log: " << log.errorString() << Qt::endl;
            return 1;
        }
        std::vector<double> rates;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto traffic = loadTrafficCsv(log.fileName());
            const double seconds = timer.nsecsElapsed() / 1e9;
            if (!traffic.ok() || traffic->records != rows) {
                out << "import failed: " << traffic.errorMessage() << Qt::endl;
                return 1;
            }
            rates.push_back(rows / seconds);
        }
        out << "rows=" << rows << " file_mb=" << log.size() / 1e6
            << " median_rows_per_s=" << qint64(percentile(rates, 50))
            << " peak_rss_mb=" << peakRssMb() << Qt::endl;
        if (rows == 10'000'000)
            out << "import_rows_per_s=" << qint64(percentile(rates, 50)) << Qt::endl;
    }
    return 0;
}
