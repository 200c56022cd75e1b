// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Times the start-up of the window: from starting a process to the first frame of the main
// window (1280x800, default scenario) painted. It runs itself as a child process several times,
// with fresh settings; each child paints its first frame, prints when each stage ended (ms since
// its main() began) and exits. The last line is `startup_ms median=M`. Run offscreen:
//   QT_QPA_PLATFORM=offscreen build/bench/bench_startup
#include "benchstats.h"
#include "mainwindow.h"
#include "windowlauncher.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace planner;

namespace {

constexpr char ChildVariable[] = "PLANNER_BENCH_STARTUP_CHILD";

// Quits once the first paint of the window has finished: the frame is complete then.
class FirstFrame : public QObject
{
public:
    explicit FirstFrame(QWidget *window)
        : m_window(window)
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_seen = false;
};

int runChild(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    describeApplication();
    const qint64 application = clock.elapsed();
    MainWindow window;
    window.resize(1280, 800);
    const qint64 built = clock.elapsed();
    FirstFrame firstFrame(&window);
    app.installEventFilter(&firstFrame);
    window.show();
    app.exec();
    QTextStream(stdout) << "in main(): application " << application << " ms, window built " << built
                        << " ms, first frame painted " << clock.elapsed() << " ms\n";
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(ChildVariable))
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    QTemporaryDir settings;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ChildVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
    QTextStream out(stdout);
    constexpr int Runs = 7;
    std::vector<double> times;
    for (int run = 0; run < Runs; ++run) {
        QProcess child;
        child.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        child.start(QCoreApplication::applicationFilePath(), {});
        // The child writes its line on the first frame, before tearing the window down.
        const bool painted = child.waitForReadyRead(30000);
        times.push_back(timer.nsecsElapsed() / 1e6);
        if (!painted || !child.waitForFinished(30000) || child.exitCode() != 0) {
            out << "child failed: " << child.readAllStandardError() << '\n';
            return 1;
        }
        out << "run " << run + 1 << ": " << times.back() << " ms; "
            << child.readAllStandardOutput().trimmed() << '\n';
    }
    out << "startup_ms median=" << percentile(times, 50) << '\n';
    return 0;
}
