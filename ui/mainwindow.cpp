// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "charts/breakdownchart.h"
#include "charts/chartexport.h"
#include "charts/costvolumechart.h"
#include "charts/distributionchart.h"
#include "charts/horizonchart.h"
#include "charts/hybridcharts.h"
#include "charts/tornadochart.h"
#include "charts/utilizationchart.h"
#include "charts/workloadschart.h"
#include "format.h"
#include "headline.h"
#include "inputpanel.h"
#include "scenariodocument.h"
#include "window/autosave.h"
#include "window/charttabs.h"
#include "window/documentfiles.h"
#include "window/importactions.h"
#include "window/montecarlorunner.h"
#include "window/presentationmode.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace planner {
namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString SplitterKey = QStringLiteral("window/splitter");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ScenarioDocument(this))
    , m_inputs(new InputPanel(this))
    , m_headline(new Headline(this))
    , m_costChart(new CostVolumeChart(this))
    , m_tabs(new ChartTabs(this))
    , m_autosave(new Autosave(m_document, this))
    , m_files(new DocumentFiles(m_document, m_autosave, this))
    , m_imports(new ImportActions(m_document, m_inputs, this))
    , m_analysis(new MonteCarloRunner(this))
{
    setAcceptDrops(true);
    addCharts();
    m_presentation = new PresentationMode(this, {m_inputs, m_headline, m_tabs, chartViews()});
    QSplitter *main = layOut();
    for (QChartView *view : chartViews())
        addChartExportMenu(view);
    createFileMenu();
    createEditMenu();
    createToolsMenu();
    createViewMenu();
    createHelpMenu();
    statusBar()->showMessage(tr("Drag a slider: every figure and chart follows."), 5000);
    connectParts();

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1280, 800);
    main->restoreState(settings.value(SplitterKey).toByteArray());
    refresh();
    updateTitle();
}

// The tabs under the main chart: adding a chart is one line here.
void MainWindow::addCharts()
{
    m_tabs->addPanel(new UtilizationChart(this), tr("Cost per Mtok vs &utilization"));
    m_tabs->addPanel(new HybridCharts(this), tr("H&ybrid split"));
    m_breakdownChart = m_tabs->addPanel(new BreakdownChart(this), tr("Where the &money goes"));
    m_distribution = m_tabs->addPanel(new DistributionChart(this), tr("Un&certainty"));
    m_tabs->addPanel(new TornadoChart(this), tr("&Sensitivity"));
    m_horizonChart = m_tabs->addPanel(new HorizonChart(this), tr("Hori&zon"));
    m_workloadsChart = m_tabs->addPanel(new WorkloadsChart(this), tr("&Workloads"));
}

// The main chart above the tabs, the headline above both, the inputs on the left.
QSplitter *MainWindow::layOut()
{
    auto *charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_costChart);
    charts->addWidget(m_tabs);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setSizes({600, 400});
    charts->setChildrenCollapsible(false);

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_headline);
    resultsLayout->addWidget(charts, 1);

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(m_inputs);
    main->addWidget(results);
    main->setStretchFactor(1, 1);
    main->setChildrenCollapsible(false);
    m_inputs->setMinimumWidth(340);
    main->setSizes({380, 900});
    setCentralWidget(main);
    return main;
}

