// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Times the Monte Carlo of cost model section 6: 10,000 samples of the default scenario (its
// hourly "diurnal" week profile) with ranges on five inputs, each sample a full evaluation of
// the summary, on every core. Prints the median and 95th percentile over the runs; the last line
// is `montecarlo_ms median=M p95=P`.
#include "benchstats.h"
#include "scenario.h"
#include "uncertainty.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

using namespace planner;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Scenario s = defaultScenario();
    const auto range = [&](const char *key, double low, double mode, double high) {
        s.ranges.insert(QString::fromLatin1(key), {low * mode, mode, high * mode});
    };
    range("gpu_hourly_usd", 0.7, s.gpuHourlyUsd, 1.6);
    range("volume_mtok_per_month", 0.5, s.volumeMtokPerMonth, 2.0);
    range("mixed_tok_per_s", 0.6, s.mixedTokPerS, 1.3);
    range("output_fraction", 0.8, s.outputFraction, 1.2);
    s.ranges.insert(QStringLiteral("spare_replicas"), {0, s.spareReplicas, 2});

    constexpr int Samples = 10000;
    constexpr int Runs = 15;
    QTextStream out(stdout);
    out << "scenario: default, hourly profile \"" << s.profile.presetName << "\", "
        << s.ranges.size() << " ranges, " << Samples << " samples, " << QThread::idealThreadCount()
        << " threads\n";
    std::vector<double> times;
    double checksum = 0;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const UncertaintyResult result = runMonteCarlo(s, Samples, quint64(s.seed));
        times.push_back(timer.nsecsElapsed() / 1e6);
        checksum += result.savingsP50;
    }
    out << "(p50 savings " << checksum / Runs << " USD per month)\n";
    out << "montecarlo_ms median=" << percentile(times, 50) << " p95=" << percentile(times, 95)
        << '\n';
    return 0;
}
