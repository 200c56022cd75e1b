// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/breakdownchart.h"
#include "charts/chartexport.h"
#include "charts/chartsupport.h"
#include "charts/costvolumechart.h"
#include "charts/hybridcharts.h"
#include "dialogs/comparedialog.h"
#include "fieldeditor.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "scenariodocument.h"
#include "window/presentationmode.h"

#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QImageReader>
#include <QMenuBar>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace planner;

class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void niceCeiling_isOneTwoFourFiveOrTenTimesAPowerOfTen_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("ceiling");
        QTest::newRow("just under 1") << 0.9 << 1.0;
        QTest::newRow("exactly 1") << 1.0 << 1.0;
        QTest::newRow("just over 1") << 1.01 << 2.0;
        QTest::newRow("3") << 3.0 << 4.0;
        QTest::newRow("4.5") << 4.5 << 5.0;
        QTest::newRow("6") << 6.0 << 10.0;
        QTest::newRow("11,000") << 11000.0 << 20000.0;
        QTest::newRow("0.033") << 0.033 << 0.04;
    }
    void niceCeiling_isOneTwoFourFiveOrTenTimesAPowerOfTen()
    {
        QFETCH(double, value);
        QFETCH(double, ceiling);
        QVERIFY(qFuzzyCompare(charts::niceCeiling(value), ceiling));
    }

    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void svg_isWellFormedAndHoldsTheSeries()
    {
        const QString path = m_dir.filePath(QStringLiteral("cost.svg"));
        QString error;
        QVERIFY2(saveChartSvg(m_window->costChart(), path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QXmlStreamReader xml(svg);
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement)
                ++elements;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(elements > 50);
        // Each option's line in its own colour, and the chart's text as text.
        for (const QColor &color :
             {charts::apiColor(), charts::selfhostColor(), charts::hybridColor()})
            QVERIFY2(svg.contains(color.name().toLatin1()), qPrintable(color.name()));
        QVERIFY(svg.contains("Monthly cost against volume"));
        QVERIFY(svg.contains("<polyline") || svg.contains("<path"));
    }

    void png_hasTheRequestedSize()
    {
        const QString path = m_dir.filePath(QStringLiteral("cost.png"));
        QString error;
        QVERIFY2(saveChartPng(m_window->costChart(), path, QSize(2400, 1350), &error),
                 qPrintable(error));
        QImageReader reader(path);
        QCOMPARE(reader.size(), QSize(2400, 1350));
        const QImage image = reader.read();
        // Not blank: the lines are drawn.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 10) {
            for (int x = 0; x < image.width(); x += 10)
                coloured += QColor(image.pixel(x, y)).saturation() > 100;
        }
        QVERIFY(coloured > 100);
    }

    void csv_holdsTheDataBehindEachChart()
    {
        const QString cost = chartCsv(m_window->costChart());
        QVERIFY(cost.startsWith(u"series,x,y\n"));
        QVERIFY(cost.contains(u"\nSelf-host,") && cost.contains(u"\nHybrid,")
                && cost.contains(u"\nAPI,"));
        const QString bars = chartCsv(m_window->breakdownChart());
        QVERIFY(bars.startsWith(u"series,category,value\n"));
        QVERIFY(bars.contains(u"GPU idle,Self-host,"));
        QString error;
        QVERIFY(
            !saveChartCsv(m_window->costChart(), QStringLiteral("/nonexistent/dir/a.csv"), &error));
        QVERIFY(error.contains(u"/nonexistent/dir/a.csv"));
    }

    // Batch work in the valleys (cost model 9.4) is its own area of the hybrid's week, stacked on
    // the interactive load, and only while batch fills them; the files carry it.
    void hybridWeek_showsTheBatchInTheValleysOnlyWhenItFillsThem()
    {
        HybridCharts charts;
        charts.resize(1000, 400);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        Scenario s = defaultScenario();
        s.batchFraction = 0.3;
        charts.setResults(s, evaluate(s));
        QVERIFY(!chartCsv(charts.weekView()).contains(u"Batch in quiet hours"));
        QVERIFY(chartCsv(charts.weekView()).contains(u"\nSelf-hosted,"));

        s.batchFillsValleys = true;
        const Evaluation e = evaluate(s);
        charts.setResults(s, e);
        const QString csv = chartCsv(charts.weekView());
        QVERIFY(csv.contains(u"\nInteractive,"));
        const double busiestBatch = std::ranges::max(e.week.batchInValleys, {}, &QPointF::y).y();
        QVERIFY(busiestBatch > 0);
        // The batch area's top is the self-hosted load, hour by hour.
        for (int h : {0, 100, 167}) {
            const QString row = QStringLiteral("\nBatch in quiet hours,%1,%2\n")
                                    .arg(h)
                                    .arg(QLocale::c().toString(e.week.selfhosted[h].y(), 'g', 15));
            QVERIFY2(csv.contains(row), qPrintable(row));
        }
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("week.svg"));
        QString error;
        QVERIFY2(saveChartSvg(charts.weekView(), svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Batch in quiet hours")); // the legend entry
        charts.close();
        m_window->activateWindow(); // the next tests type into the window
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void copy_putsAnImageOnTheClipboard()
    {
        QApplication::clipboard()->clear();
        copyChartToClipboard(m_window->costChart());
        QVERIFY(!QApplication::clipboard()->image().isNull());
    }

    void everyChart_hasAnExportMenu()
    {
        for (QChartView *view : m_window->chartViews()) {
            QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
            QCOMPARE(view->actions().size(), 2);
        }
    }

    void presentation_entersWithF11AndLeavesWithEscape()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QVERIFY(m_window->presentation()->isOn());
        QVERIFY(!m_window->menuBar()->isVisible());
        QVERIFY(m_window->inputs()->editor("volume_mtok_per_month")->isVisible());
        QVERIFY(!m_window->inputs()->editor("batch_discount")->isVisible());
        QVERIFY(m_window->costChart()->chart()->titleFont().pointSizeF() > 10);
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QVERIFY(!m_window->presentation()->isOn());
        QVERIFY(m_window->menuBar()->isVisible());
        QVERIFY(m_window->inputs()->editor("batch_discount")->isVisible());
    }

    void compareDialog_listsEveryScenarioAndItsCheapestOption()
    {
        Scenario bursty = defaultScenario();
        bursty.name = QStringLiteral("Bursty");
        bursty.provisioning = Provisioning::Fixed;
        bursty.profile.presetName = QStringLiteral("daily-bursts");
        for (int h = 0; h < HoursPerWeek; ++h)
            bursty.profile.weights[h] = h % 24 == 12 || h % 24 == 13 ? 1 : 0;
        CompareDialog dialog({defaultScenario(), bursty});
        QTableWidget *table = dialog.table();
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->horizontalHeaderItem(0)->text(),
                 QStringLiteral("A. ") + defaultScenario().name);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("B. Bursty"));
        const int last = table->rowCount() - 1;
        QCOMPARE(table->item(last, 0)->text(), QStringLiteral("Self-host"));
        QCOMPARE(table->item(last, 1)->text(), QStringLiteral("API"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
