// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costengine.h"

#include <QMainWindow>

class QAction;
class QChartView;
class QMenu;
class QSplitter;
class QTabWidget;

namespace planner {

class Autosave;
class BreakdownChart;
class ChartPanel;
class ChartTabs;
class CostVolumeChart;
class DistributionChart;
class DocumentFiles;
class Headline;
class HorizonChart;
class ImportActions;
class InputPanel;
class MonteCarloRunner;
class PresentationMode;
class ScenarioDocument;
class WorkloadsChart;

// The what-if window: inputs on the left, the verdict and the charts on the right, all redrawn
// from one evaluation whenever the document changes. Its jobs each have a home of their own in
// ui/window/: the files, the autosave, the imports, the Monte Carlo runner, the presentation
// mode and the chart tabs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    ScenarioDocument *document() const { return m_document; }
    InputPanel *inputs() const { return m_inputs; }
    Headline *headline() const { return m_headline; }
    CostVolumeChart *costChart() const { return m_costChart; }
    BreakdownChart *breakdownChart() const { return m_breakdownChart; }
    HorizonChart *horizonChart() const { return m_horizonChart; }
    WorkloadsChart *workloadsChart() const { return m_workloadsChart; }
    QTabWidget *chartTabs() const;

    DocumentFiles *files() const { return m_files; }
    Autosave *autosave() const { return m_autosave; }
    ImportActions *imports() const { return m_imports; }
    MonteCarloRunner *analysis() const { return m_analysis; }
    PresentationMode *presentation() const { return m_presentation; }
    // The last problem shown to the user.
    QString lastError() const { return m_lastError; }

    // Every chart the window shows, main chart first.
    QList<QChartView *> chartViews() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void addCharts();
    QSplitter *layOut();
    void connectParts();
    void createFileMenu();
    void addExportChartMenu(QMenu *file);
    void createEditMenu();
    void createToolsMenu();
    void createViewMenu();
    void createHelpMenu();
    QList<ChartPanel *> chartPanels() const;
    void setChartsDraft(bool draft);
    void refresh();
    // Gives the charts the last evaluation.
    void drawCharts();
    void showUncertainty();
    void updateTitle();
    void showError(const QString &message);

    ScenarioDocument *m_document;
    InputPanel *m_inputs;
    Headline *m_headline;
    CostVolumeChart *m_costChart;
    ChartTabs *m_tabs;
    BreakdownChart *m_breakdownChart = nullptr;
    DistributionChart *m_distribution = nullptr;
    HorizonChart *m_horizonChart = nullptr;
    WorkloadsChart *m_workloadsChart = nullptr;
    QAction *m_exportWorkloadsChart = nullptr; // in File ▸ Export Chart
    Autosave *m_autosave;
    DocumentFiles *m_files;
    ImportActions *m_imports;
    MonteCarloRunner *m_analysis;
    PresentationMode *m_presentation = nullptr;
    QString m_lastError;
    Evaluation m_evaluation; // of the document's scenario
};

} // namespace planner
