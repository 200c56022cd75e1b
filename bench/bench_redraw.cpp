// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Drives the volume slider of the real main window (1280x800) through 200 positions and times
// each step from the value change to every visible chart repainted. Machines differ, so it first
// times a bare Qt Charts view (2 line series x 100 points, 1280x800) the same way, in the same
// process, and prints each figure's ratio to that baseline. Run offscreen:
//   QT_QPA_PLATFORM=offscreen build/bench/bench_redraw
#include "benchstats.h"
#include "charts/costvolumechart.h"
#include "fieldeditor.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "windowlauncher.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QSlider>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>

#include <sys/resource.h>

using namespace planner;

namespace {

constexpr int Steps = 200;

// The median frame of a bare chart: both series replaced, then the view painted once.
double baselineMedian()
{
    QChartView view;
    view.chart()->setAnimationOptions(QChart::NoAnimation);
    view.setRenderHint(QPainter::Antialiasing, true);
    QList<QLineSeries *> series {new QLineSeries, new QLineSeries};
    for (QLineSeries *s : series)
        view.chart()->addSeries(s);
    view.chart()->createDefaultAxes();
    view.resize(1280, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return NAN;
    std::vector<double> times;
    for (int i = 0; i < Steps; ++i) {
        QElapsedTimer timer;
        timer.start();
        for (int k = 0; k < series.size(); ++k) {
            QList<QPointF> points;
            for (int x = 0; x < 100; ++x)
                points.append({double(x), (k + 1) * std::sin((x + i) * 0.1)});
            series[k]->replace(points);
        }
        QApplication::processEvents();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    return percentile(times, 50);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTextStream out(stdout);
    const double baseline = baselineMedian();
    out << "baseline_ms median=" << baseline << " (bare chart: 2 line series x 100 points)\n";
    const auto ratio = [&](double ms) {
        return QString::number(ms / baseline, 'f', 2) + 'x';
    };

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QSlider *volume = window.inputs()->editor("volume_mtok_per_month")->slider();
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
        const double median = percentile(times, 50);
        const double p95 = percentile(times, 95);
        out << "with tab \"" << window.chartTabs()->tabText(tab).remove(u'&')
            << "\": median=" << median << " ms p95=" << p95 << " ms (" << ratio(median) << ", "
            << ratio(p95) << " baseline)\n";
        all.insert(all.end(), times.begin(), times.end());
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << "max_rss_mb=" << usage.ru_maxrss / 1024 << " (every chart shown)\n";
    const double median = percentile(all, 50);
    const double p95 = percentile(all, 95);
    out << "redraw_ms median=" << median << " p95=" << p95 << " (" << ratio(median) << ", "
        << ratio(p95) << " baseline)\n";
    return 0;
}
