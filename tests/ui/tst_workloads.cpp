// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Several workloads on one fleet in the window (cost model, section 11): the workloads panel and
// its undo, the single workload left as it was, the plan's sentence, chart and table.
#include "charts/workloadschart.h"
#include "dialogs/comparedialog.h"
#include "fieldeditor.h"
#include "figures.h"
#include "headline.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "portfolio.h"
#include "portfoliotext.h"
#include "presets.h"
#include "scenariodocument.h"
#include "scenariofile.h"
#include "trafficprofiles.h"
#include "weekprofileeditor.h"
#include "window/autosave.h"
#include "window/documentfiles.h"
#include "windowfixture.h"
#include "workloadediting.h"
#include "workloadspanel.h"
#include "workloadtablemodel.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace planner;

namespace {

// Two workloads beside the default one: a business-hours code assistant and a nightly batch job
// sent to its API's batch tier.
Scenario threeWorkloads()
{
    Scenario s = defaultScenario();
    s.name = QStringLiteral("three teams");
    Workload chat {QStringLiteral("chat"), 20000, 0.1, *trafficPreset(u"diurnal"), {}, true};
    Workload code {QStringLiteral("code assistant"),  12000, 0.2,
                   *trafficPreset(u"business-hours"), {},    true};
    Workload nightly {
        QStringLiteral("nightly summaries"),       15000, 0.1, *trafficPreset(u"steady"),
        {{QStringLiteral("batch_fraction"), 1.0}}, true};
    s.workloads = {chat, code, nightly};
    return s;
}

} // namespace

