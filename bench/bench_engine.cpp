// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Times one full evaluation (summary, every curve at 400 points, the hybrid search) of each
// example scenario and the default one. Prints the median and 95th percentile over all runs.
#include "benchstats.h"
#include "costengine.h"
#include "scenariofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

using namespace planner;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<Scenario> scenarios {defaultScenario()};
    const QDir examples(QStringLiteral(PLANNER_EXAMPLES_DIR));
    for (const QString &file : examples.entryList({QStringLiteral("*.json")}))
        scenarios << *loadScenarioFile(examples.filePath(file));

    constexpr int RunsPerScenario = 400;
    QTextStream out(stdout);
    std::vector<double> all;
    double checksum = 0;
    for (const Scenario &scenario : scenarios) {
        std::vector<double> times;
        for (int i = 0; i < RunsPerScenario; ++i) {
            QElapsedTimer timer;
            timer.start();
            const Evaluation e = evaluate(scenario);
            times.push_back(timer.nsecsElapsed() / 1e6);
            checksum += e.summary.hybridUsdPerMonth + e.costVsVolume.selfhost.size();
        }
        out << qSetFieldWidth(40) << Qt::left << scenario.name << qSetFieldWidth(0)
            << " median=" << percentile(times, 50) << " ms p95=" << percentile(times, 95)
            << " ms\n";
        all.insert(all.end(), times.begin(), times.end());
    }
    out << "(checksum " << checksum << ")\n";
    out << "engine_eval_ms median=" << percentile(all, 50) << " p95=" << percentile(all, 95)
        << '\n';
    return 0;
}
