// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The derivations a reader checks by hand: for a pool of workloads (resources/examples/
// three-teams), the numbers each derivation shows work out to the figure it shows, to the
// rounding they are shown with.
#include "costengine.h"
#include "figures.h"
#include "format.h"
#include "scenariofile.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <functional>

using namespace planner;

namespace {

// A number as the text shows it, and half its last shown digit: what its rounding may hide.
struct Shown
{
    double value = 0;
    double halfUnit = 0;
};

// Every number in the text in order: "$31,731" → 31731, "18.0 k Mtok" → 18000 ± 50, "82%" →
// 0.82 ± 0.005.
QList<Shown> shownNumbers(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral(R"((\d[\d,]*)(?:\.(\d+))?(?: ([kMB])(?= Mtok))?(%)?)"));
    QList<Shown> shown;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString decimals = m.captured(2);
        double scale = m.captured(4).isEmpty() ? 1 : 0.01;
        if (const QString suffix = m.captured(3); !suffix.isEmpty())
            scale *= suffix == u"k" ? 1e3 : suffix == u"M" ? 1e6 : 1e9;
        const QString digits = m.captured(1).remove(u',') + u'.' + decimals;
        shown.append({digits.toDouble() * scale, 0.5 * std::pow(10, -decimals.size()) * scale});
    }
    return shown;
}

using Formula = std::function<double(const QList<double> &)>;

// The formula of the shown inputs lands on the shown result within what the roundings allow:
// the effect of each input moved by its half unit, plus the result's own half unit.
void verifyReproduces(const QList<Shown> &inputs, const Formula &formula, const Shown &result,
                      const QString &text)
{
    QList<double> values;
    for (const Shown &in : inputs)
        values.append(in.value);
    const double computed = formula(values);
    double tolerance = result.halfUnit + 1e-9 * std::abs(computed);
    for (int i = 0; i < values.size(); ++i) {
        QList<double> moved = values;
        moved[i] += inputs[i].halfUnit;
        tolerance += std::abs(formula(moved) - computed);
    }
    QVERIFY2(std::abs(computed - result.value) <= tolerance,
             qPrintable(QStringLiteral("%1 computes to %2, shows %3 (± %4)")
                            .arg(text)
                            .arg(computed)
                            .arg(result.value)
                            .arg(tolerance)));
}

double product(const QList<double> &v)
{
    double p = 1;
    for (double x : v)
        p *= x;
    return p;
}

double sum(const QList<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return s;
}

} // namespace

class TestDerivations : public QObject
{
    Q_OBJECT

    Scenario m_pool;
    Evaluation m_evaluation;