void MainWindow::connectParts()
{
    connect(m_inputs, &InputPanel::edited, m_document, &ScenarioDocument::edit);
    connect(m_inputs, &InputPanel::dragFinished, m_document, &ScenarioDocument::endMerge);
    connect(m_inputs, &InputPanel::dragStarted, this, [this] { setChartsDraft(true); });
    connect(m_inputs, &InputPanel::dragFinished, this, [this] {
        setChartsDraft(false);
        drawCharts(); // axes held during the drag fit the data again
    });
    connect(m_inputs, &InputPanel::problem, this, &MainWindow::showError);
    connect(m_inputs, &InputPanel::ownedGpuRequested, m_imports, &ImportActions::editOwnedGpu);
    connect(m_inputs, &InputPanel::throughputEstimateRequested, m_imports,
            &ImportActions::estimateThroughput);
    connect(m_files, &DocumentFiles::problem, this, &MainWindow::showError);
    connect(m_imports, &ImportActions::problem, this, &MainWindow::showError);
    connect(m_autosave, &Autosave::problem, this, &MainWindow::showError);
    connect(m_analysis, &MonteCarloRunner::resultChanged, this, &MainWindow::showUncertainty);
    connect(m_document, &ScenarioDocument::changed, this, &MainWindow::refresh);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, m_files, &DocumentFiles::newDocument);
    file->addAction(tr("&Open…"), QKeySequence::Open, m_files, &DocumentFiles::open);
    file->addMenu(m_files->examplesMenu());
    file->addMenu(m_files->recentMenu());
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, m_files, &DocumentFiles::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, m_files, &DocumentFiles::saveAs);
    file->addSeparator();
    file->addAction(tr("Export &PDF Report…"), QKeySequence(Qt::CTRL | Qt::Key_E), m_files,
                    &DocumentFiles::exportPdf);
    addExportChartMenu(file);
    file->addAction(tr("&Compare With…"), m_files, &DocumentFiles::compareWith);
    file->addAction(tr("Import API &Prices…"), m_imports, &ImportActions::importPrices);
    file->addAction(tr("Import &Traffic…"), m_imports, &ImportActions::importTraffic);
    file->addAction(tr("Import &Benchmark…"), m_imports, &ImportActions::importBenchmark);
    file->addAction(tr("P&rint…"), QKeySequence::Print, m_files, &DocumentFiles::print);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::addExportChartMenu(QMenu *file)
{
    QMenu *exportChart = file->addMenu(tr("Export C&hart"));
    for (QChartView *view : chartViews()) {
        QAction *action
            = exportChart->addAction(view->chart()->title() + QStringLiteral("…"), this,
                                     [this, view] { exportChartInteractively(view, this); });
        if (m_workloadsChart->chartViews().contains(view))
            m_exportWorkloadsChart = action;
    }
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y as well as the platform's redo (Ctrl+Shift+Z here): both hands know one of them.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
}

void MainWindow::createToolsMenu()
{
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Owned GPU Price…"), m_imports, &ImportActions::editOwnedGpu);
    tools->addAction(tr("&Estimate Throughput…"), m_imports, &ImportActions::estimateThroughput);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_presentation->toggleAction());
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(
            this, tr("About LLM Breakeven Planner"),
            tr("<h3>LLM Breakeven Planner %1</h3><p>When does self-hosting an open LLM on "
               "GPUs beat paying per token for a hosted API, and when is a hybrid best?</p>"
               "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

QTabWidget *MainWindow::chartTabs() const
{
    return m_tabs;
}

QList<ChartPanel *> MainWindow::chartPanels() const
{
    return QList<ChartPanel *> {m_costChart} + m_tabs->panels();
}

QList<QChartView *> MainWindow::chartViews() const
{
    QList<QChartView *> views;
    for (ChartPanel *panel : chartPanels())
        views += panel->chartViews();
    return views;
}

void MainWindow::setChartsDraft(bool draft)
{
    for (ChartPanel *panel : chartPanels())
        panel->setDraft(draft);
}

void MainWindow::refresh()
{
    const Scenario &scenario = m_document->scenario();
    m_evaluation = evaluate(scenario);
    m_inputs->setScenario(scenario, m_evaluation.summary);
    m_headline->setResults(scenario, m_evaluation);
    // Only a scenario with a workloads list has a plan to state and to draw.
    const bool listed = !scenario.workloads.isEmpty();
    if (listed)
        m_headline->setPlan(m_workloadsChart->planOf(scenario));
    // Setting a tab's visibility lays out and repaints the tab bar, even unchanged: not per step.
    if (const int tab = m_tabs->indexOf(m_workloadsChart); m_tabs->isTabVisible(tab) != listed)
        m_tabs->setTabVisible(tab, listed);
    m_exportWorkloadsChart->setVisible(listed); // a single workload's plan chart is empty
    drawCharts();
    m_analysis->analyse(scenario);
}

void MainWindow::drawCharts()
{
    m_costChart->setResults(m_document->scenario(), m_evaluation);
    m_tabs->setResults(m_document->scenario(), m_evaluation);
}

void MainWindow::showUncertainty()
{
    const UncertaintyResult *result = m_analysis->result() ? &*m_analysis->result() : nullptr;
    m_headline->setUncertainty(result);
    m_distribution->setUncertainty(result);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — LLM Breakeven Planner").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::showError(const QString &coreMessage)
{
    const QString message = format::forPeople(coreMessage);
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("LLM Breakeven Planner"), message,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_autosave->remove(); // saved or knowingly discarded
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(SplitterKey, static_cast<QSplitter *>(centralWidget())->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    event->acceptProposedAction();
    if (m_files->maybeSave())
        m_files->openFile(path);
}

} // namespace planner
