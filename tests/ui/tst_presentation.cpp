// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartsupport.h"
#include "charts/distributionchart.h"
#include "charts/utilizationchart.h"
#include "format.h"
#include "headline.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "scenariodocument.h"
#include "scenariofile.h"
#include "summaryfigures.h"
#include "weekprofileeditor.h"
#include "window/autosave.h"
#include "window/documentfiles.h"
#include "window/montecarlorunner.h"
#include "window/presentationmode.h"
#include "windowfixture.h"

#include <QApplication>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace planner;

// What the window shows for a meeting and for people: readable errors, file names, tick labels
// that adapt to small numbers, an Uncertainty tab that is never stale, meeting mode at the sizes
// of real screens, and utilization figures that name their basis.
class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_fixture.setUpApplication()); }

    void init()
    {
        m_window = m_fixture.open();
        QVERIFY(m_window);
    }

    void cleanup() { m_fixture.close(); }

    void forPeople_readsAsASentence_data()
    {
        QTest::addColumn<QString>("core");
        QTest::addColumn<QString>("shown");
        QTest::addRow("negative volume")
            << "workload.volume_mtok_per_month: Volume must be above 0 Mtok/month (got -5000)"
            << "Volume must be above 0 Mtok/month (you entered −5,000)";
        QTest::addRow("huge volume")
            << "workload.volume_mtok_per_month: Volume must be at most 1000000000 Mtok/month (got "
               "1e+300)"
            << "Volume must be at most 1,000,000,000 Mtok/month (you entered 1E+300)";
        QTest::addRow("owned GPU, in a file")
            << "Could not open plan.json:\nselfhost.owned_gpu.pue: PUE must be from 1 to 5 (got "
               "0.9)"
            << "Could not open plan.json:\nPUE must be from 1 to 5 (you entered 0.9)";
        QTest::addRow("two errors")
            << "api.batch_fraction: Batch share must be from 0 to 1 (got 2); "
               "workload.profile.hourly_weights[3]: An hour's weight must be from 0 to "
               "1000000000000 (got -1)"
            << "Batch share must be from 0 to 1 (you entered 2); An hour's weight must be from "
               "0 to 1,000,000,000,000 (you entered −1)";
        QTest::addRow("other words stay")
            << "selfhost.gpu_hourly_usd: expected a number, got string \"cheap\""
            << "selfhost.gpu_hourly_usd: expected a number, got string \"cheap\"";
    }

    void forPeople_readsAsASentence()
    {
        QFETCH(QString, core);
        QFETCH(QString, shown);
        QCOMPARE(format::forPeople(core), shown);
    }

    void outOfRangeFile_isShownInWords()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("negative.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"workload": {"volume_mtok_per_month": -5000}})");
        file.close();
        QVERIFY(!m_window->files()->openFile(path));
        QVERIFY2(m_window->lastError().endsWith(
                     u"Volume must be above 0 Mtok/month (you entered −5,000)"),
                 qPrintable(m_window->lastError()));
        QVERIFY(!m_window->lastError().contains(u"volume_mtok_per_month"));
        QVERIFY(!m_window->lastError().contains(u"(("));
        if (auto *box = m_window->findChild<QMessageBox *>())
            box->close();
    }

    // A bill's quantity × unit price must come out at its line: 20,000 Mtok × $0.25 is not the
    // $5,091 of 20,000 × $0.2545.
    void unitPrice_isPreciseEnoughForItsLine_data()
    {
        QTest::addColumn<double>("usd");
        QTest::addColumn<QString>("text");
        QTest::newRow("cents") << 2.95 << QStringLiteral("$2.95");
        QTest::newRow("whole cents above $10") << 12.5 << QStringLiteral("$12.50");
        QTest::newRow("below a cent's precision") << 0.2545454 << QStringLiteral("$0.2545");
        QTest::newRow("a tenth of a cent") << 0.0125 << QStringLiteral("$0.0125");
        QTest::newRow("from $100, whole dollars") << 15833.33 << QStringLiteral("$15,833");
        QTest::newRow("a discount") << -0.893 << QStringLiteral("−$0.893");
    }

    void unitPrice_isPreciseEnoughForItsLine()
    {
        QFETCH(double, usd);
        QFETCH(QString, text);
        QCOMPARE(format::unitPrice(usd), text);
    }

    // At 0.08 Mtok a month the cost per Mtok spans seven decades: eight minor gridlines in each
    // would fill the short lower chart like a barcode.
    void utilizationChart_keepsMinorGridlinesForAFewDecadesOnly()
    {
        UtilizationChart chart;
        const auto minorTicks = [&chart](const Scenario &s) {
            chart.setResults(s, evaluate(s));
            const auto axes = chart.chart()->axes(Qt::Vertical);
            return qobject_cast<QLogValueAxis *>(axes.constFirst())->minorTickCount();
        };
        Scenario s = defaultScenario();
        QCOMPARE(minorTicks(s), 8);
        s.volumeMtokPerMonth = 0.08;
        QCOMPARE(minorTicks(s), 0);
    }

    void fileNameFor_hasNoColonOrSlash_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("name");
        QTest::addRow("default scenario") << "Llama 3.3 70B: 2x H100 vs hosted API"
                                          << "Llama 3.3 70B - 2x H100 vs hosted API";
        QTest::addRow("slash") << "API/self-host"
                               << "API - self-host";
        QTest::addRow("refused characters") << "What? <draft> \"v2\"*"
                                            << "What draft v2";
        QTest::addRow("hidden") << ".plan"
                                << "plan";
        QTest::addRow("empty") << ""
                               << "scenario";
    }

    void fileNameFor_hasNoColonOrSlash()
    {
        QFETCH(QString, title);
        QFETCH(QString, name);
        QCOMPARE(fileNameFor(title), name);
    }

    void tickLabels_haveTheDecimalsTheTicksNeed_data()
    {
        QTest::addColumn<bool>("logarithmic");
        QTest::addColumn<QString>("format");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<QString>("expected");
        QTest::addRow("log volume below 1") << true << "%.0f" << 0.008 << 8.0 << "%.15g";
        QTest::addRow("log volume above 1") << true << "%.0f" << 3.0 << 3000.0 << "%.15g";
        QTest::addRow("log money") << true << "$%.0f" << 0.05 << 50.0 << "$%.15g";
        QTest::addRow("linear money under a dollar") << false << "$%.0f" << 0.0 << 0.4 << "$%.2f";
        QTest::addRow("linear thousands") << false << "$%.0f" << 0.0 << 9000.0 << "$%.0f";
        QTest::addRow("linear quarters") << false << "%.0f" << 0.0 << 1.0 << "%.1f";
    }

    void tickLabels_haveTheDecimalsTheTicksNeed()
    {
        QFETCH(bool, logarithmic);
        QFETCH(QString, format);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(QString, expected);
        if (logarithmic) {
            QLogValueAxis axis;
            axis.setLabelFormat(format);
            charts::setLogRange(&axis, low, high);
            QCOMPARE(axis.labelFormat(), expected);
        } else {
            QValueAxis axis;
            axis.setLabelFormat(format);
            charts::setNiceRange(&axis, low, high);
            QCOMPARE(axis.labelFormat(), expected);
        }
    }

    void uncertaintyChart_isEmptyAfterNew()
    {
        const QString dayNight
            = QStringLiteral(PLANNER_EXAMPLES_DIR "/day-night-hybrid.llmbe.json");
        QVERIFY(m_window->files()->openFile(dayNight));
        QVERIFY(!m_window->document()->scenario().ranges.isEmpty());
        auto *chart = m_window->findChild<DistributionChart *>();
        QTRY_VERIFY_WITH_TIMEOUT(chart->selfhostSeries()->count() > 0, 30'000);
        QVERIFY(chart->emptyNote().isEmpty());

        m_window->files()->newDocument();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->analysis()->isRunning(), 30'000);
        QCOMPARE(chart->selfhostSeries()->count(), 0);
        QCOMPARE(chart->hybridSeries()->count(), 0);
        QVERIFY2(chart->emptyNote().contains(u"No input has a range")
                     && chart->emptyNote().contains(u"±"),
                 qPrintable(chart->emptyNote()));
        for (QAbstractAxis *axis : chart->chart()->axes())
            QVERIFY(!axis->isVisible()); // no "1 1 1 0 0" ticks
        QVERIFY(m_window->headline()->uncertaintyLine().isEmpty());

        // Ranges again: the outcomes, the axes and the legend come back, the note goes.
        QVERIFY(m_window->files()->openFile(dayNight));
        QTRY_VERIFY_WITH_TIMEOUT(chart->selfhostSeries()->count() > 0, 30'000);
        QVERIFY(chart->emptyNote().isEmpty());
        for (QAbstractAxis *axis : chart->chart()->axes())
            QVERIFY(axis->isVisible());
        QVERIFY(chart->chart()->legend()->isVisible());
    }

    void window_fitsA1280PixelScreen_withTheUncertaintyLine()
    {
        QVERIFY(m_window->files()->openFile(
            QStringLiteral(PLANNER_EXAMPLES_DIR "/day-night-hybrid.llmbe.json")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->headline()->uncertaintyLine().isEmpty(), 30'000);
        QVERIFY2(m_window->minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(m_window->minimumSizeHint().width())));
    }

    void meetingMode_scalesWithTheScreen()
    {
        QCOMPARE(PresentationMode::scaleFor(768), 1.2);
        QVERIFY(PresentationMode::scaleFor(1080) > 1.3 && PresentationMode::scaleFor(1080) < 1.5);
        QVERIFY(PresentationMode::scaleFor(1440) > 1.8);
        QCOMPARE(PresentationMode::scaleFor(4000), 2.0);
    }

    void meetingMode_scalesTheFigureCaptionsWithTheirValues()
    {
        m_window->presentation()->setOn(true);
        m_window->resize(1920, 1080);
        QTRY_COMPARE(m_window->size(), QSize(1920, 1080));
        // With growth the headline gains a figure in meeting mode: its new labels scale too.
        Scenario growing = defaultScenario();
        growing.monthlyGrowth = 0.06;
        m_window->files()->showScenario(growing);
        const Headline *headline = m_window->headline();
        const double scaled = QApplication::font().pointSizeF() * PresentationMode::scaleFor(1080);
        int captions = 0;
        for (const SummaryFigure &f : summaryFigures()) {
            const QLabel *caption = headline->caption(QLatin1String(f.key));
            if (!caption)
                continue;
            ++captions;
            QVERIFY2(qFuzzyCompare(caption->font().pointSizeF(), scaled), f.key);
            QCOMPARE(caption->font().pointSizeF(),
                     headline->figure(QLatin1String(f.key))->font().pointSizeF());
        }
        QVERIFY(captions >= 10);
        m_window->presentation()->setOn(false);
    }

    void meetingMode_lowerChartGivesWayOnALaptop_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<bool>("tabsShown");
        QTest::addRow("1366x768") << QSize(1366, 768) << false;
        QTest::addRow("1920x1080") << QSize(1920, 1080) << true;
        QTest::addRow("2560x1440") << QSize(2560, 1440) << true;
    }

    void meetingMode_lowerChartGivesWayOnALaptop()
    {
        QFETCH(QSize, screen);
        QFETCH(bool, tabsShown);
        m_window->presentation()->setOn(true);
        m_window->resize(screen); // the offscreen screen is smaller than a projector's
        QTRY_COMPARE(m_window->size(), screen);
        QCOMPARE(m_window->chartTabs()->isVisible(), tabsShown);
        // The levers take 35% of the width: long sliders, the provisioning mode in full.
        const QList<int> split
            = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes();
        QVERIFY2(split.first() >= screen.width() * 35 / 100 - 10,
                 qPrintable(QString::number(split[0])));
        // The traffic shape joins the levers, its bars taller than in the panel.
        WeekProfileEditor *shape = m_window->inputs()->profileEditor();
        QVERIFY(shape->isVisible());
        QVERIFY(shape->bars()->height() > 2 * WeekBars::MinimumHeight);
        const QLabel *caption = shape->findChild<QLabel *>();
        QVERIFY(caption);
        QVERIFY2(caption->width() >= caption->fontMetrics().horizontalAdvance(QStringLiteral("Traffic shape")),
                 qPrintable(QString::number(caption->width())));
        m_window->presentation()->setOn(false);
        QVERIFY(m_window->chartTabs()->isVisible());
        QCOMPARE(shape->bars()->minimumHeight(), WeekBars::MinimumHeight);
    }

    void headline_namesEachUtilizationBasis()
    {
        const Headline *headline = m_window->headline();
        QVERIFY(headline->caption(QStringLiteral("serving_utilization"))
                    ->text()
                    .contains(u"spares aside"));
        QVERIFY(headline->caption(QStringLiteral("breakeven_utilization"))
                    ->text()
                    .contains(u"spares aside"));
        QVERIFY(headline->verdict().contains(u"spares aside"));
        // The levers' realized utilization names both bases too.
        QStringList realized;
        for (const QLabel *label : m_window->inputs()->findChildren<QLabel *>()) {
            if (label->text().startsWith(u"Realized"))
                realized << label->text();
        }
        QCOMPARE(realized.size(), 1);
        QVERIFY2(realized.first().contains(u"serving replicas busy")
                     && realized.first().contains(u"of all paid GPU time (incl. spares)"),
                 qPrintable(realized.first()));
    }

private:
    WindowFixture m_fixture;
    MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
