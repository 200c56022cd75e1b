// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Renders the main window for the default scenario and each example at 1280x800 and 1920x1080,
// every chart tab, plus meeting mode, the comparison of all examples and the import dialogs on the
// test fixtures and the two helpers, into PNG files for checking by eye:  screenshots OUTPUT_DIR
// [--dark]
// --dark applies a dark palette, as a dark desktop would.
#include "dialogs/comparedialog.h"
#include "dialogs/ownedgpudialog.h"
#include "dialogs/rooflinedialog.h"
#include "dialogs/sweepdialog.h"
#include "dialogs/trafficimportdialog.h"
#include "mainwindow.h"
#include "scenariofile.h"
#include "window/documentfiles.h"
#include "window/importactions.h"
#include "window/montecarlorunner.h"
#include "window/presentationmode.h"
#include "windowlauncher.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QPalette>
#include <QTabWidget>
#include <QTest>

using namespace planner;

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
    if (app.arguments().contains(QStringLiteral("--dark"))) {
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
    QList<std::pair<QString, Scenario>> scenarios {{QStringLiteral("default"), defaultScenario()}};
    const QDir examples(QStringLiteral(PLANNER_EXAMPLES_DIR));
    for (const QString &file : examples.entryList({QStringLiteral("*.json")}))
        scenarios.append(
            {QFileInfo(file).completeBaseName(), *loadScenarioFile(examples.filePath(file))});

    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        for (const auto &[name, scenario] : scenarios) {
            MainWindow window;
            window.resize(size);
            window.show();
            window.files()->showScenario(scenario);
            for (int tab = 0; tab < window.chartTabs()->count(); ++tab) {
                window.chartTabs()->setCurrentIndex(tab);
                if (!QTest::qWaitFor([&] { return !window.analysis()->isRunning(); }, 60'000))
                    return 1;
                QApplication::processEvents();
                if (!shoot(window,
                           QStringLiteral("%1-%2x%3-tab%4")
                               .arg(name)
                               .arg(size.width())
                               .arg(size.height())
                               .arg(tab)))
                    return 1;
            }
        }
    }
    {
        MainWindow window;
        window.show();
        window.presentation()->setOn(true);
        window.resize(1920, 1080); // the offscreen screen is smaller than a projector's
        QApplication::processEvents();
        if (!shoot(window, QStringLiteral("presentation-1920x1080")))
            return 1;
        QList<Scenario> all;
        for (const auto &[name, scenario] : scenarios)
            all << scenario;
        CompareDialog compare(all.mid(1, 4));
        compare.show();
        QApplication::processEvents();
        if (!shoot(compare, QStringLiteral("compare")))
            return 1;
    }
    const QDir data(QStringLiteral(PLANNER_TEST_DATA_DIR));
    for (const QString log :
         {QStringLiteral("traffic-two-weeks"), QStringLiteral("traffic-requests")}) {
        TrafficImportDialog dialog(data.filePath(log + QStringLiteral(".csv")), defaultScenario());
        dialog.show();
        if (!QTest::qWaitFor([&] { return !dialog.isReading(); }, 60'000))
            return 1;
        QApplication::processEvents();
        if (!shoot(dialog, QStringLiteral("import-") + log))
            return 1;
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
                return 1;
        }
    }
    {
        QStringList runs;
        for (const char *name :
             {"vllm-concurrency-4", "vllm-concurrency-25", "vllm-concurrency-256"})
            runs << data.filePath(QStringLiteral("sweep/%1.json").arg(QLatin1String(name)));
        const auto sweep = loadSweep(runs);
        if (!sweep.ok())
            return 1;
        SweepDialog dialog(*sweep, {1500, 50});
        dialog.resize(1000, 560);
        dialog.show();
        QApplication::processEvents();
        if (!shoot(dialog, QStringLiteral("SweepDialog")))
            return 1;
    }
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.imports()->useBenchmark(data.filePath(QStringLiteral("guidellm-report.json")));
        QApplication::processEvents();
        if (!shoot(window, QStringLiteral("benchmark-mix-warning")))
            return 1;
    }
    return 0;
}
