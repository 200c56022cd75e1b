// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ownedgpudialog.h"
#include "report/reportwriter.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;

namespace {

// 36,500 / (50 x 730) = 1.00, 0.8 kW x 1.5 x 0.10 = 0.12 and 146 / 730 = 0.20 USD/h: 1.32 in all.
Scenario handCase()
{
    Scenario s = defaultScenario();
    s.ownedGpu = OwnedGpu {36500, 50, 0.8, 1.5, 0.10, 146};
    s.gpuHourlyUsd = ownedGpuHourlyUsd(*s.ownedGpu);
    return s;
}

} // namespace

class TestOwnedGpuDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void reopening_showsTheScenariosInputs()
    {
        const Scenario s = handCase();
        OwnedGpuDialog dialog(s);
        QCOMPARE(dialog.spinBox(u"purchase_usd")->value(), 36500.0);
        QCOMPARE(dialog.spinBox(u"amortization_months")->value(), 50.0);
        QCOMPARE(dialog.spinBox(u"power_kw")->value(), 0.8);
        QCOMPARE(dialog.spinBox(u"pue")->value(), 1.5);
        QCOMPARE(dialog.spinBox(u"usd_per_kwh")->value(), 0.1);
        QCOMPARE(dialog.spinBox(u"colocation_usd_per_month")->value(), 146.0);
        QCOMPARE(dialog.ownedGpu(), *s.ownedGpu);
        const QString price = dialog.priceLabel()->text();
        QVERIFY2(price.contains(u"$1.32 per GPU-hour") && price.contains(u"$1.00 amortisation")
                     && price.contains(u"$0.12 power") && price.contains(u"$0.20 colocation"),
                 qPrintable(price));
    }

    void typingAValue_updatesThePrice()
    {
        OwnedGpuDialog dialog(handCase());
        QDoubleSpinBox *months = dialog.spinBox(u"amortization_months");
        months->selectAll();
        QTest::keyClicks(months, QStringLiteral("100"));
        // 36,500 / (100 x 730) = 0.50, so 0.50 + 0.12 + 0.20 = 0.82 USD/h.
        QCOMPARE(dialog.ownedGpu().amortizationMonths, 100.0);
        const QString price = dialog.priceLabel()->text();
        QVERIFY2(price.contains(u"$0.82 per GPU-hour") && price.contains(u"$0.50 amortisation"),
                 qPrintable(price));
    }

    void withoutOwnedGpu_startsFromDefaultsThatSayWhereTheyComeFrom()
    {
        Scenario rented = defaultScenario();
        QVERIFY(!rented.ownedGpu);
        OwnedGpuDialog dialog(rented);
        QCOMPARE(validate(dialog.ownedGpu()).errors, QStringList());
        for (const OwnedGpuField &field : ownedGpuFields()) {
            const QString tip = dialog.spinBox(QString::fromLatin1(field.key))->toolTip();
            QVERIFY2(tip.contains(u"Default:") && tip.contains(rangeText(field)), qPrintable(tip));
        }
        QVERIFY(dialog.spinBox(u"colocation_usd_per_month")
                    ->toolTip()
                    .contains(u"illustrative round value and not a market figure"));
        QCOMPARE(dialog.spinBox(u"tdp"), nullptr);
    }

    void spinBoxes_keepToTheValidRanges()
    {
        OwnedGpuDialog dialog(handCase());
        QDoubleSpinBox *pue = dialog.spinBox(u"pue");
        pue->setValue(0.5);
        QCOMPARE(pue->value(), 1.0);
        QDoubleSpinBox *months = dialog.spinBox(u"amortization_months");
        months->setValue(36.6);
        QCOMPARE(dialog.ownedGpu().amortizationMonths, 37.0);
        QCOMPARE(validate(dialog.ownedGpu()).errors, QStringList());
    }

    void report_listsTheInputsAndTheFormula()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdf = dir.filePath(QStringLiteral("owned.pdf"));
        QString error;
        QVERIFY2(exportReportPdf({handCase()}, pdf, QPageSize(QPageSize::A4), &error),
                 qPrintable(error));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000) && pdftotext.exitCode() == 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(u"GPU price 1.32 USD/h owned GPU (rows below): "
                               u"36,500 / (50 × 730) + 0.8 × 1.5 × 0.1 + 146 / 730 = $1.32"),
                 qPrintable(text));
        // The summary page and the appendix: 1.00 + 0.12 + 0.20 = 1.32 (see handCase).
        QVERIFY2(text.contains(u"The GPUs are owned: $1.32 per GPU-hour = $1.00 amortisation + "
                               u"$0.12 power + $0.20 colocation"),
                 qPrintable(text));
        QVERIFY2(text.contains(u"= $36,500 / (50 × 730) + 0.8 kW × 1.5 × $0.10 + $146 / 730 = "
                               u"$1.00 + $0.12 + $0.20 = $1.32 per GPU-hour."),
                 qPrintable(text));
        for (const char *row :
             {"Owned GPU: Purchase price 36,500 USD", "Owned GPU: Amortisation period 50 months",
              "Owned GPU: Power draw 0.8 kW", "Owned GPU: PUE 1.5",
              "Owned GPU: Electricity price 0.1 USD/kWh", "Owned GPU: Colocation 146 USD/month"})
            QVERIFY2(text.contains(QLatin1String(row)), row);
    }
};

QTEST_MAIN(TestOwnedGpuDialog)
#include "tst_ownedgpudialog.moc"
