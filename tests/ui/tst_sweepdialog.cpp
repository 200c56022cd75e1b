// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/sweepdialog.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace planner;

namespace {

// The hand-made vLLM sweep of tests/data/sweep: 2,403 tok/s at p95 TTFT 180 ms and ITL 28 ms,
// 6,857 at 900 and 45, 9,878 at 4,200 and 95.
QList<SweepRun> vllmSweep()
{
    const QDir data(QStringLiteral(PLANNER_TEST_DATA_DIR));
    const auto sweep
        = loadSweep({data.filePath(QStringLiteral("sweep/vllm-concurrency-4.json")),
                     data.filePath(QStringLiteral("sweep/vllm-concurrency-25.json")),
                     data.filePath(QStringLiteral("sweep/vllm-concurrency-256.json"))});
    if (!sweep.ok())
        qFatal("%s", qPrintable(sweep.errorMessage()));
    return *sweep;
}

} // namespace

class TestSweepDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void startsFromTheScenariosTargets()
    {
        SweepDialog dialog(vllmSweep(), {1500, 50});
        QCOMPARE(dialog.ttftTargetBox()->value(), 1500.0);
        QCOMPARE(dialog.itlTargetBox()->value(), 50.0);
        QCOMPARE(dialog.chosenRun(), 1);
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY2(dialog.choiceLabel()->text().contains(u"vllm-concurrency-25.json"),
                 qPrintable(dialog.choiceLabel()->text()));
    }

    void changingATarget_movesTheChoiceLive()
    {
        SweepDialog dialog(vllmSweep(), {});
        QCOMPARE(dialog.chosenRun(), 2); // no target: the saturating run
        dialog.itlTargetBox()->setValue(30);
        QCOMPARE(dialog.chosenRun(), 0);
        QCOMPARE(dialog.targets().itlMs, 30.0);
        dialog.itlTargetBox()->setValue(20);
        QCOMPARE(dialog.chosenRun(), std::nullopt);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(dialog.choiceLabel()->text().contains(u"p95 TTFT 180 ms, p95 ITL 28.0 ms"),
                 qPrintable(dialog.choiceLabel()->text()));
        dialog.itlTargetBox()->setValue(0);
        QCOMPARE(dialog.chosenRun(), 2);
        QVERIFY(dialog.okButton()->isEnabled());
    }
};

QTEST_MAIN(TestSweepDialog)
#include "tst_sweepdialog.moc"
