// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/costvolumechart.h"
#include "charts/distributionchart.h"
#include "charts/horizonchart.h"
#include "charts/utilizationchart.h"
#include "dialogs/priceimportdialog.h"
#include "dialogs/trafficimportdialog.h"
#include "fieldeditor.h"
#include "figures.h"
#include "format.h"
#include "headline.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "ownedgpu.h"
#include "presetcombobox.h"
#include "scenariodocument.h"
#include "scenariofields.h"
#include "scenariofile.h"
#include "trafficprofiles.h"
#include "weekprofileeditor.h"
#include "window/autosave.h"
#include "window/documentfiles.h"
#include "window/importactions.h"
#include "window/montecarlorunner.h"
#include "windowfixture.h"

#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace planner;

class TestMainWindow : public QObject
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

    void startsOnTheDefaultScenario()
    {
        QCOMPARE(m_window->document()->scenario(), defaultScenario());
        QVERIFY(m_window->headline()->verdict().startsWith(u"Self-hosting saves"));
        QVERIFY(!m_window->isWindowModified());
    }

    void volumeSlider_updatesSpinBoxHeadlineAndCharts()
    {
        FieldEditor *volume = m_window->inputs()->editor("volume_mtok_per_month");
        QVERIFY(volume);
        const QString apiBefore
            = m_window->headline()->figure(QStringLiteral("api_usd_per_month"))->text();
        const QString verdictBefore = m_window->headline()->verdict();
        const QList<QPointF> seriesBefore = m_window->costChart()->apiSeries()->points();

        QTest::keyClick(volume->slider(), Qt::Key_PageUp);

        const double shown = volume->spinBox()->value();
        const double volumeNow = m_window->document()->scenario().volumeMtokPerMonth;
        QVERIFY(volumeNow > defaultScenario().volumeMtokPerMonth);
        QCOMPARE(shown, volumeNow);
        QVERIFY(m_window->headline()->figure(QStringLiteral("api_usd_per_month"))->text()
                != apiBefore);
        QVERIFY(m_window->headline()->verdict() != verdictBefore);
        QVERIFY(m_window->costChart()->apiSeries()->points() != seriesBefore);
        QCOMPARE(m_window->costChart()->apiSeries()->points().last().x(), volumeNow * 100);
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains(u"[*]") || m_window->isWindowModified());
    }

    void sliderDrag_drawsEveryChartInDraftThenAsBefore()
    {
        QList<bool> smooth;
        for (QChartView *view : m_window->chartViews())
            smooth << view->renderHints().testFlag(QPainter::Antialiasing);
        QVERIFY(smooth.contains(true) && smooth.contains(false)); // the hybrid's week never is
        QSlider *slider = m_window->inputs()->editor("gpu_hourly_usd")->slider();
        slider->setSliderDown(true);
        slider->setValue(slider->value() + 10);
        for (QChartView *view : m_window->chartViews())
            QVERIFY(!view->renderHints().testFlag(QPainter::Antialiasing));
        slider->setSliderDown(false);
        QList<bool> after;
        for (QChartView *view : m_window->chartViews())
            after << view->renderHints().testFlag(QPainter::Antialiasing);
        QCOMPARE(after, smooth);
    }

    void spinBox_setsExactValue()
    {
        FieldEditor *gpu = m_window->inputs()->editor("gpu_hourly_usd");
        gpu->spinBox()->setValue(3.21);
        QCOMPARE(m_window->document()->scenario().gpuHourlyUsd, 3.21);
        QCOMPARE(gpu->slider()->value(), int(std::lround(3.21 / 15 * 1000)));
    }

    void oneSliderDrag_isOneUndoStep_andUndoRestoresExactly()
    {
        const Scenario before = m_window->document()->scenario();
        QSlider *slider = m_window->inputs()->editor("gpu_hourly_usd")->slider();
        const int start = slider->value();
        slider->setSliderDown(true);
        for (int position = start + 10; position <= start + 200; position += 10)
            slider->setValue(position);
        QVERIFY(!m_window->costChart()->renderHints().testFlag(
            QPainter::Antialiasing)); // draft while dragging
        slider->setSliderDown(false);
        QVERIFY(m_window->costChart()->renderHints().testFlag(QPainter::Antialiasing));
        QVERIFY(m_window->document()->scenario().gpuHourlyUsd > before.gpuHourlyUsd);
        QCOMPARE(m_window->document()->undoStack()->count(), 1);

        // A second drag of the same slider is a step of its own.
        slider->setSliderDown(true);
        slider->setValue(start + 50);
        slider->setSliderDown(false);
        QCOMPARE(m_window->document()->undoStack()->count(), 2);

        m_window->document()->undoStack()->undo();
        m_window->document()->undoStack()->undo();
        QCOMPARE(m_window->document()->scenario(), before);
        QCOMPARE(m_window->inputs()->editor("gpu_hourly_usd")->spinBox()->value(),
                 before.gpuHourlyUsd);
        QVERIFY(!m_window->isWindowModified());
    }

    void undo_restoresEveryKindOfEdit()
    {
        const Scenario before = m_window->document()->scenario();
        InputPanel *inputs = m_window->inputs();
        inputs->editor("engineer_fte")->spinBox()->setValue(1.5);
        QComboBox *mode = inputs->provisioningChooser();
        mode->setCurrentIndex(mode->findData(int(Provisioning::Fixed)));
        emit mode->activated(mode->currentIndex());
        emit inputs->profileEditor()->profileEdited(*trafficPreset(u"daily-bursts"));
        QCOMPARE(m_window->document()->scenario().provisioning, Provisioning::Fixed);
        QCOMPARE(m_window->document()->scenario().profile.presetName,
                 QStringLiteral("daily-bursts"));
        QCOMPARE(m_window->document()->undoStack()->count(), 3);
        while (m_window->document()->undoStack()->canUndo())
            m_window->document()->undoStack()->undo();
        QCOMPARE(m_window->document()->scenario(), before);
        m_window->document()->undoStack()->redo();
        QCOMPARE(m_window->document()->scenario().engineerFte, 1.5);
    }

    void provisioningMode_movesTheUtilizationLever()
    {
        InputPanel *inputs = m_window->inputs();
        QCOMPARE(inputs->editor("max_utilization")->isVisibleTo(m_window),
                 true); // default: autoscale
        QComboBox *mode = inputs->provisioningChooser();
        mode->setCurrentIndex(mode->findData(int(Provisioning::Utilization)));
        emit mode->activated(mode->currentIndex());
        FieldEditor *average = inputs->editor("average_utilization");
        QVERIFY(average && average->isVisibleTo(m_window));
        average->spinBox()->setValue(30);
        QCOMPARE(m_window->document()->scenario().averageUtilization, 0.3);
    }

    // The on-demand price and the start-up minutes price autoscale only (cost model 9.1).
    void autoscaleInputs_areShownOnlyUnderAutoscale()
    {
        InputPanel *inputs = m_window->inputs();
        QCOMPARE(m_window->document()->scenario().provisioning, Provisioning::Autoscale);
        for (const char *key : {"ondemand_gpu_hourly_usd", "scale_up_minutes"}) {
            FieldEditor *shown = inputs->editor(key);
            QVERIFY2(shown && shown->isVisibleTo(m_window), key);
        }
        inputs->editor("ondemand_gpu_hourly_usd")->spinBox()->setValue(4.425);
        inputs->editor("scale_up_minutes")->spinBox()->setValue(10);
        QCOMPARE(m_window->document()->scenario().ondemandGpuHourlyUsd, 4.425);
        QCOMPARE(m_window->document()->scenario().scaleUpMinutes, 10.0);
        QComboBox *mode = inputs->provisioningChooser();
        for (Provisioning other : {Provisioning::Fixed, Provisioning::Utilization}) {
            mode->setCurrentIndex(mode->findData(int(other)));
            emit mode->activated(mode->currentIndex());
            QVERIFY(!inputs->editor("ondemand_gpu_hourly_usd"));
            QVERIFY(!inputs->editor("scale_up_minutes"));
        }
    }

    // Owned GPUs are bought, never rented by the hour (cost model 9.3).
    void autoscaleInputs_areHiddenForOwnedGpus()
    {
        Scenario owned = m_window->document()->scenario();
        QCOMPARE(owned.provisioning, Provisioning::Autoscale);
        applyOwnedGpu(owned, OwnedGpu {36500, 50, 0.8, 1.5, 0.10, 146});
        m_window->document()->edit(owned, QStringLiteral("Own the GPUs"));
        QVERIFY(!m_window->inputs()->editor("ondemand_gpu_hourly_usd"));
        QVERIFY(!m_window->inputs()->editor("scale_up_minutes"));
    }

    void minReplicasEditor_acceptsZero()
    {
        FieldEditor *minimum = m_window->inputs()->editor("min_replicas");
        QCOMPARE(minimum->spinBox()->minimum(), 0.0);
        minimum->spinBox()->setValue(0);
        QCOMPARE(m_window->document()->scenario().minReplicas, 0.0);
        minimum->slider()->setValue(minimum->slider()->minimum());
        QCOMPARE(m_window->document()->scenario().minReplicas, 0.0);
    }

    void switches_changeTheScenarioAndUndoRestoresThem()
    {
        const Scenario before = m_window->document()->scenario();
        for (const SwitchField &field : switchFields()) {
            QCheckBox *box = m_window->inputs()->switchBox(field.key);
            QVERIFY2(box && box->isVisibleTo(m_window), field.key);
            QVERIFY2(!box->toolTip().isEmpty(), field.key);
            QVERIFY(!box->isChecked());
            box->click();
            QVERIFY2(m_window->document()->scenario().*(field.member), field.key);
            QVERIFY(box->isChecked());
        }
        QCOMPARE(m_window->document()->undoStack()->count(), int(switchFields().size()));
        while (m_window->document()->undoStack()->canUndo())
            m_window->document()->undoStack()->undo();
        QCOMPARE(m_window->document()->scenario(), before);
        for (const SwitchField &field : switchFields())
            QVERIFY2(!m_window->inputs()->switchBox(field.key)->isChecked(), field.key);
    }

    // A committed price brings its provider's on-demand price; an on-demand one clears it.
    void committedGpuPreset_fillsTheOnDemandPrice()
    {
        PresetComboBox *prices = m_window->inputs()->gpuPriceChooser();
        QVERIFY(prices);
        const auto choose = [&](const QString &entry) {
            int index = prices->count() - 1;
            for (; index > 0; --index) {
                prices->setCurrentIndex(index);
                if (prices->shownText().startsWith(entry))
                    break;
            }
            QVERIFY2(index > 0, qPrintable(entry));
            emit prices->activated(index);
        };
        choose(QStringLiteral("NVIDIA H100 SXM5 80GB: GCP, 3-year commitment"));
        QCOMPARE(m_window->document()->scenario().gpuHourlyUsd, 4.858);
        QCOMPARE(m_window->document()->scenario().ondemandGpuHourlyUsd, 11.0613);
        QCOMPARE(m_window->inputs()->editor("ondemand_gpu_hourly_usd")->spinBox()->value(), 11.061);
        choose(QStringLiteral("NVIDIA H100 SXM5 80GB: GCP, on-demand"));
        QCOMPARE(m_window->document()->scenario().ondemandGpuHourlyUsd, 0.0);
    }

    void invalidFile_showsErrorAndKeepsScenario()
    {
        m_window->inputs()->editor("gpu_hourly_usd")->spinBox()->setValue(4.5);
        const Scenario before = m_window->document()->scenario();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"selfhost": {"gpus_per_replica": 0}})");
        file.close();

        QVERIFY(!m_window->files()->openFile(path));
        QVERIFY2(
            m_window->lastError().contains(
                u"GPUs per replica must be a whole number from 1 to 4,096 GPUs (you entered 0)"),
            qPrintable(m_window->lastError()));
        auto *box = m_window->findChild<QMessageBox *>();
        QVERIFY(box && box->isVisible());
        QVERIFY(box->text().contains(u"GPUs per replica"));
        box->close();
        QCOMPARE(m_window->document()->scenario(), before);
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(m_window->document()->undoStack()->count(), 1);
    }

    void saveThenOpen_roundTripsEveryField()
    {
        Scenario edited = defaultScenario();
        edited.name = QStringLiteral("Round trip");
        for (const NumericField &field : numericFields()) {
            double value = field.min + (std::min(field.max, field.min + 100) - field.min) * 0.37;
            if (field.integer)
                value = std::round(value);
            edited.*(field.member) = value;
        }
        edited.provisioning = Provisioning::Fixed;
        edited.profile.presetName.clear();
        for (int h = 0; h < HoursPerWeek; ++h)
            edited.profile.weights[h] = (h % 24) + 0.5;
        QVERIFY(validate(edited).ok());
        m_window->document()->edit(edited, QStringLiteral("everything"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(m_window->files()->saveTo(path));
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().startsWith(u"plan.json"));

        m_window->files()->showScenario(defaultScenario());
        QVERIFY(m_window->files()->openFile(path));
        QCOMPARE(m_window->document()->scenario(), edited);
        QCOMPARE(m_window->document()->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0),
                 QFileInfo(path).absoluteFilePath());
    }

    void failedSave_keepsDocumentModified()
    {
        m_window->inputs()->editor("gpu_hourly_usd")->spinBox()->setValue(4.5);
        QVERIFY(!m_window->files()->saveTo(QStringLiteral("/nonexistent/dir/plan.json")));
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->lastError().contains(u"/nonexistent/dir/plan.json"));
        if (auto *box = m_window->findChild<QMessageBox *>())
            box->close();
    }

    void everyInput_hasATooltip()
    {
        for (FieldEditor *editor : m_window->findChildren<FieldEditor *>()) {
            QVERIFY2(!editor->slider()->toolTip().isEmpty(), editor->field().key);
            QVERIFY2(!editor->spinBox()->toolTip().isEmpty(), editor->field().key);
        }
        QVERIFY(!m_window->headline()
                     ->figure(QStringLiteral("selfhost_gpu_usd_per_month"))
                     ->toolTip()
                     .isEmpty());
    }

    void figures_explainThemselvesWithTheNumbers()
    {
        // Default: 2,129.2 replica-hours x 2 GPUs x $2.95/h = $12,562.3; to the tenth, so that it
        // checks out by hand (2,129 x 2 x 2.95 would give $12,561).
        const QString tip
            = m_window->headline()->figure(QStringLiteral("selfhost_gpu_usd_per_month"))->toolTip();
        QVERIFY2(tip.contains(u"2,129.2 replica-hours") && tip.contains(u"2 GPUs")
                     && tip.contains(u"$2.95/h") && tip.contains(u"$12,562"),
                 qPrintable(tip));
    }

    void noNaNOrInfinityOnScreen()
    {
        // A scenario at the edges of every range still shows only numbers or dashes.
        Scenario extreme = defaultScenario();
        extreme.volumeMtokPerMonth = 1e9;
        extreme.gpuHourlyUsd = 0;
        extreme.inputUsdPerMtok = 0;
        extreme.outputUsdPerMtok = 0;
        extreme.cachedInputUsdPerMtok = 0;
        extreme.mixedTokPerS = 0.001;
        m_window->document()->edit(extreme, QStringLiteral("extreme"));
        QStringList texts {m_window->headline()->verdict()};
        for (QLabel *label : m_window->headline()->findChildren<QLabel *>())
            texts << label->text() << label->toolTip();
        for (const QString &text : texts) {
            QVERIFY2(!text.contains(u"nan", Qt::CaseInsensitive), qPrintable(text));
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\binf\\b"),
                                                       QRegularExpression::CaseInsensitiveOption)),
                     qPrintable(text));
        }
    }

    void autosave_keepsUnsavedWorkForRecovery()
    {
        QVERIFY(!QFile::exists(Autosave::path()));
        m_window->inputs()->editor("gpu_hourly_usd")->spinBox()->setValue(7.25);
        m_window->autosave()->saveNow();
        QVERIFY(QFile::exists(Autosave::path()));
        const Scenario edited = m_window->document()->scenario();

        // A crash: the window is gone without closing; a new one restores the work, unsaved.
        m_window->document()->undoStack()->setClean();
        auto restarted = std::make_unique<MainWindow>();
        QVERIFY(restarted->autosave()->restore());
        QCOMPARE(restarted->document()->scenario(), edited);
        QVERIFY(restarted->document()->isModified());

        // Saving it removes the autosave.
        QTemporaryDir dir;
        QVERIFY(restarted->files()->saveTo(dir.filePath(QStringLiteral("kept.llmbe.json"))));
        QVERIFY(!QFile::exists(Autosave::path()));
        QVERIFY(!restarted->autosave()->restore());
    }

    void autosave_leavesNothingWhenThereIsNothingUnsaved()
    {
        m_window->autosave()->saveNow();
        QVERIFY(!QFile::exists(Autosave::path()));
    }

    void rangeEditor_setsARangeThatTheAnalysisUses()
    {
        FieldEditor *gpu = m_window->inputs()->editor("gpu_hourly_usd");
        QVERIFY(!gpu->rangeButton()->isChecked());
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const QList<QDoubleSpinBox *> boxes = dialog->findChildren<QDoubleSpinBox *>();
            QCOMPARE(boxes.size(), 3);
            boxes[0]->setValue(2.0);
            boxes[2]->setValue(4.5);
            dialog->accept();
        });
        gpu->editRange();
        const Scenario &s = m_window->document()->scenario();
        QCOMPARE(s.ranges.value(QStringLiteral("gpu_hourly_usd")),
                 (TriangularRange {2.0, 2.95, 4.5}));
        QVERIFY(gpu->rangeButton()->isChecked());
        QTRY_VERIFY(m_window->analysis()->result().has_value());
        QVERIFY(m_window->headline()->uncertaintyLine().contains(u"of outcomes"));

        // Moving the value moves the most likely point and keeps it inside the range.
        gpu->spinBox()->setValue(5);
        QCOMPARE(m_window->document()->scenario().ranges.value(QStringLiteral("gpu_hourly_usd")),
                 (TriangularRange {2.0, 5, 5}));
    }

    void analysis_neverDrawsAStaleResult()
    {
        Scenario s = defaultScenario();
        s.samples = 200000; // long enough that the edits below overtake the first run
        s.ranges.insert(QStringLiteral("gpu_hourly_usd"), {2.0, s.gpuHourlyUsd, 4.5});
        m_window->document()->edit(s, QStringLiteral("ranges"));
        for (double price : {3.0, 3.2, 3.4}) {
            s.gpuHourlyUsd = price;
            s.ranges[QStringLiteral("gpu_hourly_usd")].mode = price;
            m_window->document()->edit(s, QStringLiteral("price"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_window->analysis()->result().has_value()
                                     && !m_window->analysis()->isRunning(),
                                 30000);
        const UncertaintyResult expected = runMonteCarlo(s, int(s.samples), quint64(s.seed));
        QCOMPARE(m_window->analysis()->result()->savingsP50, expected.savingsP50);
        QCOMPARE(m_window->analysis()->result()->pSelfhostCheaper, expected.pSelfhostCheaper);
    }

    void uncertaintyAndHorizonTabs_drawTheirCharts()
    {
        m_window->chartTabs()->setCurrentWidget(m_window->horizonChart());
        QCOMPARE(m_window->horizonChart()->selfhostSeries()->count(),
                 int(defaultScenario().horizonMonths) + 1);
    }

    void priceImport_filtersAndPicksAModel()
    {
        const PriceList prices
            = *loadLiteLlmPrices(QDir(QStringLiteral(PLANNER_TEST_DATA_DIR))
                                     .filePath(QStringLiteral("litellm-prices.json")));
        QCOMPARE(prices.models.size(), 4);
        PriceImportDialog dialog(prices);
        QVERIFY(!dialog.selectedPrice());
        QTest::keyClicks(dialog.filter(), QStringLiteral("llama-3.3"));
        QCOMPARE(dialog.list()->model()->rowCount(), 1);
        dialog.list()->setCurrentIndex(dialog.list()->model()->index(0, 0));
        QVERIFY(dialog.selectedPrice());
        QCOMPARE(dialog.selectedPrice()->model,
                 QStringLiteral("together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo"));
    }

    // The figures are those worked out by hand in tst_trafficimport.
    void trafficImport_showsTheLogsFiguresBeforeApplying()
    {
        const Scenario current = m_window->document()->scenario();
        TrafficImportDialog dialog(QDir(QStringLiteral(PLANNER_TEST_DATA_DIR))
                                       .filePath(QStringLiteral("traffic-two-weeks.csv")),
                                   current);
        QTRY_VERIFY(!dialog.isReading());
        QVERIFY2(dialog.traffic(), qPrintable(dialog.errorText()));
        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        const QString figures = dialog.figures()->text();
        QVERIFY2(
            figures.contains(u"2026-11-02 00:00 to 2026-11-15 23:00 UTC (336 hours, 2.0 weeks)")
                && figures.contains(u"28%"),
            qPrintable(figures));
        QVERIFY(dialog.notes()->isHidden());
        QCOMPARE(m_window->document()->scenario(), current);
    }

    void trafficImport_refusesABinaryFileAndAppliesNothing()
    {
        QTemporaryFile binary;
        QVERIFY(binary.open());
        QByteArray noise(64 * 1024, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) % 251);
        binary.write(noise);
        binary.close();
        TrafficImportDialog dialog(binary.fileName(), m_window->document()->scenario());
        QTRY_VERIFY(!dialog.isReading());
        QVERIFY(!dialog.traffic());
        QVERIFY2(dialog.errorText().contains(u"header"), qPrintable(dialog.errorText()));
        QVERIFY(dialog.figures()->text().contains(u"Nothing was imported"));
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void trafficImport_cancelStopsReadingALargeLog()
    {
        QTemporaryFile log;
        QVERIFY(log.open());
        log.write("timestamp,tokens\n");
        const QByteArray rows = QByteArray("2026-11-02T00:00:00Z,1\n").repeated(1 << 16);
        for (int i = 0; i < 64; ++i)
            log.write(rows);
        log.close();
        TrafficImportDialog dialog(log.fileName(), m_window->document()->scenario());
        dialog.reject();
        QTRY_VERIFY(!dialog.isReading());
        QVERIFY(!dialog.traffic());
        QVERIFY2(dialog.errorText().contains(u"cancelled"), qPrintable(dialog.errorText()));
    }

    // tests/data/vllm-result.json was measured at 50.1% output tokens.
    void benchmarkImport_warnsWhileTheMixDiffers()
    {
        const QDir data(QStringLiteral(PLANNER_TEST_DATA_DIR));
        Scenario scenario = defaultScenario();
        scenario.outputFraction = 0.2;
        m_window->files()->showScenario(scenario);
        QVERIFY(
            m_window->imports()->useBenchmark(data.filePath(QStringLiteral("vllm-result.json"))));
        QCOMPARE(m_window->document()->scenario().mixedTokPerS, 4843.81);
        QLabel *warning = m_window->inputs()->mixWarningLabel();
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains(u"measured at 50.1% output tokens")
                     && warning->text().contains(u"this workload has 20.0%"),
                 qPrintable(warning->text()));

        Scenario sameMix = m_window->document()->scenario();
        sameMix.outputFraction = 0.5;
        m_window->document()->edit(sameMix, QStringLiteral("mix"));
        QVERIFY(warning->isHidden());
        m_window->document()->undoStack()->undo();
        QVERIFY(!warning->isHidden());

        Scenario ownRate = m_window->document()->scenario();
        ownRate.mixedTokPerS = 5000;
        m_window->document()->edit(ownRate, QStringLiteral("rate"));
        QVERIFY(warning->isHidden());
    }

    void sweepRun_setsTheTargetsTheRateAndItsSource()
    {
        const QDir data(QStringLiteral(PLANNER_TEST_DATA_DIR));
        const QStringList names {QStringLiteral("vllm-concurrency-4.json"),
                                 QStringLiteral("vllm-concurrency-25.json"),
                                 QStringLiteral("vllm-concurrency-256.json")};
        QStringList paths;
        for (const QString &name : names)
            paths << data.filePath(QStringLiteral("sweep/") + name);
        const auto sweep = loadSweep(paths);
        QVERIFY2(sweep.ok(), qPrintable(sweep.errorMessage()));
        m_window->files()->showScenario(defaultScenario());
        m_window->imports()->useSweepRun(*sweep, 1, {1500, 50});
        const Scenario &scenario = m_window->document()->scenario();
        QCOMPARE(scenario.mixedTokPerS, 6857.0);
        QCOMPARE(scenario.sloTtftMs, 1500.0);
        QCOMPARE(scenario.sloItlMs, 50.0);
        const QString note = throughputSourceNote(scenario);
        for (const QString &name : names)
            QVERIFY2(note.contains(name), qPrintable(note));
        QVERIFY2(note.contains(u"p95 TTFT <= 1,500 ms"), qPrintable(note));

        Scenario typedOver = scenario;
        typedOver.mixedTokPerS = 5000;
        QCOMPARE(throughputSourceNote(typedOver), QString());
        m_window->document()->undoStack()->undo();
        QCOMPARE(m_window->document()->scenario().sloTtftMs, 0.0);
    }

    void benchmarkImport_refusesANonBenchmarkAndKeepsTheScenario()
    {
        const Scenario before = m_window->document()->scenario();
        QVERIFY(!m_window->imports()->useBenchmark(
            QDir(QStringLiteral(PLANNER_TEST_DATA_DIR))
                .filePath(QStringLiteral("traffic-two-weeks.csv"))));
        QVERIFY2(m_window->lastError().contains(u"traffic-two-weeks.csv"),
                 qPrintable(m_window->lastError()));
        QCOMPARE(m_window->document()->scenario(), before);
    }

    void ownedGpu_isNotedAndReplacedByAPriceTypedByHand()
    {
        Scenario scenario = defaultScenario();
        applyOwnedGpu(scenario, OwnedGpu {36500, 50, 0.8, 1.5, 0.10, 146});
        m_window->files()->showScenario(scenario);
        QLabel *note = m_window->inputs()->ownedGpuNote();
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(u"$36,500") && note->text().contains(u"50 months"),
                 qPrintable(note->text()));
        m_window->inputs()->editor("gpu_hourly_usd")->spinBox()->setValue(3.21);
        QVERIFY(!m_window->document()->scenario().ownedGpu);
        QCOMPARE(m_window->document()->scenario().gpuHourlyUsd, 3.21);
        QVERIFY(note->isHidden());
        m_window->document()->undoStack()->undo();
        QCOMPARE(m_window->document()->scenario().ownedGpu, scenario.ownedGpu);
    }

    void headline_showsServingAndBreakevenUtilizationOnOneBasis()
    {
        Headline *headline = m_window->headline();
        const Summary summary = summarize(defaultScenario());
        QCOMPARE(headline->caption(QStringLiteral("serving_utilization"))->text(),
                 u"Serving utilization (spares aside)");
        QCOMPARE(headline->caption(QStringLiteral("breakeven_utilization"))->text(),
                 u"Breakeven utilization (spares aside)");
        QCOMPARE(headline->figure(QStringLiteral("serving_utilization"))->text(),
                 format::percent(*summary.servingUtilization));
        // The busy share of all paid time, spares included, is on another basis: not beside them.
        QVERIFY(!headline->figure(QStringLiteral("utilization")));
        QVERIFY(headline->provisioningNote().isEmpty());
    }

    void headline_saysUtilizationModeIgnoresTheTrafficShape()
    {
        Scenario scenario = defaultScenario();
        scenario.provisioning = Provisioning::Utilization;
        m_window->files()->showScenario(scenario);
        QVERIFY2(m_window->headline()->provisioningNote().contains(u"ignores the traffic shape"),
                 qPrintable(m_window->headline()->provisioningNote()));
    }

    void noBreakeven_readsNoneUpToTheSearchLimit()
    {
        Scenario scenario = *loadScenarioFile(
            QDir(QStringLiteral(PLANNER_EXAMPLES_DIR)).filePath("daily-bursts.llmbe.json"));
        scenario.engineerFte = 5; // no utilization pays for this overhead either
        m_window->files()->showScenario(scenario);
        const Summary summary = summarize(scenario);
        QVERIFY(!summary.breakevenVolumeMtokPerMonth && !summary.firstCrossoverMtokPerMonth
                && !summary.breakevenUtilization);
        const QString noneUpTo = QStringLiteral("none up to 30.0 M Mtok/month");
        Headline *headline = m_window->headline();
        QCOMPARE(headline->figure(QStringLiteral("breakeven_volume_mtok_per_month"))->text(),
                 noneUpTo);
        QCOMPARE(headline->figure(QStringLiteral("first_crossover_mtok_per_month"))->text(),
                 noneUpTo);
        QVERIFY2(headline->verdict().contains(noneUpTo), qPrintable(headline->verdict()));
        QStringList texts {headline->verdict()};
        for (QLabel *label : headline->findChildren<QLabel *>())
            texts << label->text() << label->toolTip();
        for (const QString &text : texts)
            QVERIFY2(!text.contains(u"never", Qt::CaseInsensitive), qPrintable(text));
    }

    void smallVolume_saysTheSearchEndsRatherThanAtAnyVolume()
    {
        // At 0.08 Mtok a month no GPU utilization pays, and the search ends at 80 Mtok a month;
        // at 22.1 k Mtok a month the same model breaks even: the verdict must not say "at any".
        Scenario tiny = defaultScenario();
        tiny.volumeMtokPerMonth = 0.08;
        m_window->files()->showScenario(tiny);
        const Summary summary = summarize(tiny);
        QVERIFY(!summary.breakevenVolumeMtokPerMonth && !summary.breakevenUtilization);
        Scenario larger = tiny;
        larger.volumeMtokPerMonth = 22'100;
        QVERIFY(summarize(larger).breakevenVolumeMtokPerMonth);
        const QString verdict = m_window->headline()->verdict();
        QVERIFY2(!verdict.contains(u"any volume"), qPrintable(verdict));
        QVERIFY2(verdict.contains(u"none up to 80 Mtok/month (1,000× this volume)"),
                 qPrintable(verdict));
        // Self-hosting costs about 240,000 times the API bill: no six-digit multiple.
        QVERIFY2(verdict.contains(u"over 1,000× the API bill"), qPrintable(verdict));
    }

    void growth_captionsNameTheBasisOfPaybackAndSwitch()
    {
        // The default grows 3% a month: self-hosting's monthly cost is lower from month 1, its
        // set-up paid back months later.
        m_window->files()->showScenario(defaultScenario());
        const Summary summary = summarize(defaultScenario());
        const std::optional<Figure> shownPayback = paybackFigure(summary);
        QVERIFY(shownPayback && summary.selfhostCheaperFromMonth);
        QVERIFY(*summaryFigure(*shownPayback).read(summary) > *summary.selfhostCheaperFromMonth);
        const Headline *headline = m_window->headline();
        const QLabel *payback = headline->caption(QLatin1String(summaryFigure(*shownPayback).key));
        const QLabel *switchMonth
            = headline->caption(QStringLiteral("selfhost_cheaper_from_month"));
        QVERIFY2(payback->text().contains(u"cumulative"), qPrintable(payback->text()));
        QVERIFY2(switchMonth->text().contains(u"monthly"), qPrintable(switchMonth->text()));
        const QString switchTip = switchMonth->toolTip();
        QVERIFY2(switchTip.contains(u"monthly cost") && switchTip.contains(u"cumulative"),
                 qPrintable(switchTip));
    }

    void payback_isTheCheapestOptions_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("shownKey");
        QTest::addColumn<QString>("caption");
        QTest::addRow("hybrid cheapest") << "day-night-hybrid.llmbe.json"
                                         << "hybrid_payback_month"
                                         << "Payback of set-up (hybrid, cumulative)";
        QTest::addRow("self-host cheapest") << "steady-traffic.llmbe.json"
                                            << "payback_month"
                                            << "Payback of set-up (self-host, cumulative)";
        QTest::addRow("API cheapest")
            << "daily-bursts.llmbe.json" << QString() << "Payback of set-up (cumulative)";
    }

    void payback_isTheCheapestOptions()
    {
        QFETCH(QString, file);
        QFETCH(QString, shownKey);
        QFETCH(QString, caption);
        const Scenario scenario
            = *loadScenarioFile(QDir(QStringLiteral(PLANNER_EXAMPLES_DIR)).filePath(file));
        m_window->files()->showScenario(scenario);
        Headline *headline = m_window->headline();
        for (const QString key :
             {QStringLiteral("payback_month"), QStringLiteral("hybrid_payback_month")})
            QCOMPARE(headline->figure(key) != nullptr, key == shownKey);
        const QList<ShownFigure> shown = keyFigures(scenario, evaluate(scenario));
        const auto payback = std::find_if(shown.cbegin(), shown.cend(), [&](const ShownFigure &f) {
            return f.caption == caption;
        });
        QVERIFY(payback != shown.cend());
        if (shownKey.isEmpty()) {
            QCOMPARE(payback->value, u"—");
            QVERIFY2(payback->derivation.contains(u"nothing to pay back"),
                     qPrintable(payback->derivation));
        } else {
            QCOMPARE(headline->caption(shownKey)->text(), caption);
        }
    }

    void horizon_marksTheSwitchAndThePaybackWithGrowth()
    {
        // The default grows 3% a month and self-hosting is cheapest from the start.
        const Summary summary = summarize(defaultScenario());
        HorizonChart *horizon = m_window->horizonChart();
        m_window->chartTabs()->setCurrentWidget(horizon); // a hidden tab is drawn when shown
        QCOMPARE(horizon->paybackLabel(),
                 QStringLiteral("self-host pays back: month %1").arg(*summary.paybackMonth));
        const int cheaperFrom = *summary.selfhostCheaperFromMonth;
        QCOMPARE(horizon->cheaperFromLabel(),
                 QStringLiteral("self-host's monthly cost lower from month %1").arg(cheaperFrom));
        // Month m's own cost is the rise of the lines from m - 1 to m: the mark is at its start.
        const QList<QAbstractSeries *> series = horizon->chart()->series();
        const auto line = std::find_if(series.cbegin(), series.cend(), [&](QAbstractSeries *s) {
            return s->name() == format::capitalized(horizon->cheaperFromLabel());
        });
        QVERIFY(line != series.cend());
        QCOMPARE(static_cast<QLineSeries *>(*line)->at(0).x(), double(cheaperFrom - 1));
        Scenario flat = defaultScenario();
        flat.monthlyGrowth = 0;
        m_window->files()->showScenario(flat);
        QVERIFY(horizon->cheaperFromLabel().isEmpty());
    }

    void ownedGpus_speakInCash()
    {
        Scenario scenario = defaultScenario();
        applyOwnedGpu(scenario, OwnedGpu {36500, 50, 0.8, 1.5, 0.10, 146});
        m_window->chartTabs()->setCurrentWidget(m_window->horizonChart());
        m_window->files()->showScenario(scenario);
        const Summary summary = summarize(scenario);
        Headline *headline = m_window->headline();
        QCOMPARE(headline->figure(QStringLiteral("selfhost_capex_usd"))->text(),
                 format::money(*summary.selfhostCapexUsd));
        QCOMPARE(headline->figure(QStringLiteral("breakeven_purchase_usd"))->text(),
                 format::money(*summary.breakevenPurchaseUsd));
        QVERIFY(!headline->figure(QStringLiteral("breakeven_gpu_usd_per_hour")));
        const QString gpuTip
            = headline->figure(QStringLiteral("selfhost_gpu_usd_per_month"))->toolTip();
        QVERIFY2(gpuTip.contains(u"GPUs owned")
                     && gpuTip.endsWith(format::money(summary.selfhostGpuUsdPerMonth)),
                 qPrintable(gpuTip));
        const QString paybackKey = summary.cheapest == Option::Hybrid
            ? QStringLiteral("hybrid_payback_month")
            : QStringLiteral("payback_month");
        QVERIFY(headline->caption(paybackKey)->text().startsWith(u"Payback in cash"));
        QVERIFY(m_window->horizonChart()->chart()->title().contains(u"in cash"));
        QVERIFY(m_window->horizonChart()->paybackLabel().contains(u"in cash"));
    }

    void uncertaintyChart_drawsTheHybridBesideSelfhosting()
    {
        Scenario scenario = *loadScenarioFile(
            QDir(QStringLiteral(PLANNER_EXAMPLES_DIR)).filePath("day-night-hybrid.llmbe.json"));
        scenario.samples = 1000;
        m_window->files()->showScenario(scenario);
        QTRY_VERIFY(m_window->analysis()->result().has_value()
                    && !m_window->analysis()->isRunning());
        auto *chart = m_window->findChild<DistributionChart *>();
        QVERIFY(chart);
        QVERIFY(chart->selfhostSeries()->count() > 0 && chart->hybridSeries()->count() > 0);
        QVERIFY(chart->selfhostSeries()->color() != chart->hybridSeries()->color());
        const UncertaintyResult &result = *m_window->analysis()->result();
        QVERIFY2(chart->hybridSeries()->name().contains(format::money(result.hybridSavingsP50)),
                 qPrintable(chart->hybridSeries()->name()));
        QVERIFY(m_window->headline()->uncertaintyLine().contains(
            format::money(result.hybridSavingsP90)));
    }

    void toolsMenu_offersTheTwoHelpers()
    {
        QStringList tools;
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->text() == u"&Tools") {
                for (QAction *action : menu->menu()->actions())
                    tools << action->text();
            }
        }
        QCOMPARE(tools,
                 (QStringList {QStringLiteral("&Owned GPU Price…"),
                               QStringLiteral("&Estimate Throughput…")}));
    }

private:
    WindowFixture m_fixture;
    MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
