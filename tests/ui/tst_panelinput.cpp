// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Driving the input panel live: the wheel, the keyboard, undo, the week editor and the preset
// choosers (issue 16).
#include "dialogs/priceimportdialog.h"
#include "fieldeditor.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "presetcombobox.h"
#include "presets.h"
#include "priceimport.h"
#include "scenariodocument.h"
#include "scenariofile.h"
#include "trafficprofiles.h"
#include "weekprofileeditor.h"
#include "window/autosave.h"
#include "window/documentfiles.h"
#include "windowfixture.h"
#include "workloadspanel.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace planner;

namespace {

void wheelOver(QWidget *widget, int angleDelta)
{
    const QPointF local = QRectF(widget->rect()).center();
    QWheelEvent wheel(local, widget->mapToGlobal(local), QPoint(), QPoint(0, angleDelta),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
}

// The point of the week editor's bars at an hour and a level (0 bottom, 1 top); the geometry is
// the one WeekBars draws: 1 px inside, 13 px for the day names below.
QPoint barPoint(const WeekBars *bars, int hour, double level)
{
    const QRectF area = QRectF(bars->rect()).adjusted(1, 1, -1, -13);
    return QPointF(area.left() + (hour + 0.5) * area.width() / HoursPerWeek,
                   area.bottom() - level * area.height())
        .toPoint();
}

} // namespace

class TestPanelInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_fixture.setUpApplication()); }

    void init()
    {
        m_window = m_fixture.open(true);
        QVERIFY(m_window);
    }

    void cleanup() { m_fixture.close(); }

    // Scrolling over the panel never changes an input: every spin box, slider, combo box (the
    // preset choosers among them) and the week editor hands the wheel to the panel, which
    // scrolls. An editor with keyboard focus still takes the wheel.
    void wheelWithoutFocus_scrollsThePanelAndChangesNothing()
    {
        InputPanel *inputs = m_window->inputs();
        auto *scroll = inputs->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QScrollBar *bar = scroll->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QList<QWidget *> editors;
        for (QWidget *w : inputs->findChildren<QWidget *>()) {
            const bool editor = qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QSlider *>(w) || qobject_cast<WeekBars *>(w);
            if (editor && w->isVisibleTo(m_window))
                editors << w;
        }
        QVERIFY(editors.size() > 40);
        QVERIFY(editors.contains(inputs->gpuPriceChooser()));
        QVERIFY(editors.contains(inputs->profileEditor()->bars()));
        m_window->setFocus();
        const Scenario before = m_window->document()->scenario();
        int scrolled = 0;
        for (QWidget *editor : std::as_const(editors)) {
            QVERIFY(!editor->hasFocus());
            bar->setValue(bar->maximum() / 2);
            wheelOver(editor, -120);
            wheelOver(editor, -120);
            QVERIFY2(m_window->document()->scenario() == before, editor->metaObject()->className());
            if (scroll->widget()->isAncestorOf(editor)) {
                QVERIFY2(bar->value() > bar->maximum() / 2, editor->metaObject()->className());
                ++scrolled;
            }
        }
        QVERIFY(scrolled > 30);
        QCOMPARE(m_window->document()->undoStack()->count(), 0);

        QDoubleSpinBox *gpus = inputs->editor("gpu_hourly_usd")->spinBox();
        gpus->setFocus();
        QVERIFY(gpus->hasFocus());
        wheelOver(gpus, 120);
        QVERIFY(m_window->document()->scenario().gpuHourlyUsd > before.gpuHourlyUsd);
    }

    // The spin box's own text undo must not swallow Ctrl+Z: it undoes the document.
    void undoKeysInAFocusedSpinBox_useTheDocumentsStack()
    {
        QDoubleSpinBox *gpus = m_window->inputs()->editor("gpus_per_replica")->spinBox();
        gpus->setFocus();
        QVERIFY(gpus->hasFocus());
        const Scenario before = m_window->document()->scenario();
        QTest::keyClick(gpus, Qt::Key_Up);
        const Scenario changed = m_window->document()->scenario();
        QCOMPARE(changed.gpusPerReplica, before.gpusPerReplica + 1);

        QTest::keyClick(gpus, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->document()->scenario(), before);
        QCOMPARE(gpus->value(), before.gpusPerReplica);
        QTest::keyClick(gpus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->document()->scenario(), changed);
        QTest::keyClick(gpus, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->document()->scenario(), before);
        QTest::keyClick(gpus, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(m_window->document()->scenario(), changed);
        QVERIFY(gpus->hasFocus());
    }

    // A quick stroke from hour 10 to hour 40 in one mouse move fills every bar it crosses, along
    // the line between the two points.
    void weekEditor_fastDragFillsEveryBarItCrosses()
    {
        WeekBars *bars = m_window->inputs()->profileEditor()->bars();
        m_window->inputs()->findChild<QScrollArea *>()->ensureWidgetVisible(bars);
        const WeekWeights before = m_window->document()->scenario().profile.weights;
        QTest::mousePress(bars, Qt::LeftButton, {}, barPoint(bars, 10, 0.2));
        QCOMPARE(bars->currentHour(), 10);
        QTest::mouseMove(bars, barPoint(bars, 40, 0.8));
        QTest::mouseRelease(bars, Qt::LeftButton, {}, barPoint(bars, 40, 0.8));
        QCOMPARE(m_window->document()->undoStack()->count(), 1);
        const WeekWeights after = m_window->document()->scenario().profile.weights;
        QVERIFY(m_window->document()->scenario().profile.presetName.isEmpty());
        for (int h = 0; h < HoursPerWeek; ++h) {
            if (h < 10 || h > 40)
                QCOMPARE(after[h], before[h]);
        }
        for (int h = 11; h <= 40; ++h) // rising along the stroke, every bar drawn
            QVERIFY2(after[h] > after[h - 1], qPrintable(QString::number(h)));
        QVERIFY(after[40] > 3 * after[10]);
        QCOMPARE(m_window->inputs()->profileEditor()->presetChooser()->currentText(),
                 QStringLiteral("Custom"));
    }

    // Tab reaches the bars; Left and Right choose the hour, Up and Down change its weight, and
    // each key is one undoable edit.
    void weekEditor_isReachedByTabAndEditedWithArrowKeys()
    {
        WeekProfileEditor *week = m_window->inputs()->profileEditor();
        WeekBars *bars = week->bars();
        week->presetChooser()->setFocus();
        for (int tab = 0; tab < 3 && !bars->hasFocus(); ++tab)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(bars->hasFocus());
        QCOMPARE(bars->currentHour(), 0);
        const WeekWeights before = m_window->document()->scenario().profile.weights;
        QTest::keyClick(bars, Qt::Key_Right);
        QTest::keyClick(bars, Qt::Key_Right);
        QTest::keyClick(bars, Qt::Key_Left);
        QCOMPARE(bars->currentHour(), 1);
        QCOMPARE(m_window->document()->undoStack()->count(), 0); // moving edits nothing
        const double tallest = *std::max_element(before.begin(), before.end());

        QTest::keyClick(bars, Qt::Key_Up);
        WeekWeights after = m_window->document()->scenario().profile.weights;
        QCOMPARE(after[1], before[1] + 0.05 * tallest);
        QTest::keyClick(bars, Qt::Key_PageDown);
        after = m_window->document()->scenario().profile.weights;
        QCOMPARE(after[1], std::max(before[1] + 0.05 * tallest - 0.25 * tallest, 0.0));
        QCOMPARE(m_window->document()->undoStack()->count(), 2);
        QTest::keyClick(bars, Qt::Key_End);
        QCOMPARE(bars->currentHour(), HoursPerWeek - 1);
        m_window->document()->undoStack()->undo();
        m_window->document()->undoStack()->undo();
        QCOMPARE(m_window->document()->scenario().profile.weights, before);
    }

    // Every chooser names the preset the figures match, or says "Custom", whichever way the
    // figures changed: a preset chosen, a slider dragged, undo, an import, a file opened, New.
    void presetChoosers_followEveryWayOfChangingAValue()
    {
        InputPanel *inputs = m_window->inputs();
        PresetComboBox *gpu = inputs->gpuPriceChooser();
        PresetComboBox *api = inputs->apiModelChooser();
        PresetComboBox *run = inputs->throughputChooser();
        verifyChoosersMatch();
        QVERIFY(gpu->shownText().contains(u"Market median")); // the default's $2.95
        QVERIFY(run->shownPreset());

        chooseEntry(gpu, QStringLiteral("NVIDIA H100 SXM5 80GB: AWS, on-demand"));
        QCOMPARE(m_window->document()->scenario().gpuHourlyUsd, 6.88);
        QVERIFY(gpu->shownText().startsWith(u"NVIDIA H100 SXM5 80GB: AWS, on-demand"));

        QSlider *slider = inputs->editor("gpu_hourly_usd")->slider(); // a drag: Custom
        slider->setSliderDown(true);
        slider->setValue(slider->value() + 37);
        slider->setSliderDown(false);
        QVERIFY(!gpu->shownPreset());
        QCOMPARE(gpu->currentText(), QStringLiteral("Custom"));
        verifyChoosersMatch();

        m_window->document()->undoStack()->undo(); // undo: the preset again
        QVERIFY(gpu->shownText().startsWith(u"NVIDIA H100 SXM5 80GB: AWS, on-demand"));
        verifyChoosersMatch();

        ImportedPrice imported; // an import of other prices: Custom
        imported.inputUsdPerMtok = 0.7;
        imported.outputUsdPerMtok = 0.9;
        Scenario next = m_window->document()->scenario();
        applyImportedPrice(next, imported);
        m_window->document()->edit(next, QStringLiteral("Import prices"));
        QVERIFY(!api->shownPreset());
        verifyChoosersMatch();

        // A file holding a preset's figures opens with that preset named.
        const ApiModelPreset &gpt4o = builtinPresets().apiModels.constFirst();
        const ThroughputPreset &interactive
            = *std::find_if(builtinPresets().throughput.begin(), builtinPresets().throughput.end(),
                            [](const ThroughputPreset &t) { return t.concurrency == u"25"; });
        Scenario saved = defaultScenario();
        applyApiModel(saved, gpt4o);
        applyThroughput(saved, interactive);
        saved.gpuHourlyUsd = 6.16; // CoreWeave's 1x price, merged with its 8x one ($6.155)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.llmbe.json"));
        QVERIFY(saveScenarioFile(saved, path).ok());
        m_window->document()->undoStack()->setClean(); // New must not ask to save
        m_window->files()->newDocument();
        QVERIFY(m_window->files()->openFile(path));
        QCOMPARE(api->shownPreset(), std::optional<int>(0));
        QVERIFY(api->shownText().startsWith(
            u"OpenAI: gpt-4o (in $2.50/Mtok, out $10.00/Mtok), 2026-07-24"));
        QVERIFY(run->shownText().contains(u"interactive, 25 concurrent"));
        QVERIFY(gpu->shownText().startsWith(u"NVIDIA H100 SXM5 80GB: CoreWeave, on-demand"));
        verifyChoosersMatch();

        m_window->files()->newDocument(); // New: the default's presets
        QVERIFY(gpu->shownText().contains(u"Market median"));
        verifyChoosersMatch();
    }

    // The traffic shape chooser names a preset whose weights the week has, even unnamed.
    void trafficChooser_namesThePresetTheWeekMatches()
    {
        QComboBox *shape = m_window->inputs()->profileEditor()->presetChooser();
        TrafficProfile drawn = *trafficPreset(u"daily-bursts");
        drawn.presetName.clear();
        Scenario next = m_window->document()->scenario();
        next.profile = drawn;
        m_window->document()->edit(next, QStringLiteral("Draw"));
        QCOMPARE(shape->currentData().toString(), QStringLiteral("daily-bursts"));
        next.profile.weights[5] += 1;
        m_window->document()->edit(next, QStringLiteral("Draw"));
        QCOMPARE(shape->currentText(), QStringLiteral("Custom"));
    }

    // The same price listed twice is one entry; each entry says its kind and date, each run its
    // load; headings group them and cannot be chosen.
    void presetLists_mergeDuplicatesAndGroupWithDatesAndLoad()
    {
        PresetComboBox *gpu = m_window->inputs()->gpuPriceChooser();
        QStringList entries;
        int headings = 0;
        for (int i = 1; i < gpu->count(); ++i) {
            gpu->setCurrentIndex(i);
            if (!(gpu->model()->flags(gpu->model()->index(i, 0)) & Qt::ItemIsEnabled)) {
                headings += !gpu->itemText(i).isEmpty();
                continue;
            }
            QVERIFY2(!entries.contains(gpu->shownText()), qPrintable(gpu->shownText()));
            entries << gpu->shownText();
        }
        QCOMPARE(headings, builtinPresets().gpus.size());
        QCOMPARE(entries.filter(QStringLiteral("NVIDIA H100 SXM5 80GB: Market median")).size(), 1);
        QCOMPARE(entries.filter(QStringLiteral("NVIDIA H100 SXM5 80GB: AWS")).size(), 1);
        QCOMPARE(entries
                     .filter(QStringLiteral(
                         "NVIDIA H100 SXM5 80GB: AWS, on-demand, $6.88/h, 2026-08-23"))
                     .size(),
                 1);
        QCOMPARE(
            entries.filter(QStringLiteral("NVIDIA H100 SXM5 80GB: Vast.ai, spot, $1.52/h, 2026-04"))
                .size(),
            1);
        QCOMPARE(entries
                     .filter(QStringLiteral("NVIDIA H100 SXM5 80GB: CoreWeave, on-demand, "
                                            "$6.155/h, 2026-08-23"))
                     .size(),
                 1);
        QCOMPARE(entries.filter(QStringLiteral("NVIDIA H100 SXM5 80GB: RunPod")).size(), 3);

        PresetComboBox *run = m_window->inputs()->throughputChooser();
        QStringList runs;
        for (int i = 1; i < run->count(); ++i)
            runs << run->itemText(i);
        QVERIFY(runs.contains(u"Llama-3.3-70B-Instruct"));
        QVERIFY(runs.contains(
            QStringLiteral("2x H100 80GB, 5000/500 tokens, 568 tok/s, interactive, 1 concurrent")));
        QVERIFY(runs.contains(QStringLiteral(
            "2x H100 SXM 80GB, 5000/500 tokens, 9.9 k tok/s, batch/offline, max concurrency")));

        // The keys skip the headings: Down from "Custom" lands on the first price.
        gpu->showPreset(std::nullopt);
        gpu->setFocus();
        QTest::keyClick(gpu, Qt::Key_Down);
        QVERIFY(gpu->shownPreset());
    }

    // A traffic import can give 0.08 Mtok/month: the box shows it, not 1.
    void volumeBox_showsSmallAndLargeVolumesAsTheyAre()
    {
        QDoubleSpinBox *volume = m_window->inputs()->editor("volume_mtok_per_month")->spinBox();
        const auto setVolume = [&](double v) {
            Scenario next = m_window->document()->scenario();
            next.volumeMtokPerMonth = v;
            m_window->document()->edit(next, QStringLiteral("Import traffic"));
        };
        setVolume(0.08);
        QCOMPARE(volume->text(), QStringLiteral("0.08 Mtok/month"));
        QCOMPARE(volume->value(), 0.08);
        setVolume(1'000'000);
        QCOMPARE(volume->text(), QStringLiteral("1,000,000 Mtok/month"));
        setVolume(0.125);
        QCOMPARE(volume->text(), QStringLiteral("0.125 Mtok/month"));
        // Focus leaving the box does not round what it shows back into the scenario.
        volume->setFocus();
        m_window->inputs()->editor("gpu_hourly_usd")->spinBox()->setFocus();
        QCOMPARE(m_window->document()->scenario().volumeMtokPerMonth, 0.125);
    }

    // Arrow keys and Page Up / Down on a logarithmic lever step on the 1-2-5 ladder, on its
    // slider as in its box; a drag gives three significant digits.
    void logLevers_stepOnTheOneTwoFiveLadder()
    {
        FieldEditor *volume = m_window->inputs()->editor("volume_mtok_per_month");
        const auto volumeNow = [&] {
            return m_window->document()->scenario().volumeMtokPerMonth;
        };
        volume->spinBox()->setValue(10'000);
        QTest::keyClick(volume->slider(), Qt::Key_Up);
        QCOMPARE(volumeNow(), 20'000.0);
        QTest::keyClick(volume->slider(), Qt::Key_Right);
        QCOMPARE(volumeNow(), 50'000.0);
        QTest::keyClick(volume->slider(), Qt::Key_PageUp);
        QCOMPARE(volumeNow(), 500'000.0);
        QTest::keyClick(volume->slider(), Qt::Key_PageDown);
        QCOMPARE(volumeNow(), 50'000.0);
        volume->spinBox()->setValue(30'339);
        QTest::keyClick(volume->spinBox(), Qt::Key_Up);
        QCOMPARE(volumeNow(), 50'000.0);
        volume->spinBox()->setValue(30'339);
        QTest::keyClick(volume->slider(), Qt::Key_Down);
        QCOMPARE(volumeNow(), 20'000.0);
        QTest::keyClick(volume->spinBox(), Qt::Key_Down);
        QCOMPARE(volumeNow(), 10'000.0);
        QTest::keyClick(volume->spinBox(), Qt::Key_PageUp); // a page: a factor of ten
        QCOMPARE(volumeNow(), 100'000.0);

        // A free price steps up to the slider's lowest one, then along the ladder.
        FieldEditor *input = m_window->inputs()->editor("input_usd_per_mtok");
        input->spinBox()->setValue(0);
        QCOMPARE(input->spinBox()->text(), QStringLiteral("0.000 USD/Mtok"));
        QTest::keyClick(input->spinBox(), Qt::Key_Up);
        QCOMPARE(m_window->document()->scenario().inputUsdPerMtok, 0.01);
        QTest::keyClick(input->slider(), Qt::Key_Up);
        QCOMPARE(m_window->document()->scenario().inputUsdPerMtok, 0.02);

        volume->slider()->setSliderDown(true);
        volume->slider()->setValue(681);
        volume->slider()->setSliderDown(false);
        const double dragged = volumeNow();
        QCOMPARE(dragged, std::round(dragged / 100) * 100); // 12,400, never 12,359
    }

    // Enter in the price import's filter takes the only model left.
    void priceImport_enterInTheFilterPicksTheOnlyMatch()
    {
        const PriceList prices
            = *loadLiteLlmPrices(QDir(QStringLiteral(PLANNER_TEST_DATA_DIR))
                                     .filePath(QStringLiteral("litellm-prices.json")));
        PriceImportDialog dialog(prices);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.filter(), QStringLiteral("llama"));
        QVERIFY(dialog.list()->model()->rowCount() > 1);
        QTest::keyClick(dialog.filter(), Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // several left: nothing is taken
        QVERIFY(!dialog.selectedPrice());
        QTest::keyClicks(dialog.filter(), QStringLiteral("-3.3"));
        QCOMPARE(dialog.list()->model()->rowCount(), 1);
        QTest::keyClick(dialog.filter(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.selectedPrice());
        QCOMPARE(dialog.selectedPrice()->model,
                 QStringLiteral("together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo"));
    }

    // Tab goes through every input of the panel, and each one shows that it has the focus: what
    // it draws with the focus differs from what it draws without.
    void everyTabStop_showsItHasFocus()
    {
        InputPanel *inputs = m_window->inputs();
        QWidget *first = inputs->editor("volume_mtok_per_month")->slider();
        first->setFocus(Qt::TabFocusReason);
        QSet<QWidget *> visited;
        const auto look = [](QWidget *w) {
            QWidget *parent = w->parentWidget();
            return parent->grab(w->geometry().adjusted(-3, -3, 3, 3)).toImage();
        };
        for (QWidget *w = first; w && inputs->isAncestorOf(w) && !visited.contains(w);
             w = QApplication::focusWidget()) {
            visited.insert(w);
            const QImage focused = look(w);
            m_window->setFocus();
            const QImage unfocused = look(w);
            QVERIFY2(focused != unfocused,
                     qPrintable(w->metaObject()->className() + (u' ' + w->toolTip().left(60))));
            w->setFocus(Qt::TabFocusReason);
            QTest::keyClick(w, Qt::Key_Tab);
        }
        QVERIFY(visited.size() > 40);
        QVERIFY(visited.contains(inputs->profileEditor()->bars()));
        QVERIFY(visited.contains(inputs->gpuPriceChooser()));
    }

    // A narrow panel keeps the "Traffic shape" and "Provisioning" captions whole.
    void narrowPanel_keepsItsCaptionsWhole()
    {
        InputPanel *inputs = m_window->inputs();
        auto *splitter = qobject_cast<QSplitter *>(inputs->parentWidget());
        QVERIFY(splitter);
        const QList<int> sizes = splitter->sizes();
        splitter->setSizes({1, sizes.value(0) + sizes.value(1) - 1}); // as narrow as it goes
        QApplication::processEvents();
        QList<QLabel *> captions;
        for (QLabel *label : inputs->findChildren<QLabel *>()) {
            if (inputs->workloadsPanel()->isAncestorOf(label))
                continue; // the workloads' own shapes, hidden without a workloads list
            if (label->text() == u"&Traffic shape" || label->text() == u"&Provisioning")
                captions << label;
        }
        QCOMPARE(captions.size(), 2);
        for (QLabel *caption : std::as_const(captions)) {
            QVERIFY(caption->isVisible());
            QVERIFY2(caption->width() >= caption->minimumSizeHint().width(),
                     qPrintable(caption->text()));
            const QRect inPanel(caption->mapTo(inputs, QPoint()), caption->size());
            QVERIFY2(inputs->rect().contains(inPanel), qPrintable(caption->text()));
        }
        QVERIFY(inputs->width() < sizes.value(0));
        // The provisioning chooser has the width for its longest choice.
        QComboBox *mode = inputs->provisioningChooser();
        for (int i = 0; i < mode->count(); ++i)
            QVERIFY2(mode->fontMetrics().horizontalAdvance(mode->itemText(i)) + 30 < mode->width(),
                     qPrintable(mode->itemText(i)));
    }

private:
    void chooseEntry(PresetComboBox *box, const QString &entry)
    {
        for (int index = 1; index < box->count(); ++index) {
            box->setCurrentIndex(index);
            if (box->shownText().startsWith(entry)) {
                emit box->activated(index);
                return;
            }
        }
        QFAIL(qPrintable(entry));
    }

    void verifyChoosersMatch()
    {
        const Scenario &s = m_window->document()->scenario();
        const PresetCatalog &catalog = builtinPresets();
        const QList<GpuPriceChoice> gpuChoices = gpuPriceChoices(catalog);
        InputPanel *inputs = m_window->inputs();
        const auto check = [](PresetComboBox *box, qsizetype count, const auto &matches) {
            const std::optional<int> shown = box->shownPreset();
            if (shown) {
                QVERIFY(matches(*shown));
                return;
            }
            for (int id = 0; id < count; ++id)
                QVERIFY2(!matches(id), qPrintable(QString::number(id)));
        };
        check(inputs->apiModelChooser(), catalog.apiModels.size(),
              [&](int id) { return usesApiModel(s, catalog.apiModels[id]); });
        check(inputs->gpuPriceChooser(), gpuChoices.size(),
              [&](int id) { return usesGpuPrice(s, gpuChoices[id]); });
        check(inputs->throughputChooser(), catalog.throughput.size(),
              [&](int id) { return usesThroughput(s, catalog.throughput[id]); });
    }

    WindowFixture m_fixture;
    MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestPanelInput)
#include "tst_panelinput.moc"
