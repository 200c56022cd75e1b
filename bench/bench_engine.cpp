// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Times one full evaluation (summary, every curve at 400 points, the hybrid search) of each
// example scenario and the default one. Prints the median and 95th percentile over all runs.
// Then times the plan of eight workloads on one fleet (every subset, self-hosted and as the
// hybrid, batch work in the valleys): portfolio_ms.
#include "benchstats.h"
#include "costengine.h"
#include "portfolio.h"
#include "scenariofile.h"
#include "trafficprofiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

using namespace planner;

namespace {

// Eight workloads of different sizes, mixes, shapes and APIs on the default fleet.
Scenario eightWorkloads()
{
    Scenario s = defaultScenario();
    s.batchFillsValleys = true;
    const QStringList presets = trafficPresetNames();
    for (int w = 0; w < MaxWorkloads; ++w) {
        Workload workload {QStringLiteral("workload %1").arg(w), 2000.0 * (w + 1), 0.05 + 0.1 * w,
                           *trafficPreset(presets[w % presets.size()])};
        workload.apiOverrides.insert(QStringLiteral("output_usd_per_mtok"), 0.5 + 0.4 * w);
        workload.apiOverrides.insert(QStringLiteral("batch_fraction"), (w % 3) * 0.3);
        s.workloads.append(workload);
    }
    return s;
}

void benchPortfolio(QTextStream &out)
{
    const Scenario scenario = eightWorkloads();
    constexpr int Runs = 50;
    std::vector<double> times;
    double checksum = 0;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Portfolio plan = planPortfolio(scenario);
        times.push_back(timer.nsecsElapsed() / 1e6);
        checksum += plan.planUsdPerMonth;
    }
    out << "(portfolio checksum " << checksum << ")\n";
    out << "portfolio_ms median=" << percentile(times, 50) << " p95=" << percentile(times, 95)
        << " (8 workloads, 255 subsets, self-hosted and hybrid)\n";
}

} // namespace

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
    benchPortfolio(out);
    return 0;
}
