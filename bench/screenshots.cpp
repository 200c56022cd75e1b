// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Renders the main window for the default scenario and each example at 1280x800 and 1920x1080,
// every chart tab, plus meeting mode at three screen sizes, the comparison of all examples and the
// import dialogs on the test fixtures and the two helpers, into PNG files for checking by eye:
// screenshots OUTPUT_DIR [--dark] [--meeting]
// --dark applies a dark palette, as a dark desktop would; --meeting shoots meeting mode only.
#include "charts/hybridcharts.h"
#include "charts/workloadschart.h"
#include "dialogs/comparedialog.h"
#include "dialogs/ownedgpudialog.h"
#include "dialogs/rooflinedialog.h"
#include "dialogs/sweepdialog.h"
#include "dialogs/trafficimportdialog.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "ownedgpu.h"
#include "report/reportwriter.h"
#include "scenariofile.h"
#include "window/documentfiles.h"
#include "window/importactions.h"
#include "window/montecarlorunner.h"
#include "window/presentationmode.h"
#include "windowlauncher.h"
#include "workloadspanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLocale>
#include <QPageSize>
#include <QPalette>
#include <QProcess>
#include <QScrollArea>
#include <QTabWidget>
#include <QTest>

#include <functional>

using namespace planner;

namespace {

// Saves the widget as NAME.png; says so and returns false on failure.
using Shooter = std::function<bool(QWidget &, const QString &)>;

// A dark palette, as a dark desktop would set.
void applyDarkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, Qt::white);
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::black);
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    QApplication::setPalette(dark);
}

// The default scenario, each example, and the cases no example covers: owned GPUs in cash,
// growth that makes self-hosting cheaper later, utilization provisioning (its headline note) and
// a volume below 1 Mtok a month (tick labels with decimals).
QList<std::pair<QString, Scenario>> scenariosToShoot()
{
    QList<std::pair<QString, Scenario>> scenarios {{QStringLiteral("default"), defaultScenario()}};
    const QDir examples(QStringLiteral(PLANNER_EXAMPLES_DIR));
    for (const QString &file : examples.entryList({QStringLiteral("*.json")}))
        scenarios.append(
            {QFileInfo(file).completeBaseName(), *loadScenarioFile(examples.filePath(file))});
    Scenario owned = defaultScenario();
    applyOwnedGpu(owned, OwnedGpu {36500, 50, 0.8, 1.5, 0.10, 146});
    Scenario growing = defaultScenario();
    growing.volumeMtokPerMonth /= 2;
    growing.monthlyGrowth = 0.06;
    Scenario utilization = defaultScenario();
    utilization.provisioning = Provisioning::Utilization;
    Scenario tiny = defaultScenario(); // a small traffic log: log axes below 1
    tiny.volumeMtokPerMonth = 0.08;
    scenarios.append({{QStringLiteral("owned-gpu"), owned},
                      {QStringLiteral("growth"), growing},
                      {QStringLiteral("utilization-mode"), utilization},
                      {QStringLiteral("small-volume"), tiny}});
    return scenarios;
}

