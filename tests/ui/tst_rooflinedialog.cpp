// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/rooflinedialog.h"
#include "format.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace planner;

namespace {

void choose(QComboBox *box, QStringView startOfText)
{
    for (int i = 0; i < box->count(); ++i) {
        if (box->itemText(i).startsWith(startOfText)) {
            box->setCurrentIndex(i);
            return;
        }
    }
    qFatal("no item starting with %s", qPrintable(startOfText.toString()));
}

// Llama 3.3 70B on 2 H100 SXM, batch 22, context 1000: too big at BF16, fits at FP8.
std::unique_ptr<RooflineDialog> llama70bOnTwoH100s()
{
    Scenario current = defaultScenario();
    current.gpusPerReplica = 2;
    auto dialog = std::make_unique<RooflineDialog>(current);
    choose(dialog->modelBox(), u"Llama 3.3 70B");
    choose(dialog->gpuBox(), u"NVIDIA H100 SXM5");
    choose(dialog->precisionBox(), u"BF16");
    dialog->batchBox()->setValue(22);
    dialog->contextBox()->setValue(1000);
    return dialog;
}

} // namespace

class TestRooflineDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void gpuCount_startsFromTheScenario()
    {
        const auto dialog = llama70bOnTwoH100s();
        QCOMPARE(dialog->gpuCount(), 2);
    }

    void tooBigModel_disablesOkAndShowsTheShortfall()
    {
        // 141.1 GB of weights + 22 x 1000 x 327,680 B = 7.2 GB of KV cache = 148.3 GB, but
        // 2 x 80 GB x 0.9 = 144.0 GB is usable.
        const auto dialog = llama70bOnTwoH100s();
        QVERIFY(!dialog->estimate());
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->errorLabel()->isVisibleTo(dialog.get()));
        QVERIFY(!dialog->prefillLabel()->isVisibleTo(dialog.get()));
        QCOMPARE(dialog->errorLabel()->text(),
                 QStringLiteral("Llama 3.3 70B at 2 bytes per weight needs 148.3 GB (weights 141.1 "
                                "GB + KV cache 7.2 GB) but 2 × 80 GB × 0.9 = 144.0 GB is usable: "
                                "4.3 GB short"));
    }

    void fittingChoice_showsTheCoresNumbers()
    {
        // At FP8 (1 byte, 1979 TFLOPS): weights 70,562,938,880 B + KV 7,208,960,000 B
        // = 77,771,898,880 B; memory time 77,771,898,880 / (2 x 3.35e12 x 0.6 = 4.02e12) = 19.35 ms
        // against compute 2 x 70,562,938,880 x 22 / (2 x 1979e12 x 0.5) = 1.57 ms:
        // D = 22 / 0.019346 = 1,137.2 tok/s; P = 1.979e15 / 141,125,877,760 = 14,022.9 tok/s.
        const auto dialog = llama70bOnTwoH100s();
        choose(dialog->precisionBox(), u"FP8");
        QCOMPARE(dialog->bytesPerWeightBox()->value(), 1.0);
        QVERIFY(dialog->okButton()->isEnabled());
        QVERIFY(dialog->prefillLabel()->isVisibleTo(dialog.get()));
        QVERIFY(!dialog->errorLabel()->isVisibleTo(dialog.get()));
        QCOMPARE(dialog->prefillLabel()->text(), QStringLiteral("14,023 tok/s"));
        QVERIFY2(dialog->decodeLabel()->text().startsWith(u"1,137 tok/s"),
                 qPrintable(dialog->decodeLabel()->text()));
        QVERIFY(dialog->decodeLabel()->text().contains(u"memory-bandwidth bound"));

        RooflineInputs in;
        in.parameters = 70'562'938'880;
        in.bytesPerWeight = 1;
        in.kvBytesPerToken = 327'680;
        in.gpus = 2;
        in.memoryGbPerGpu = 80;
        in.bandwidthTbps = 3.35;
        in.denseTflops = 1979;
        in.batch = 22;
        in.context = 1000;
        const auto core = estimateThroughput(in);
        QVERIFY2(core.ok(), qPrintable(core.errorMessage()));
        QVERIFY(dialog->estimate());
        QCOMPARE(dialog->estimate()->prefillTokPerS, core->prefillTokPerS);
        QCOMPARE(dialog->estimate()->decodeTokPerS, core->decodeTokPerS);
    }

    void itlTarget_choosesTheBatchAndSaysWhenBatchOneMissesIt()
    {
        const auto dialog = llama70bOnTwoH100s();
        choose(dialog->precisionBox(), u"FP8");
        dialog->itlTargetBox()->setValue(50);
        QVERIFY(!dialog->batchBox()->isEnabled());
        const auto core = estimateAtItlTarget(dialog->inputs(), 50);
        QVERIFY2(core.ok(), qPrintable(core.errorMessage()));
        QVERIFY(dialog->estimate());
        QCOMPARE(dialog->estimate()->batch, core->batch);
        QCOMPARE(dialog->estimate()->decodeTokPerS, core->decodeTokPerS);
        QVERIFY2(dialog->decodeLabel()->text().contains(
                     QStringLiteral("batch %1,").arg(QLocale().toString(int(core->batch)))),
                 qPrintable(dialog->decodeLabel()->text()));
        // One step of 70.6 GB of weights and 0.3 GB of KV cache at 4.02 TB/s takes 17.6 ms.
        dialog->itlTargetBox()->setValue(10);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(dialog->errorLabel()->text().contains(u"one decode step takes 17.6 ms"),
                 qPrintable(dialog->errorLabel()->text()));
        dialog->itlTargetBox()->setValue(0);
        QVERIFY(dialog->batchBox()->isEnabled());
        QVERIFY(dialog->okButton()->isEnabled());
    }

    void measuredRuns_areListedForTheSamePair()
    {
        const auto dialog = llama70bOnTwoH100s();
        QTreeWidget *list = dialog->measuredList();
        QVERIFY(list->topLevelItemCount() > 0);
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            QVERIFY2(list->topLevelItem(i)->text(0).contains(u"H100"),
                     qPrintable(list->topLevelItem(i)->text(0)));
        // The TensorRT-LLM v1.0 run at 5000/500: 898 output tok/s x 5500 / 500 = 9,878 mixed,
        // at 500 / 5500 = 9% output; choosing it shows its source.
        QTreeWidgetItem *trtRun = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *row = list->topLevelItem(i);
            if (row->text(1).contains(u"TensorRT") && row->text(3) == u"5000 / 500")
                trtRun = row;
        }
        QVERIFY(trtRun);
        QCOMPARE(trtRun->text(0), QStringLiteral("2 × H100 SXM 80GB, FP8"));
        QCOMPARE(trtRun->text(4), QStringLiteral("9,878"));
        QCOMPARE(trtRun->text(5), QStringLiteral("9%"));
        list->setCurrentItem(trtRun);
        QVERIFY2(dialog->measuredSourceLabel()->text().contains(u"perf-overview.md"),
                 qPrintable(dialog->measuredSourceLabel()->text()));

        choose(dialog->modelBox(), u"Llama 3.1 70B"); // not measured: 3.3 is another model
        QCOMPARE(list->topLevelItemCount(), 0);
    }

    void gpuWithoutFp8_fallsBackToBf16()
    {
        const auto dialog = llama70bOnTwoH100s();
        choose(dialog->precisionBox(), u"FP8");
        choose(dialog->gpuBox(), u"NVIDIA A100 SXM4");
        QCOMPARE(dialog->precisionBox()->count(), 1);
        QVERIFY(dialog->precisionBox()->currentText().startsWith(u"BF16"));
        QCOMPARE(dialog->bytesPerWeightBox()->value(), 2.0);
        QCOMPARE(dialog->inputs().denseTflops, 312.0);
    }

    void editingTheArchitecture_makesTheModelCustom()
    {
        const auto dialog = llama70bOnTwoH100s();
        dialog->parametersBox()->setValue(30);
        QCOMPARE(dialog->modelBox()->currentText(), QStringLiteral("Custom"));
        QCOMPARE(dialog->inputs().parameters, 30e9);
        QCOMPARE(dialog->measuredList()->topLevelItemCount(), 0);
        // 30e9 x 2 = 60 GB of weights + 7.2 GB of KV cache fit in 144 GB.
        QVERIFY(dialog->okButton()->isEnabled());
    }

    void estimateOutsideTheScenariosRange_isNotOffered()
    {
        // A million parameters on 4096 GPUs at FP8: P = 4096 x 1979e12 x 0.5 / 2e6 = 2.03e12
        // tok/s, far above the 1e9 ceiling of prefill_tok_per_s.
        const auto dialog = llama70bOnTwoH100s();
        choose(dialog->precisionBox(), u"FP8");
        dialog->parametersBox()->setValue(0.001);
        dialog->gpuCountBox()->setValue(4096);
        QVERIFY(!dialog->estimate());
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(dialog->errorLabel()->text().contains(
                     u"The estimate cannot be used: Prefill rate must be from 0.001 to "
                     u"1,000,000,000 tok/s (you entered "),
                 qPrintable(dialog->errorLabel()->text()));
    }
};

QTEST_MAIN(TestRooflineDialog)
#include "tst_rooflinedialog.moc"