class TestWorkloads : public QObject
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

    void singleWorkload_looksAsBefore()
    {
        WorkloadsPanel *panel = this->panel();
        QVERIFY(panel->addButton()->isVisible());
        for (QWidget *hidden : {static_cast<QWidget *>(panel->chooser()),
                                static_cast<QWidget *>(panel->removeButton()),
                                static_cast<QWidget *>(panel->duplicateButton()),
                                static_cast<QWidget *>(panel->nameEdit())})
            QVERIFY(!hidden->isVisible());
        QVERIFY(m_window->inputs()->editor("volume_mtok_per_month")->isVisible());
        QVERIFY(m_window->inputs()->editor("output_fraction")->isVisible());
        QVERIFY(m_window->inputs()->profileEditor()->isVisible());
        QVERIFY(!workloadsTabVisible());
        const Scenario scenario = defaultScenario();
        QCOMPARE(m_window->headline()->verdict(), verdictSentence(scenario, evaluate(scenario)));
    }

    void add_turnsTheSingleWorkloadIntoTheFirstOfTwo()
    {
        const Scenario before = scenario();
        QTest::mouseClick(panel()->addButton(), Qt::LeftButton);
        const QList<Workload> &workloads = scenario().workloads;
        QCOMPARE(workloads.size(), 2);
        QCOMPARE(workloads[0].name, firstWorkloadName());
        QCOMPARE(workloads[0].volumeMtokPerMonth, before.volumeMtokPerMonth);
        QCOMPARE(workloads[0].outputFraction, before.outputFraction);
        QCOMPARE(workloads[0].profile, before.profile);
        QCOMPARE(workloads[1].name, QStringLiteral("workload 2"));
        QCOMPARE(panel()->currentIndex(), 1);
        QCOMPARE(panel()->nameEdit()->text(), QStringLiteral("workload 2"));
        // Each workload has its own volume, mix and shape now: the scenario's are hidden.
        QCOMPARE(m_window->inputs()->editor("volume_mtok_per_month"), nullptr);
        QCOMPARE(m_window->inputs()->editor("output_fraction"), nullptr);
        QVERIFY(!m_window->inputs()->profileEditor()->isVisible());
        QVERIFY(m_window->inputs()->editor("gpu_hourly_usd")->isVisible()); // shared levers stay
        QVERIFY(workloadsTabVisible());
        QCOMPARE(undoStack()->count(), 1);
        undoStack()->undo();
        QCOMPARE(scenario(), before);
        QVERIFY(!workloadsTabVisible());
    }

    void remove_downToOne_turnsBackIntoThePlainScenario()
    {
        QTest::mouseClick(panel()->addButton(), Qt::LeftButton);
        panel()->setCurrentIndex(0);
        panel()->volumeEditor()->spinBox()->setValue(1234);
        QCOMPARE(scenario().workloads[0].volumeMtokPerMonth, 1234.0);
        panel()->setCurrentIndex(1);
        QTest::mouseClick(panel()->removeButton(), Qt::LeftButton);
        QVERIFY(scenario().workloads.isEmpty());
        QCOMPARE(scenario().volumeMtokPerMonth, 1234.0);
        QVERIFY(m_window->inputs()->editor("volume_mtok_per_month")->isVisible());
        QVERIFY(panel()->addButton()->isVisible() && !panel()->chooser()->isVisible());
        undoStack()->undo();
        QCOMPARE(scenario().workloads.size(), 2);
        QCOMPARE(undoStack()->count(), 3);
    }

    void removeOnTheWorkloadsTab_leavesAVisibleTab()
    {
        QTest::mouseClick(panel()->addButton(), Qt::LeftButton);
        QTabWidget *tabs = m_window->chartTabs();
        tabs->setCurrentWidget(m_window->workloadsChart());
        QTest::mouseClick(panel()->removeButton(), Qt::LeftButton);
        QVERIFY(!workloadsTabVisible());
        QVERIFY(tabs->currentIndex() >= 0 && tabs->isTabVisible(tabs->currentIndex()));
        QVERIFY(tabs->currentWidget() != m_window->workloadsChart());
    }

    void listIsFull_atEightWorkloads()
    {
        for (int added = 0; added < MaxWorkloads - 1; ++added)
            QTest::mouseClick(panel()->addButton(), Qt::LeftButton);
        QCOMPARE(scenario().workloads.size(), MaxWorkloads);
        QVERIFY(!panel()->addButton()->isEnabled());
        QVERIFY(!panel()->duplicateButton()->isEnabled());
        QVERIFY(validate(scenario()).ok());
    }

    void duplicate_insertsACopyAfterTheWorkloadShown()
    {
        QTest::mouseClick(panel()->addButton(), Qt::LeftButton);
        panel()->setCurrentIndex(0);
        QTest::mouseClick(panel()->duplicateButton(), Qt::LeftButton);
        const QList<Workload> &workloads = scenario().workloads;
        QCOMPARE(workloads.size(), 3);
        QCOMPARE(workloads[1].name, firstWorkloadName() + QStringLiteral(" copy"));
        QCOMPARE(workloads[1].volumeMtokPerMonth, workloads[0].volumeMtokPerMonth);
        QCOMPARE(panel()->currentIndex(), 1);
        QCOMPARE(panel()->chooser()->count(), 3);
        undoStack()->undo();
        QCOMPARE(scenario().workloads.size(), 2);
    }

    void rename_isOneUndoStep_andATakenNameIsRefused()
    {
        QTest::mouseClick(panel()->addButton(), Qt::LeftButton);
        QLineEdit *name = panel()->nameEdit();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("chat"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(scenario().workloads[1].name, QStringLiteral("chat"));
        QCOMPARE(panel()->chooser()->itemText(1), QStringLiteral("chat"));
        QCOMPARE(undoStack()->count(), 2);
        name->selectAll();
        QTest::keyClicks(name, firstWorkloadName());
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(scenario().workloads[1].name, QStringLiteral("chat"));
        QCOMPARE(undoStack()->count(), 2);
        QVERIFY2(m_window->lastError().contains(firstWorkloadName()),
                 qPrintable(m_window->lastError()));
        undoStack()->undo();
        QCOMPARE(scenario().workloads[1].name, QStringLiteral("workload 2"));
    }

    void everyWorkloadInput_isOneUndoStep()
    {
        QTest::mouseClick(panel()->addButton(), Qt::LeftButton);
        const Scenario added = scenario();
        WorkloadsPanel *p = panel();
        p->volumeEditor()->spinBox()->setValue(4321);
        p->outputShareEditor()->spinBox()->setValue(35);
        QComboBox *shape = p->profileEditor()->findChild<QComboBox *>();
        shape->setCurrentIndex(shape->findData(QStringLiteral("business-hours")));
        emit shape->activated(shape->currentIndex());
        p->apiModelChooser()->setCurrentIndex(1);
        emit p->apiModelChooser()->activated(1);
        p->selfhostBox()->click();

        const Workload &w = scenario().workloads[1];
        QCOMPARE(w.volumeMtokPerMonth, 4321.0);
        QCOMPARE(w.outputFraction, 0.35);
        QCOMPARE(w.profile.presetName, QStringLiteral("business-hours"));
        QCOMPARE(w.apiOverrides, apiModelOverrides(builtinPresets().apiModels.first()));
        QVERIFY(!w.selfhostOk);
        QCOMPARE(scenario().workloads[0], added.workloads[0]); // the other workload is untouched
        QCOMPARE(undoStack()->count(), 6);
        for (int step = 0; step < 5; ++step)
            undoStack()->undo();
        QCOMPARE(scenario(), added);
        QCOMPARE(p->volumeEditor()->spinBox()->value(), added.workloads[1].volumeMtokPerMonth);
        QVERIFY(p->selfhostBox()->isChecked());
        QCOMPARE(p->apiModelChooser()->currentIndex(), 0);
    }

    // A range on a shared API price that no workload reads any more would make the scenario
    // invalid (a saved file would not reopen): giving the last workload its own API model drops it.
    void apiModelOnEveryWorkload_dropsTheSharedPriceRange()
    {
        QTest::mouseClick(panel()->addButton(), Qt::LeftButton);
        Scenario ranged = scenario();
        ranged.ranges.insert(QStringLiteral("input_usd_per_mtok"),
                             {0.5, ranged.inputUsdPerMtok, 1.5});
        m_window->document()->edit(ranged, QStringLiteral("range"));
        WorkloadsPanel *p = panel();
        for (int index : {0, 1}) {
            p->setCurrentIndex(index);
            p->apiModelChooser()->setCurrentIndex(1);
            emit p->apiModelChooser()->activated(1);
            QCOMPARE(scenario().ranges.contains(QStringLiteral("input_usd_per_mtok")),
                     index == 0); // the second workload still read the shared price
        }
        QVERIFY(validate(scenario()).ok());
    }

    void volumeDrag_isOneUndoStepPerWorkload()
    {
        QTest::mouseClick(panel()->addButton(), Qt::LeftButton);
        QSlider *slider = panel()->volumeEditor()->slider();
        slider->setSliderDown(true);
        for (int step = 1; step <= 3; ++step)
            slider->setValue(slider->value() + 10);
        slider->setSliderDown(false);
        QCOMPARE(undoStack()->count(), 2);
    }

    void headline_statesThePlanOfSeveralWorkloads()
    {
        const Scenario teams = threeWorkloads();
        m_window->files()->showScenario(teams);
        const Portfolio plan = planPortfolio(teams);
        QCOMPARE(m_window->headline()->verdict(), planSentence(plan));
        QVERIFY(workloadsTabVisible());
        m_window->chartTabs()->setCurrentWidget(m_window->workloadsChart());
        WorkloadTableModel *model = m_window->workloadsChart()->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(model->index(row, WorkloadTableModel::Name).data().toString(),
                     teams.workloads[row].name);
            QCOMPARE(model->index(row, WorkloadTableModel::InPlan).data().toString(),
                     planPlace(plan.workloads[row]));
        }
        QCOMPARE(m_window->workloadsChart()->trafficArea(0) != nullptr,
                 !plan.planSelfhosted.isEmpty());

        panel()->setCurrentIndex(1);
        panel()->volumeEditor()->spinBox()->setValue(60000);
        QCOMPARE(m_window->headline()->verdict(), planSentence(planPortfolio(scenario())));
        QVERIFY(m_window->headline()->verdict() != planSentence(plan));
    }

    void weekChart_legendNamesEachWorkloadsBatchAndTheCapacity()
    {
        const Outcome<Scenario> teams
            = loadScenarioFile(QDir(QStringLiteral(PLANNER_EXAMPLES_DIR))
                                   .filePath(QStringLiteral("three-teams.llmbe.json")));
        QVERIFY(teams.ok());
        const Portfolio plan = planPortfolio(*teams);
        QCOMPARE(plan.planSelfhosted.size(), 3); // the example self-hosts all three
        WorkloadsChart chart;
        chart.resize(1000, 500);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setPlan(*teams, plan);
        QCoreApplication::processEvents(); // the legend lays out its new markers
        QLegend *legend = chart.weekView()->chart()->legend();
        const int nightly = 2; // all batch, moved into the quiet hours
        QAreaSeries *batch = chart.batchArea(nightly);
        QCOMPARE(batch->name(), QStringLiteral("nightly summaries (batch)"));
        QCOMPARE(batch->brush().style(), Qt::TexturePattern);
        QCOMPARE(batch->brush().textureImage(),
                 WorkloadsChart::batchBrush(WorkloadsChart::colorOf(nightly)).textureImage());
        QCOMPARE(batch->brush().textureImage().pixelColor(0, 5), WorkloadsChart::colorOf(nightly));
        QVERIFY(legend->markers(batch).constFirst()->isVisible());
        QVERIFY(!legend->markers(chart.trafficArea(nightly)).constFirst()->isVisible());
        for (int i = 0; i < nightly; ++i) {
            QCOMPARE(chart.trafficArea(i)->brush().color().rgb(), WorkloadsChart::colorOf(i).rgb());
            QVERIFY(legend->markers(chart.trafficArea(i)).constFirst()->isVisible());
        }
        QLineSeries *capacity = chart.capacityLine();
        QCOMPARE(capacity->name(), QStringLiteral("Capacity at the target"));
        QCOMPARE(capacity->pen().style(), Qt::DashLine);
        QVERIFY(legend->markers(capacity).constFirst()->isVisible());
        QCOMPARE(chart.weekView()->chart()->series().constLast(), capacity); // drawn last
        QCOMPARE(WorkloadsChart::capacityName(Option::Hybrid),
                 QStringLiteral("Always-on baseline"));
    }

    void weekChart_busyReplicaTicksAreWholeWhereTheRangeAllows()
    {
        WorkloadsChart chart;
        const Scenario teams = threeWorkloads();
        Portfolio plan;
        plan.planOption = Option::Selfhost;
        plan.planSelfhosted = {0};
        plan.week.workloads = {0};
        WeekWeights busy {};
        busy.fill(3.2);
        plan.week.interactiveBusy = {busy};
        plan.week.batchInValleys = {WeekWeights {}};
        busy.fill(4);
        plan.week.capacityBusy = busy;
        chart.setPlan(teams, plan);
        QCOMPARE(chart.busyAxis()->labelFormat(), QStringLiteral("%.0f"));
        busy.fill(0.6);
        plan.week.interactiveBusy = {busy};
        plan.week.capacityBusy = busy;
        chart.setPlan(teams, plan);
        QCOMPARE(chart.busyAxis()->labelFormat(), QStringLiteral("%.1f"));
    }

    void exportChartMenu_listsTheWorkloadsChartOnlyWithWorkloads()
    {
        const auto exportAction = [this]() -> QAction * {
            const QString title = m_window->workloadsChart()->weekView()->chart()->title();
            for (QMenu *menu : m_window->findChildren<QMenu *>()) {
                for (QAction *action : menu->actions()) {
                    if (action->text() == title + QStringLiteral("…"))
                        return action;
                }
            }
            return nullptr;
        };
        QAction *workloads = exportAction();
        QVERIFY(workloads);
        QVERIFY(!workloads->isVisible());
        m_window->files()->showScenario(threeWorkloads());
        QVERIFY(workloads->isVisible());
        m_window->files()->showScenario(defaultScenario());
        QVERIFY(!workloads->isVisible());
    }

    void compare_showsThePlanFirst()
    {
        const Scenario teams = threeWorkloads();
        CompareDialog dialog({defaultScenario(), teams});
        QTableWidget *table = dialog.table();
        QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("Workloads: the plan"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("single workload"));
        const Portfolio plan = planPortfolio(teams);
        QCOMPARE(table->item(0, 1)->text(), planCell(plan));
        QCOMPARE(table->item(0, 1)->toolTip(), planSentence(plan));
        QVERIFY(table->horizontalHeaderItem(1)->text().contains(u"3 workloads pooled"));
        // Every row in full, the last ("Cheapest option") included.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int last = table->rowCount() - 1;
        QCOMPARE(table->verticalHeaderItem(last)->text(), QStringLiteral("Cheapest option"));
        QVERIFY(table->rowViewportPosition(last) + table->rowHeight(last)
                <= table->viewport()->height());
    }

    void planSentence_namesWhatIsSelfHostedAndWhatIsKept_data()
    {
        QTest::addColumn<Option>("option");
        QTest::addColumn<QList<bool>>("inPlan");
        QTest::addColumn<double>("saving");
        QTest::addColumn<QString>("sentence");
        QTest::addRow("hybrid, one kept")
            << Option::Hybrid << QList<bool> {true, true, false} << 4100.0
            << QStringLiteral("Self-host chat and nightly summaries on 3 replicas (hybrid, peaks "
                              "to their APIs); keep legal drafting on its API: $12,300 a month, "
                              "$4,100 less than deciding each alone.");
        QTest::addRow("one fleet, all in")
            << Option::Selfhost << QList<bool> {true, true, true} << 0.2
            << QStringLiteral("Self-host chat, nightly summaries and legal drafting on one fleet: "
                              "$12,300 a month, the same as deciding each alone.");
        QTest::addRow("all on their APIs")
            << Option::Api << QList<bool> {false, false, false} << 0.0
            << QStringLiteral("Keep every workload on its API: $12,300 a month, the same as "
                              "deciding each alone.");
        QTest::addRow("two kept")
            << Option::Selfhost << QList<bool> {true, false, false} << 900.0
            << QStringLiteral("Self-host chat on one fleet; keep nightly summaries and legal "
                              "drafting on their APIs: $12,300 a month, $900 less than deciding "
                              "each alone.");
    }

    void planSentence_namesWhatIsSelfHostedAndWhatIsKept()
    {
        QFETCH(Option, option);
        QFETCH(QList<bool>, inPlan);
        QFETCH(double, saving);
        QFETCH(QString, sentence);
        Portfolio plan;
        plan.planUsdPerMonth = 12300;
        plan.planOption = option;
        if (option == Option::Hybrid)
            plan.planHybridReplicas = 3;
        plan.poolingSavingUsdPerMonth = saving;
        const QStringList names {QStringLiteral("chat"), QStringLiteral("nightly summaries"),
                                 QStringLiteral("legal drafting")};
        for (int i = 0; i < names.size(); ++i) {
            WorkloadVerdict verdict;
            verdict.name = names[i];
            verdict.inPlan = inPlan[i];
            plan.workloads << verdict;
        }
        QCOMPARE(planSentence(plan), sentence);
    }

private:
    WorkloadsPanel *panel() const { return m_window->inputs()->workloadsPanel(); }
    const Scenario &scenario() const { return m_window->document()->scenario(); }
    QUndoStack *undoStack() const { return m_window->document()->undoStack(); }
    bool workloadsTabVisible() const
    {
        QTabWidget *tabs = m_window->chartTabs();
        return tabs->isTabVisible(tabs->indexOf(m_window->workloadsChart()));
    }

    WindowFixture m_fixture;
    MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestWorkloads)
#include "tst_workloads.moc"