// Every chart tab of the main window for each scenario at two window sizes.
bool shootEveryTab(const QList<std::pair<QString, Scenario>> &scenarios, const Shooter &shoot)
{
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        for (const auto &[name, scenario] : scenarios) {
            MainWindow window;
            window.resize(size);
            window.show();
            window.files()->showScenario(scenario);
            for (int tab = 0; tab < window.chartTabs()->count(); ++tab) {
                if (!window.chartTabs()->isTabVisible(tab))
                    continue; // the Workloads tab of a single workload
                window.chartTabs()->setCurrentIndex(tab);
                if (!QTest::qWaitFor([&] { return !window.analysis()->isRunning(); }, 60'000))
                    return false;
                QApplication::processEvents();
                if (!shoot(window,
                           QStringLiteral("%1-%2x%3-tab%4")
                               .arg(name)
                               .arg(size.width())
                               .arg(size.height())
                               .arg(tab)))
                    return false;
            }
        }
    }
    return true;
}

// The inputs of cost model v2 on the day-night example: autoscale at a 1.5x on-demand premium
// with 10-minute starts, and the batch share filling the quiet hours on the Hybrid tab; the
// input panel scrolled to the new inputs.
bool shootCapacityInputs(const Scenario &dayNight, const Shooter &shoot)
{
    Scenario autoscaled = dayNight;
    autoscaled.provisioning = Provisioning::Autoscale;
    autoscaled.ondemandGpuHourlyUsd = 4.425;
    autoscaled.scaleUpMinutes = 10;
    Scenario valleys = dayNight;
    valleys.batchFillsValleys = true;
    valleys.hybridFailoverToApi = true;
    valleys.batchFraction = 0.3;
    for (const auto &[name, scenario, hybridTab] :
         {std::tuple {QStringLiteral("day-night-autoscale-ondemand"), autoscaled, false},
          std::tuple {QStringLiteral("day-night-batch-in-valleys"), valleys, true}}) {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.files()->showScenario(scenario);
        if (hybridTab)
            window.chartTabs()->setCurrentWidget(window.findChild<HybridCharts *>());
        // The Self-host box's end: the start-up minutes, the spares and the switches.
        window.inputs()->findChild<QScrollArea *>()->ensureWidgetVisible(
            window.inputs()->switchBox("batch_fills_valleys"));
        if (!QTest::qWaitFor([&] { return !window.analysis()->isRunning(); }, 60'000))
            return false;
        QApplication::processEvents();
        if (!shoot(window, name))
            return false;
    }
    return true;
}

// Meeting mode on a laptop, a 1080p projector and a 1440p screen, on the Hybrid tab (two charts
// stacked, the most crowded).
bool shootMeetingMode(const Shooter &shoot)
{
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080), QSize(2560, 1440)}) {
        MainWindow window;
        window.show();
        window.chartTabs()->setCurrentWidget(window.findChild<HybridCharts *>());
        window.presentation()->setOn(true);
        // The offscreen screen is smaller than a projector's: a window of the screen's size.
        window.setWindowState(Qt::WindowNoState);
        window.resize(size);
        if (!QTest::qWaitFor([&] { return !window.analysis()->isRunning(); }, 60'000))
            return false;
        QApplication::processEvents();
        if (!shoot(window,
                   QStringLiteral("presentation-%1x%2").arg(size.width()).arg(size.height())))
            return false;
    }
    return true;
}

// The import dialogs on the test fixtures, the two helpers, the sweep, and the warning a
// benchmark of another mix raises.
bool shootImportsAndHelpers(const Shooter &shoot)
{
    const QDir data(QStringLiteral(PLANNER_TEST_DATA_DIR));
    for (const QString log :
         {QStringLiteral("traffic-two-weeks"), QStringLiteral("traffic-requests")}) {
        TrafficImportDialog dialog(data.filePath(log + QStringLiteral(".csv")), defaultScenario());
        dialog.show();
        if (!QTest::qWaitFor([&] { return !dialog.isReading(); }, 60'000))
            return false;
        QApplication::processEvents();
        if (!shoot(dialog, QStringLiteral("import-") + log))
            return false;
    }
    {
        OwnedGpuDialog owned(defaultScenario());
        RooflineDialog roofline(defaultScenario());
        for (QDialog *dialog :
             {static_cast<QDialog *>(&owned), static_cast<QDialog *>(&roofline)}) {
            dialog->show();
            QApplication::processEvents();
            if (!shoot(*dialog,
                       QString::fromLatin1(dialog->metaObject()->className())
                           .remove(QStringLiteral("planner::"))))
                return false;
        }
    }
    {
        QStringList runs;
        for (const char *name :
             {"vllm-concurrency-4", "vllm-concurrency-25", "vllm-concurrency-256"})
            runs << data.filePath(QStringLiteral("sweep/%1.json").arg(QLatin1String(name)));
        const auto sweep = loadSweep(runs);
        if (!sweep.ok())
            return false;
        SweepDialog dialog(*sweep, {1500, 50});
        dialog.resize(1000, 560);
        dialog.show();
        QApplication::processEvents();
        if (!shoot(dialog, QStringLiteral("SweepDialog")))
            return false;
    }
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.imports()->useBenchmark(data.filePath(QStringLiteral("guidellm-report.json")));
        QApplication::processEvents();
        if (!shoot(window, QStringLiteral("benchmark-mix-warning")))
            return false;
    }
    return true;
}

// Several workloads on one fleet: the window on the Workloads tab with the inputs scrolled to
// the workloads panel at the two common laptop sizes, the comparison with a single workload,
// and the report's first three pages, the Workloads page among them (poppler's pdftoppm).
bool shootWorkloads(const Scenario &teams, const QDir &out, const Shooter &shoot)
{
    for (const QSize size : {QSize(1280, 800), QSize(1366, 768)}) {
        MainWindow window;
        window.resize(size);
        window.show();
        window.files()->showScenario(teams);
        window.chartTabs()->setCurrentWidget(window.workloadsChart());
        window.inputs()->findChild<QScrollArea *>()->ensureWidgetVisible(
            window.inputs()->workloadsPanel());
        if (!QTest::qWaitFor([&] { return !window.analysis()->isRunning(); }, 60'000))
            return false;
        QApplication::processEvents();
        if (!shoot(window, QStringLiteral("workloads-%1x%2").arg(size.width()).arg(size.height())))
            return false;
    }
    CompareDialog compare({defaultScenario(), teams});
    compare.show();
    QApplication::processEvents();
    if (!shoot(compare, QStringLiteral("compare-workloads")))
        return false;
    const QString pdf = out.filePath(QStringLiteral("workloads-report.pdf"));
    QString error;
    if (!exportReportPdf({teams}, pdf, QPageSize(QPageSize::A4), &error)) {
        qCritical("%s", qPrintable(error));
        return false;
    }
    return QProcess::execute(QStringLiteral("pdftoppm"),
                             {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                              QStringLiteral("3"), QStringLiteral("-r"), QStringLiteral("80"),
                              QStringLiteral("-png"), pdf,
                              out.filePath(QStringLiteral("workloads-report"))})
        == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QDir out(app.arguments().value(1, QStringLiteral(".")));
    if (!out.mkpath(QStringLiteral("."))) {
        qCritical("cannot create %s", qPrintable(out.path()));
        return 1;
    }
    // Saves the widget as NAME.png in the output folder; says so and returns false on failure.
    const auto shoot = [&out](QWidget &widget, const QString &name) {
        const QString path = out.filePath(name + QStringLiteral(".png"));
        if (widget.grab().save(path))
            return true;
        qCritical("cannot write %s", qPrintable(path));
        return false;
    };
    if (app.arguments().contains(QStringLiteral("--dark")))
        applyDarkPalette();
    const QList<std::pair<QString, Scenario>> scenarios = scenariosToShoot();

    if (!shootMeetingMode(shoot))
        return 1;
    if (app.arguments().contains(QStringLiteral("--meeting")))
        return 0;
    if (!shootEveryTab(scenarios, shoot))
        return 1;
    if (!shootWorkloads(*loadScenarioFile(QDir(QStringLiteral(PLANNER_EXAMPLES_DIR))
                                              .filePath(QStringLiteral("three-teams.llmbe.json"))),
                        out, shoot))
        return 1;
    if (!shootCapacityInputs(
            *loadScenarioFile(QDir(QStringLiteral(PLANNER_EXAMPLES_DIR))
                                  .filePath(QStringLiteral("day-night-hybrid.llmbe.json"))),
            shoot))
        return 1;
    {
        QList<Scenario> all;
        for (const auto &[name, scenario] : scenarios)
            all << scenario;
        CompareDialog compare(all.mid(1, 4));
        compare.show();
        QApplication::processEvents();
        if (!shoot(compare, QStringLiteral("compare")))
            return 1;
    }
    if (!shootImportsAndHelpers(shoot))
        return 1;
    return 0;
}
