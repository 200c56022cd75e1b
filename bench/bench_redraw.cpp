// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Drives the volume slider of the real main window (1280x800) through 200 positions and times
// each step from the value change to every visible chart repainted. Machines differ, so it also
// times a bare Qt Charts view (2 line series x 100 points, 1280x800) the same way, in the same
// process, and prints each figure's ratio to that baseline. The baseline frames run in blocks
// before each tab's steps, so a change of the machine's load during the run weighs on both
// alike. Each ratio is also given in the process's CPU time, which other processes on a busy
// machine do not inflate. Run offscreen:
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
#include <time.h>

using namespace planner;

namespace {

constexpr int Steps = 200;
constexpr int BaselineFramesPerTab = 50;

// Each frame's wall time (what the user waits for) and the process's CPU time in it (all threads).
struct FrameTimes
{
    std::vector<double> wall;
    std::vector<double> cpu;

    void append(const FrameTimes &other)
    {
        wall.insert(wall.end(), other.wall.begin(), other.wall.end());
        cpu.insert(cpu.end(), other.cpu.begin(), other.cpu.end());
    }
};

class FrameTimer
{
public:
    FrameTimer()
        : m_cpuStart(cpuMs())
    {
        m_wall.start();
    }
    void stop(FrameTimes *times) const
    {
        times->wall.push_back(m_wall.nsecsElapsed() / 1e6);
        times->cpu.push_back(cpuMs() - m_cpuStart);
    }

private:
    static double cpuMs()
    {
        timespec t {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
    }
    double m_cpuStart;
    QElapsedTimer m_wall;
};

// A bare chart whose frames are the baseline: both series replaced, then the view painted once.
class BareChart
{
public:
    BareChart()
    {
        m_view.chart()->setAnimationOptions(QChart::NoAnimation);
        m_view.setRenderHint(QPainter::Antialiasing, true);
        for (QLineSeries *s : m_series)
            m_view.chart()->addSeries(s);
        m_view.chart()->createDefaultAxes();
        m_view.resize(1280, 800);
        m_view.show();
    }
    bool exposed() { return QTest::qWaitForWindowExposed(&m_view); }

    // Times `frames` more frames, once the events still pending for other windows are handled.
    void time(int frames, FrameTimes *times)
    {
        QApplication::processEvents();
        for (int i = 0; i < frames; ++i, ++m_frame) {
            const FrameTimer timer;
            for (int k = 0; k < m_series.size(); ++k) {
                QList<QPointF> points;
                for (int x = 0; x < 100; ++x)
                    points.append({double(x), (k + 1) * std::sin((x + m_frame) * 0.1)});
                m_series[k]->replace(points);
            }
            QApplication::processEvents();
            timer.stop(times);
        }
    }

private:
    QChartView m_view;
    QList<QLineSeries *> m_series {new QLineSeries, new QLineSeries};
    int m_frame = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTextStream out(stdout);
    BareChart bare;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!bare.exposed() || !QTest::qWaitForWindowExposed(&window))
        return 1;
    QSlider *volume = window.inputs()->editor("volume_mtok_per_month")->slider();
    FrameTimes baselineTimes;
    FrameTimes all;
    QList<std::pair<QString, FrameTimes>> tabs;
    // Once with each chart tab showing under the main chart: each is a window people look at.
    for (int tab = 0; tab < window.chartTabs()->count(); ++tab) {
        bare.time(BaselineFramesPerTab, &baselineTimes);
        window.chartTabs()->setCurrentIndex(tab);
        FrameTimes times;
        volume->setSliderDown(true);
        for (int i = 0; i < Steps; ++i) {
            const int position
                = volume->minimum() + (volume->maximum() - volume->minimum()) * i / (Steps - 1);
            const FrameTimer timer;
            volume->setValue(position);
            // Delivers the update requests: the window (every visible chart) paints once.
            QApplication::processEvents();
            timer.stop(&times);
        }
        volume->setSliderDown(false);
        tabs.append({window.chartTabs()->tabText(tab).remove(u'&'), times});
        all.append(times);
    }
    const double baseline = percentile(baselineTimes.wall, 50);
    const double cpuBaseline = percentile(baselineTimes.cpu, 50);
    // "M ms p95=P ms (Mx, Px baseline)", then the same ratios in CPU time.
    const auto figures = [&](const FrameTimes &times) {
        const double median = percentile(times.wall, 50);
        const double p95 = percentile(times.wall, 95);
        const auto ratio = [](double ms, double base) {
            return QString::number(ms / base, 'f', 2) + 'x';
        };
        return QStringLiteral("%1 ms p95=%2 ms (%3, %4 baseline; in CPU time %5, %6)")
            .arg(median)
            .arg(p95)
            .arg(ratio(median, baseline), ratio(p95, baseline),
                 ratio(percentile(times.cpu, 50), cpuBaseline),
                 ratio(percentile(times.cpu, 95), cpuBaseline));
    };
    out << "baseline_ms median=" << baseline << " (bare chart: 2 line series x 100 points; in CPU "
        << "time " << cpuBaseline << " ms)\n";
    for (const auto &[name, times] : tabs)
        out << "with tab \"" << name << "\": median=" << figures(times) << '\n';
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << "max_rss_mb=" << usage.ru_maxrss / 1024 << " (every chart shown)\n";
    out << "redraw_ms median=" << QString(figures(all)).remove(" ms") << '\n';
    return 0;
}
