// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Drives the volume slider of the real main window (1280x800) through 200 positions and times
// each step from the value change to every visible chart repainted. Run offscreen:
//   QT_QPA_PLATFORM=offscreen build/bench/bench_redraw
#include "benchstats.h"
#include "charts/costvolumechart.h"
#include "fieldeditor.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "windowlauncher.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>

#include <sys/resource.h>

using namespace planner;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QSlider *volume = window.inputs()->editor("volume_mtok_per_month")->slider();
    QTextStream out(stdout);

    constexpr int Steps = 200;
    std::vector<double> all;
    // Once with each chart tab showing under the main chart: each is a window people look at.
    for (int tab = 0; tab < window.chartTabs()->count(); ++tab) {
        window.chartTabs()->setCurrentIndex(tab);
        std::vector<double> times;
        volume->setSliderDown(true);
        for (int i = 0; i < Steps; ++i) {
            const int position
                = volume->minimum() + (volume->maximum() - volume->minimum()) * i / (Steps - 1);
            QElapsedTimer timer;
            timer.start();
            volume->setValue(position);
            // Delivers the update requests: the window (every visible chart) paints once.
            QApplication::processEvents();
            times.push_back(timer.nsecsElapsed() / 1e6);
        }
        volume->setSliderDown(false);
        out << "with tab \"" << window.chartTabs()->tabText(tab).remove(u'&')
            << "\": median=" << percentile(times, 50) << " ms p95=" << percentile(times, 95)
            << " ms\n";
        all.insert(all.end(), times.begin(), times.end());
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << "max_rss_mb=" << usage.ru_maxrss / 1024 << " (every chart shown)\n";
    out << "redraw_ms median=" << percentile(all, 50) << " p95=" << percentile(all, 95) << '\n';
    return 0;
}
