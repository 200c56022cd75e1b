// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costengine.h"
#include "uncertainty.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QAction;
class QChartView;
class QMenu;
class QTabWidget;
class QTimer;

namespace planner {

class BreakdownChart;
class DistributionChart;
class HorizonChart;
class TornadoChart;
class CostVolumeChart;
class Headline;
class HybridCharts;
class InputPanel;
class ScenarioDocument;
class UtilizationChart;

// The what-if window: inputs on the left, the verdict and the charts on the right, all redrawn
// from one evaluation whenever the document changes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    ScenarioDocument *document() const { return m_document; }
    InputPanel *inputs() const { return m_inputs; }
    Headline *headline() const { return m_headline; }
    CostVolumeChart *costChart() const { return m_costChart; }
    UtilizationChart *utilizationChart() const { return m_utilizationChart; }
    HybridCharts *hybridCharts() const { return m_hybridCharts; }
    BreakdownChart *breakdownChart() const { return m_breakdownChart; }
    QTabWidget *chartTabs() const { return m_tabs; }
    DistributionChart *distributionChart() const { return m_distribution; }
    TornadoChart *tornadoChart() const { return m_tornado; }
    HorizonChart *horizonChart() const { return m_horizon; }
    // The latest Monte Carlo result drawn, for the current scenario (none without ranges).
    const std::optional<UncertaintyResult> &uncertainty() const { return m_uncertainty; }
    // True while a Monte Carlo run for the current or an earlier scenario is in flight.
    bool isAnalysing() const { return m_analysis.isRunning(); }
    const Evaluation &evaluation() const { return m_evaluation; }

    // Opens a scenario file. On failure shows why, keeps the current scenario and returns false.
    bool openFile(const QString &path);
    // Saves to path atomically. On failure shows why, keeps the document modified, returns false.
    bool saveTo(const QString &path);
    // Uses the rate of a benchmark result as the replicas' throughput, warning while the mix
    // differs. On failure shows why, keeps the scenario and returns false.
    bool useBenchmark(const QString &path);
    // Shows scenario as a new, unsaved document (an example, or the command line's overrides).
    void showScenario(const Scenario &scenario, const QString &filePath = QString());
    QString lastError() const { return m_lastError; }

    // Every chart the window shows, main chart first.
    QList<QChartView *> chartViews() const;
    // Meeting mode: full screen, larger text, only the main levers; Esc leaves it.
    void setPresentation(bool on);
    bool isPresenting() const { return m_presenting; }
    // Writes the report of the current scenario; on failure shows why and returns false.
    bool exportPdf(const QString &path);

    // Unsaved work is written every few seconds to the app-data folder and removed once saved
    // or discarded; after a crash the next start offers it back.
    static QString autosavePath();
    void autosaveNow();
    // Asks whether to restore work left by a crash; restores it as an unsaved document.
    void offerRecovery();
    // Restores the autosaved scenario without asking; false when there is none.
    bool restoreAutosave();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void refresh();
    void refreshTab(int index);
    void startAnalysis();
    void analysisFinished();
    void updateTitle();
    void setChartsAntialiased(bool on);
    void showError(const QString &message);
    bool maybeSave();
    bool save();
    bool saveAs();
    void open();
    void compareWith();
    void importPrices();
    void importTraffic();
    void importBenchmark();
    void editOwnedGpu();
    void estimateThroughput();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void removeAutosave();

    ScenarioDocument *m_document;
    InputPanel *m_inputs;
    Headline *m_headline;
    CostVolumeChart *m_costChart;
    UtilizationChart *m_utilizationChart;
    HybridCharts *m_hybridCharts;
    BreakdownChart *m_breakdownChart;
    QTabWidget *m_tabs;
    DistributionChart *m_distribution;
    TornadoChart *m_tornado;
    HorizonChart *m_horizon;
    QFutureWatcher<UncertaintyResult> m_analysis;
    quint64 m_revision = 0; // counts scenario changes
    quint64 m_analysedRevision = 0; // the revision the running analysis was started for
    std::optional<UncertaintyResult> m_uncertainty;
    QMenu *m_recentMenu = nullptr;
    QAction *m_presentationAction = nullptr;
    bool m_presenting = false;
    QTimer *m_autosaveTimer = nullptr;
    bool m_autosaveCurrent = true; // the autosave file (or its absence) matches the document
    Evaluation m_evaluation;
    QList<bool> m_tabStale;
    QString m_lastError;
};

} // namespace planner
