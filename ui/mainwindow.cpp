// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "charts/breakdownchart.h"
#include "charts/chartexport.h"
#include "charts/chartsupport.h"
#include "dialogs/comparedialog.h"
#include "charts/costvolumechart.h"
#include "charts/distributionchart.h"
#include "headline.h"
#include "charts/horizonchart.h"
#include "charts/hybridcharts.h"
#include "inputpanel.h"
#include "dialogs/ownedgpudialog.h"
#include "dialogs/priceimportdialog.h"
#include "report/reportwriter.h"
#include "dialogs/rooflinedialog.h"
#include "scenariodocument.h"
#include "scenariofile.h"
#include "charts/tornadochart.h"
#include "dialogs/trafficimportdialog.h"
#include "charts/utilizationchart.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace planner {
namespace {

constexpr int MaxRecentFiles = 8;
const QString RecentFilesKey = QStringLiteral("recentFiles");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString SplitterKey = QStringLiteral("window/splitter");
constexpr int AutosaveIntervalMs = 5000;
constexpr double SensitivityPercent = 20;
const QString AutosaveFileKey = QStringLiteral("autosave/filePath");
const QString ScenarioFilter = QStringLiteral("Scenarios (*.llmbe.json *.json);;All files (*)");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ScenarioDocument(this))
    , m_inputs(new InputPanel(this))
    , m_headline(new Headline(this))
    , m_costChart(new CostVolumeChart(this))
    , m_utilizationChart(new UtilizationChart(this))
    , m_hybridCharts(new HybridCharts(this))
    , m_breakdownChart(new BreakdownChart(this))
    , m_tabs(new QTabWidget(this))
    , m_distribution(new DistributionChart(this))
    , m_tornado(new TornadoChart(this))
    , m_horizon(new HorizonChart(this))
{
    setAcceptDrops(true);
    m_tabs->addTab(m_utilizationChart, tr("Cost per Mtok vs &utilization"));
    m_tabs->addTab(m_hybridCharts, tr("H&ybrid split"));
    m_tabs->addTab(m_breakdownChart, tr("Where the &money goes"));
    m_tabs->addTab(m_distribution, tr("Un&certainty"));
    m_tabs->addTab(m_tornado, tr("&Sensitivity"));
    m_tabs->addTab(m_horizon, tr("Hori&zon"));
    connect(&m_analysis, &QFutureWatcher<UncertaintyResult>::finished, this,
            &MainWindow::analysisFinished);
    m_tabStale = QList<bool>(m_tabs->count(), true);

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

    for (QChartView *view : chartViews())
        addChartExportMenu(view);
    createMenus();
    statusBar()->showMessage(tr("Drag a slider: every figure and chart follows."), 5000);

    connect(m_inputs, &InputPanel::edited, m_document, &ScenarioDocument::edit);
    connect(m_inputs, &InputPanel::dragFinished, m_document, &ScenarioDocument::endMerge);
    // Draft quality while a slider is dragged keeps every frame quick; the final frame is smooth.
    connect(m_inputs, &InputPanel::dragStarted, this, [this] { setChartsAntialiased(false); });
    connect(m_inputs, &InputPanel::dragFinished, this, [this] { setChartsAntialiased(true); });
    connect(m_inputs, &InputPanel::problem, this, &MainWindow::showError);
    connect(m_inputs, &InputPanel::ownedGpuRequested, this, &MainWindow::editOwnedGpu);
    connect(m_inputs, &InputPanel::throughputEstimateRequested, this,
            &MainWindow::estimateThroughput);
    connect(m_document, &ScenarioDocument::changed, this, &MainWindow::refresh);
    connect(m_document, &ScenarioDocument::changed, this, [this] { m_autosaveCurrent = false; });
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setInterval(AutosaveIntervalMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosaveNow);
    m_autosaveTimer->start();
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::refreshTab);

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1280, 800);
    main->restoreState(settings.value(SplitterKey).toByteArray());
    rebuildRecentMenu();
    refresh();
    updateTitle();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, [this] {
        if (maybeSave())
            m_document->reset(defaultScenario(), QString());
    });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::open);
    QMenu *examples = file->addMenu(tr("Open &Example"));
    // The installed examples (share/llm-breakeven/examples beside bin/), else the built-in copies.
    QDir exampleDir(QCoreApplication::applicationDirPath()
                    + QStringLiteral("/../share/llm-breakeven/examples"));
    if (!exampleDir.exists())
        exampleDir.setPath(QStringLiteral(":/examples"));
    for (const QFileInfo &example : exampleDir.entryInfoList({QStringLiteral("*.llmbe.json")})) {
        const Outcome<Scenario> load = loadScenarioFile(example.filePath());
        if (!load.ok())
            continue;
        examples->addAction(load->name, this, [this, scenario = *load] {
            if (maybeSave())
                showScenario(scenario);
        });
    }
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("Export &PDF Report…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        const QString suggested
            = QFileInfo(m_document->displayName()).completeBaseName() + QStringLiteral(".pdf");
        const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF Report"), suggested,
                                                          tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    QMenu *exportChart = file->addMenu(tr("Export C&hart"));
    for (QChartView *view : chartViews()) {
        exportChart->addAction(view->chart()->title() + QStringLiteral("…"), this,
                               [this, view] { exportChartInteractively(view, this); });
    }
    file->addAction(tr("&Compare With…"), this, &MainWindow::compareWith);
    file->addAction(tr("Import API &Prices…"), this, &MainWindow::importPrices);
    file->addAction(tr("Import &Traffic…"), this, &MainWindow::importTraffic);
    file->addAction(tr("Import &Benchmark…"), this, &MainWindow::importBenchmark);
    file->addAction(tr("P&rint…"), QKeySequence::Print, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(defaultPageSize(QLocale()));
        printer.setPageOrientation(QPageLayout::Landscape);
        printer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            paintReport({m_document->scenario()}, printer);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Owned GPU Price…"), this, &MainWindow::editOwnedGpu);
    tools->addAction(tr("&Estimate Throughput…"), this, &MainWindow::estimateThroughput);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_presentationAction = view->addAction(tr("&Presentation"), QKeySequence(Qt::Key_F11), this,
                                           [this](bool on) { setPresentation(on); });
    m_presentationAction->setCheckable(true);
    // The menu bar is hidden while presenting, so the shortcuts live on the window.
    addAction(m_presentationAction);
    auto *leave = new QAction(this);
    leave->setShortcut(Qt::Key_Escape);
    connect(leave, &QAction::triggered, this, [this] {
        if (m_presenting)
            setPresentation(false);
    });
    addAction(leave);

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

QList<QChartView *> MainWindow::chartViews() const
{
    return {m_costChart,
            m_utilizationChart,
            m_hybridCharts->weekView(),
            m_hybridCharts->replicasView(),
            m_breakdownChart,
            m_distribution,
            m_tornado,
            m_horizon};
}

void MainWindow::setPresentation(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    m_presentationAction->setChecked(on);
    constexpr double MeetingScale = 1.4;
    const double scale = on ? MeetingScale : 1.0;
    m_inputs->setDetailsVisible(!on);
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    m_headline->setScale(scale);
    QFont inputs = QApplication::font();
    inputs.setPointSizeF(inputs.pointSizeF() * scale);
    m_inputs->setFont(inputs);
    m_tabs->setFont(inputs);
    for (QChartView *view : chartViews())
        charts::setTextScale(view->chart(), scale);
    if (on)
        showFullScreen();
    else
        showNormal();
}

bool MainWindow::exportPdf(const QString &path)
{
    QString error;
    if (!exportReportPdf({m_document->scenario()}, path, defaultPageSize(QLocale()), &error)) {
        showError(error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::importPrices()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import API Prices (LiteLLM's model_prices_and_context_window.json)"), QString(),
        tr("LiteLLM price file (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Outcome<PriceList> prices = loadLiteLlmPrices(path);
    if (!prices.ok()) {
        showError(prices.errorMessage());
        return;
    }
    PriceImportDialog dialog(std::move(*prices), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.selectedPrice())
        return;
    Scenario next = m_document->scenario();
    applyImportedPrice(next, *dialog.selectedPrice());
    m_document->edit(next, tr("Import prices of %1").arg(dialog.selectedPrice()->model));
}

void MainWindow::importTraffic()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Traffic (a request log: timestamp and tokens columns)"), QString(),
        tr("CSV request log (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    TrafficImportDialog dialog(path, m_document->scenario(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.traffic())
        return;
    Scenario next = m_document->scenario();
    applyTraffic(next, *dialog.traffic());
    m_document->edit(next, tr("Import traffic from %1").arg(QFileInfo(path).fileName()));
}

void MainWindow::importBenchmark()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Benchmark (a vLLM serving benchmark result or a GuideLLM report)"),
        QString(), tr("Benchmark result (*.json);;All files (*)"));
    if (!path.isEmpty())
        useBenchmark(path);
}

bool MainWindow::useBenchmark(const QString &path)
{
    const Outcome<MeasuredThroughput> measured = loadBenchmark(path);
    if (!measured.ok()) {
        showError(measured.errorMessage());
        return false;
    }
    Scenario next = m_document->scenario();
    applyMeasuredThroughput(next, *measured);
    m_inputs->setMeasuredThroughput(*measured);
    m_document->edit(next, tr("Use the rate measured in %1").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("Using %1").arg(measured->description), 8000);
    return true;
}

void MainWindow::editOwnedGpu()
{
    OwnedGpuDialog dialog(m_document->scenario(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Scenario next = m_document->scenario();
    applyOwnedGpu(next, dialog.ownedGpu());
    m_document->edit(next, tr("Price owned GPUs"));
}

void MainWindow::estimateThroughput()
{
    RooflineDialog dialog(m_document->scenario(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.estimate())
        return;
    Scenario next = m_document->scenario();
    applyRooflineEstimate(next, *dialog.estimate(), dialog.gpuCount());
    m_document->edit(next, tr("Use the roofline estimate"));
}

void MainWindow::compareWith()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Compare With (up to three scenarios)"),
                                        QFileInfo(m_document->filePath()).path(), ScenarioFilter);
    if (paths.isEmpty())
        return;
    if (paths.size() > 3) {
        showError(tr("Choose at most three scenarios to compare with the current one."));
        return;
    }
    QList<Scenario> scenarios {m_document->scenario()};
    for (const QString &path : paths) {
        const Outcome<Scenario> load = loadScenarioFile(path);
        if (!load.ok()) {
            showError(tr("Could not open %1:\n%2")
                          .arg(QDir::toNativeSeparators(path), load.errorMessage()));
            return;
        }
        scenarios << *load;
    }
    auto *dialog = new CompareDialog(scenarios, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

QString MainWindow::autosavePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/autosave.llmbe.json");
}

void MainWindow::autosaveNow()
{
    if (m_autosaveCurrent)
        return;
    if (!m_document->isModified()) {
        removeAutosave();
        return;
    }
    QDir().mkpath(QFileInfo(autosavePath()).path());
    if (const Outcome<> saved = saveScenarioFile(m_document->scenario(), autosavePath());
        !saved.ok()) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(saved.errorMessage()), 10000);
        return; // tried again on the next tick
    }
    QSettings().setValue(AutosaveFileKey, m_document->filePath());
    m_autosaveCurrent = true;
}

void MainWindow::removeAutosave()
{
    QFile::remove(autosavePath());
    QSettings().remove(AutosaveFileKey);
    m_autosaveCurrent = true;
}

bool MainWindow::restoreAutosave()
{
    if (!QFile::exists(autosavePath()))
        return false;
    const Outcome<Scenario> load = loadScenarioFile(autosavePath());
    if (!load.ok()) {
        showError(tr("The autosaved work could not be read:\n%1").arg(load.errorMessage()));
        return false;
    }
    m_document->reset(*load, QSettings().value(AutosaveFileKey).toString());
    m_document->undoStack()->resetClean(); // still unsaved: closing will ask
    updateTitle();
    return true;
}

void MainWindow::offerRecovery()
{
    const QFileInfo autosave(autosavePath());
    if (!autosave.exists())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Restore Unsaved Work"),
        tr("The planner closed without saving changes made at %1. Restore them?")
            .arg(QLocale().toString(autosave.lastModified(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes || !restoreAutosave())
        removeAutosave();
}

void MainWindow::refresh()
{
    const Scenario &scenario = m_document->scenario();
    m_evaluation = evaluate(scenario);
    m_inputs->setScenario(scenario, m_evaluation.summary);
    m_headline->setResults(scenario, m_evaluation.summary);
    m_costChart->setResults(scenario, m_evaluation);
    m_tabStale.fill(true);
    refreshTab(m_tabs->currentIndex());
    ++m_revision;
    startAnalysis();
}

// The Monte Carlo runs off the GUI thread, one run at a time: a slider never waits for it, and
// a result is drawn only if the scenario has not changed since its run started; otherwise the
// run starts again for the newest scenario.
void MainWindow::startAnalysis()
{
    const Scenario &scenario = m_document->scenario();
    if (scenario.ranges.isEmpty()) {
        m_uncertainty.reset();
        m_headline->setUncertainty(nullptr);
        m_distribution->chart()->setTitle(
            tr("Give an input a range (±) to see how sure the verdict is"));
        return;
    }
    if (m_analysis.isRunning())
        return; // analysisFinished() starts the next run
    m_analysedRevision = m_revision;
    // One core stays with the window, so sliders keep their pace while the samples run.
    const int threads = std::max(1, QThread::idealThreadCount() - 1);
    m_analysis.setFuture(QtConcurrent::run([scenario, threads] {
        return runMonteCarlo(scenario, int(scenario.samples), quint64(scenario.seed), threads);
    }));
}

void MainWindow::analysisFinished()
{
    if (m_analysedRevision != m_revision) {
        startAnalysis();
        return;
    }
    m_uncertainty = m_analysis.result();
    m_headline->setUncertainty(&*m_uncertainty);
    m_distribution->chart()->setTitle(
        tr("Monthly savings of self-hosting across %1 outcomes (seed %2)")
            .arg(QLocale().toString(m_uncertainty->samples))
            .arg(m_uncertainty->seed));
    m_distribution->setResult(*m_uncertainty);
}

// Hidden tabs are redrawn when they are shown, so a slider step only pays for what is visible.
void MainWindow::refreshTab(int index)
{
    if (index < 0 || !m_tabStale[index])
        return;
    const Scenario &scenario = m_document->scenario();
    QWidget *tab = m_tabs->widget(index);
    if (tab == m_utilizationChart)
        m_utilizationChart->setResults(scenario, m_evaluation);
    else if (tab == m_hybridCharts)
        m_hybridCharts->setResults(scenario, m_evaluation);
    else if (tab == m_breakdownChart)
        m_breakdownChart->setResults(scenario, m_evaluation);
    else if (tab == m_tornado)
        m_tornado->setRows(sensitivity(scenario, SensitivityPercent),
                           m_evaluation.summary.apiUsdPerMonth
                               - m_evaluation.summary.selfhostUsdPerMonth,
                           SensitivityPercent);
    else if (tab == m_horizon)
        m_horizon->setResults(scenario, m_evaluation);
    m_tabStale[index] = false;
}

void MainWindow::setChartsAntialiased(bool on)
{
    for (QChartView *view :
         {static_cast<QChartView *>(m_costChart), static_cast<QChartView *>(m_utilizationChart),
          m_hybridCharts->replicasView(), static_cast<QChartView *>(m_breakdownChart)})
        view->setRenderHint(QPainter::Antialiasing, on);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — LLM Breakeven Planner").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("LLM Breakeven Planner"), message,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::openFile(const QString &path)
{
    const Outcome<Scenario> load = loadScenarioFile(path);
    if (!load.ok()) {
        showError(
            tr("Could not open %1:\n%2").arg(QDir::toNativeSeparators(path), load.errorMessage()));
        return false;
    }
    m_document->reset(*load, QFileInfo(path).absoluteFilePath());
    addRecentFile(QFileInfo(path).absoluteFilePath());
    if (!load.warnings.isEmpty())
        statusBar()->showMessage(load.warnings.join(QStringLiteral("; ")), 10000);
    return true;
}

void MainWindow::showScenario(const Scenario &scenario, const QString &filePath)
{
    m_document->reset(scenario, filePath);
}

bool MainWindow::saveTo(const QString &path)
{
    if (const Outcome<> saved = saveScenarioFile(m_document->scenario(), path); !saved.ok()) {
        showError(saved.errorMessage());
        return false;
    }
    m_document->markSaved(QFileInfo(path).absoluteFilePath());
    removeAutosave();
    addRecentFile(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::save()
{
    return m_document->filePath().isEmpty() ? saveAs() : saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = QDir::home().filePath(
            (m_document->scenario().name.isEmpty() ? tr("scenario") : m_document->scenario().name)
            + QStringLiteral(".llmbe.json"));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Scenario"), suggested, ScenarioFilter);
    return !path.isEmpty() && saveTo(path);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Scenario"), QFileInfo(m_document->filePath()).path(), ScenarioFilter);
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    removeAutosave(); // saved or knowingly discarded
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
    if (maybeSave())
        openFile(path);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentFilesKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(RecentFilesKey, recent.mid(0, MaxRecentFiles));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentFilesKey).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace planner
