// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Times the full PDF report of each example scenario (and the default), end to end: evaluation,
// charts, layout and writing the file. Run offscreen:
//   QT_QPA_PLATFORM=offscreen build/bench/bench_report
#include "benchstats.h"
#include "report/reportwriter.h"
#include "scenariofile.h"
#include "windowlauncher.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace planner;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QList<Scenario> scenarios {defaultScenario()};
    const QDir examples(QStringLiteral(PLANNER_EXAMPLES_DIR));
    for (const QString &file : examples.entryList({QStringLiteral("*.json")}))
        scenarios << *loadScenarioFile(examples.filePath(file));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QTextStream out(stdout);
    constexpr int Runs = 10;
    std::vector<double> all;
    for (const Scenario &scenario : scenarios) {
        std::vector<double> times;
        for (int i = 0; i < Runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            QString error;
            if (!exportReportPdf({scenario}, path, QPageSize(QPageSize::A4), &error)) {
                out << error << '\n';
                return 1;
            }
            times.push_back(timer.nsecsElapsed() / 1e6);
        }
        out << qSetFieldWidth(40) << Qt::left << scenario.name << qSetFieldWidth(0)
            << " median=" << percentile(times, 50) << " ms\n";
        all.insert(all.end(), times.begin(), times.end());
    }
    out << "report_ms median=" << percentile(all, 50) << " p95=" << percentile(all, 95) << '\n';
    return 0;
}