    QString derivation(Figure figure) const
    {
        return figureDerivation(figure, m_pool, m_evaluation);
    }
    QString value(Figure figure) const { return figureValue(figure, m_evaluation.summary); }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const Outcome<Scenario> example = loadScenarioFile(
            QDir(QStringLiteral(PLANNER_EXAMPLES_DIR)).filePath("three-teams.llmbe.json"));
        QVERIFY2(example.ok(), qPrintable(example.errorMessage()));
        m_pool = *example;
        m_evaluation = evaluate(m_pool);
        QCOMPARE(m_evaluation.explanation.workloads.size(), 3);
    }

    // Σ V_w × p_w: each workload's bill, and their sum the API figure.
    void apiCost_sumsEachWorkloadOnItsOwnApi()
    {
        const QString text = derivation(Figure::ApiUsdPerMonth);
        QVERIFY2(text.endsWith(QStringLiteral("in all %1.").arg(value(Figure::ApiUsdPerMonth))),
                 qPrintable(text));
        const QStringList terms = text.split(QStringLiteral("; "));
        QCOMPARE(terms.size(), 4); // three workloads and the total
        QList<Shown> bills;
        for (int w = 0; w < 3; ++w) {
            const Workload &workload = m_pool.workloads[w];
            QVERIFY2(terms[w].contains(workload.name), qPrintable(terms[w]));
            const QList<Shown> n = shownNumbers(terms[w].mid(terms[w].indexOf(workload.name)));
            QCOMPARE(n.size(), 3); // volume × price = bill
            QCOMPARE(n[0].value, workload.volumeMtokPerMonth);
            verifyReproduces(n.mid(0, 2), product, n[2], terms[w]);
            bills.append(n[2]);
        }
        verifyReproduces(bills, sum, shownNumbers(terms[3]).constLast(), text);
    }

    // p_api = API / V, the workloads' prices weighted by their volumes.
    void apiPrice_isTheBillOverTheVolume()
    {
        const QString text = derivation(Figure::ApiUsdPerMtok);
        const QList<Shown> n = shownNumbers(text);
        QCOMPARE(n.size(), 3 + 3 * 2); // bill / volume = price, then each price (share)
        QCOMPARE(format::money(n[0].value), value(Figure::ApiUsdPerMonth));
        QCOMPARE(format::moneyPerMtok(n[2].value), value(Figure::ApiUsdPerMtok));
        verifyReproduces(
            n.mid(0, 2), [](const QList<double> &v) { return v[0] / v[1]; }, n[2], text);
        verifyReproduces(
            n.mid(3, 6),
            [](const QList<double> &v) { return v[0] * v[1] + v[2] * v[3] + v[4] * v[5]; }, n[2],
            text);
        QVERIFY2(!text.contains(u"cached"), qPrintable(text)); // not the shared api group's blend
    }

    // K = V / Σ (V_w / K_w).
    void capacity_isTheVolumeOverTheBusyHours()
    {
        const QString text = derivation(Figure::ReplicaCapacityMtokPerHour);
        const QList<Shown> n = shownNumbers(text);
        QCOMPARE(n.size(), 1 + 3 * 2 + 2); // V, each V_w / K_w, busy hours, K
        verifyReproduces(
            n.mid(1, 6),
            [](const QList<double> &v) { return v[0] / v[1] + v[2] / v[3] + v[4] / v[5]; }, n[7],
            text);
        verifyReproduces(
            {n[0], n[7]}, [](const QList<double> &v) { return v[0] / v[1]; }, n[8], text);
        QCOMPARE(format::number(n[8].value, 2) + QStringLiteral(" Mtok/h"),
                 value(Figure::ReplicaCapacityMtokPerHour));
    }

    // (k + spare) × G × gpu price × 730 + overhead + the bursts' own cost, not burst × p_api.
    void hybridCost_addsTheBurstsAtTheirOwnPrices()
    {
        const QString text = derivation(Figure::HybridUsdPerMonth);
        QVERIFY2(text.endsWith(QStringLiteral("= ") + value(Figure::HybridUsdPerMonth)),
                 qPrintable(text));
        QVERIFY2(!text.contains(value(Figure::ApiUsdPerMtok)), qPrintable(text));
        const QList<Shown> n = shownNumbers(text);
        QCOMPARE(n.size(), 9); // k, spare, G, price, 730, overhead, burst USD, burst Mtok, total
        QCOMPARE(format::money(n[6].value),
                 format::money(m_evaluation.explanation.hybridBurstUsdPerMonth));
        verifyReproduces(
            n.mid(0, 7),
            [](const QList<double> &v) { return (v[0] + v[1]) * v[2] * v[3] * v[4] + v[5] + v[6]; },
            n[8], text);
    }

    // One workload whose batch share fills the valleys: a burst's batch part is priced at the
    // batch discount, so burst × p_api is not its cost; the text shows the engine's sum, and the
    // sum of the shown terms is the hybrid figure.
    void hybridCost_withBatchInTheValleys_addsUp()
    {
        Scenario dayNight = defaultScenario();
        dayNight.batchFillsValleys = true;
        dayNight.batchFraction = 0.1;
        const Evaluation e = evaluate(dayNight);
        QVERIFY(e.summary.hybridReplicas > 0);
        const QString text = figureDerivation(Figure::HybridUsdPerMonth, dayNight, e);
        const QList<Shown> n = shownNumbers(text);
        QCOMPARE(n.size(), 9); // k, spare, G, price, 730, overhead, burst USD, burst Mtok, total
        QCOMPARE(format::money(n[6].value), format::money(e.explanation.hybridBurstUsdPerMonth));
        QVERIFY(std::abs(e.explanation.hybridBurstUsdPerMonth
                         - e.explanation.hybridBurstMtokPerMonth * e.summary.apiUsdPerMtok)
                > 1); // the case the plain "burst × p_api" would have got wrong
        verifyReproduces(
            n.mid(0, 7),
            [](const QList<double> &v) { return (v[0] + v[1]) * v[2] * v[3] * v[4] + v[5] + v[6]; },
            n[8], text);
    }

    // The figures built on K and V read the pooled terms: their arithmetic holds as shown.
    void utilizations_divideThePooledBusyHours()
    {
        const Formula busyShare = [](const QList<double> &v) {
            return v[0] / v[1] / v[2];
        };
        for (Figure figure : {Figure::Utilization, Figure::ServingUtilization}) {
            const QString text = derivation(figure);
            const QList<Shown> n = shownNumbers(text);
            QCOMPARE(n.size(), 4); // V / K / replica-hours = share
            verifyReproduces(n.mid(0, 3), busyShare, n[3], text);
            QCOMPARE(format::percent(n[3].value), value(figure));
        }
        const QString share = derivation(Figure::HybridSelfhostShare);
        const QList<Shown> n = shownNumbers(share);
        QCOMPARE(n.size(), 4); // 1 − burst / V = share
        verifyReproduces(
            n.mid(0, 3), [](const QList<double> &v) { return v[0] - v[1] / v[2]; }, n[3], share);
    }

    // The derivations a pool shares with a plain scenario hold on its pooled figures too.
    void otherCosts_workOutAsShown()
    {
        struct Case
        {
            Figure figure;
            qsizetype numbers; // the formula's inputs, then the result
            Formula formula;
        };
        const Formula ratio = [](const QList<double> &v) {
            return v[0] / v[1];
        };
        const Case cases[] = {
            {Figure::SelfhostGpuUsdPerMonth, 4, product}, // RH × G × price
            {Figure::SelfhostUsdPerMonth, 3, sum}, // GPUs + overhead
            {Figure::SelfhostUsdPerMtok, 3, ratio},
            {Figure::HybridUsdPerMtok, 3, ratio},
            {Figure::SelfhostOverheadUsdPerMonth, 11,
             [](const QList<double> &v) {
                 return v[0] * v[1] / v[2] + v[3] + v[4] * v[5] / v[6] + v[7] + v[8] / v[9];
             }},
            {Figure::BreakevenGpuHourlyUsd, 5,
             [](const QList<double> &v) {
                 return (v[0] - v[1]) / (v[2] * v[3]);
             }},
        };
        for (const Case &c : cases) {
            const QString text = derivation(c.figure);
            const QList<Shown> n = shownNumbers(text);
            QCOMPARE(n.size(), c.numbers);
            verifyReproduces(n.mid(0, c.numbers - 1), c.formula, n.constLast(), text);
        }
    }

    // (API − spares − overhead) / r = X affordable replica-hours; V / (K × X) = the utilization.
    void breakevenUtilization_isWhatTheApiBillAffords()
    {
        const QString text = derivation(Figure::BreakevenUtilization);
        const QList<Shown> n = shownNumbers(text);
        QCOMPARE(n.size(), 9);
        verifyReproduces(
            n.mid(0, 4), [](const QList<double> &v) { return (v[0] - v[1] - v[2]) / v[3]; }, n[4],
            text);
        verifyReproduces(
            n.mid(5, 3), [](const QList<double> &v) { return v[0] / (v[1] * v[2]); }, n[8], text);
        QCOMPARE(format::percent(n[8].value), value(Figure::BreakevenUtilization));
    }
};

QTEST_GUILESS_MAIN(TestDerivations)
#include "tst_derivations.moc"
