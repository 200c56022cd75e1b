// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Properties that must hold for every valid scenario, checked over thousands of random ones.
#include "costengine.h"
#include "scenariofields.h"
#include "trafficprofiles.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace planner;

namespace {

constexpr int ScenarioCount = 3000;

// Log-uniform between lo and hi: spreads over the orders of magnitude that real plans span.
double logUniform(QRandomGenerator &rng, double lo, double hi)
{
    return std::exp(std::log(lo) + rng.generateDouble() * (std::log(hi) - std::log(lo)));
}

Scenario randomScenario(QRandomGenerator &rng)
{
    Scenario s = defaultScenario();
    s.volumeMtokPerMonth = logUniform(rng, 1, 1e6);
    s.outputFraction = rng.generateDouble();
    s.inputUsdPerMtok = logUniform(rng, 0.01, 30);
    s.outputUsdPerMtok = logUniform(rng, 0.01, 80);
    s.cachedInputUsdPerMtok = s.inputUsdPerMtok * rng.generateDouble();
    s.cachedInputFraction = rng.generateDouble();
    s.batchFraction = rng.generateDouble();
    s.batchDiscount = rng.generateDouble();
    s.gpuHourlyUsd = rng.bounded(10) == 0 ? 0 : logUniform(rng, 0.2, 12);
    s.gpusPerReplica = 1 + rng.bounded(8);
    s.prefillTokPerS = logUniform(rng, 100, 100000);
    s.decodeTokPerS = logUniform(rng, 10, 30000);
    s.mixedTokPerS = rng.bounded(2) ? 0 : logUniform(rng, 50, 60000);
    s.provisioning = static_cast<Provisioning>(rng.bounded(3));
    s.averageUtilization = 0.01 + 0.99 * rng.generateDouble();
    s.maxUtilization = 0.05 + 0.95 * rng.generateDouble();
    s.minReplicas = 1 + rng.bounded(4);
    s.spareReplicas = rng.bounded(3);
    s.engineerFte = rng.bounded(3) == 0 ? 0 : 2 * rng.generateDouble();
    s.engineerUsdPerYear = logUniform(rng, 50000, 400000);
    s.oncallUsdPerMonth = 3000 * rng.generateDouble();
    s.otherUsdPerMonth = 5000 * rng.generateDouble();
    s.modelUpdatesPerYear = rng.bounded(13);
    s.modelUpdateUsd = 10000 * rng.generateDouble();
    s.setupUsd = 100000 * rng.generateDouble();
    s.horizonMonths = 1 + rng.bounded(120);
    s.monthlyGrowth = -0.5 + 1.5 * rng.generateDouble();
    const QStringList presets = trafficPresetNames();
    if (rng.bounded(4) == 0) {
        s.profile.presetName.clear();
        for (double &w : s.profile.weights)
            w = rng.bounded(5) == 0 ? 0 : logUniform(rng, 0.01, 100);
        s.profile.weights[rng.bounded(HoursPerWeek)] = 1; // never all zero
    } else {
        s.profile = *trafficPreset(presets[int(rng.bounded(qsizetype(presets.size())))]);
    }
    return s;
}

bool finite(const std::optional<double> &value)
{
    return !value || std::isfinite(*value);
}

QString describe(const Scenario &s)
{
    return QStringLiteral("V=%1 mode=%2 gpu=%3")
        .arg(s.volumeMtokPerMonth)
        .arg(provisioningKey(s.provisioning))
        .arg(s.gpuHourlyUsd);
}

double savings(const Scenario &s, double v)
{
    return apiCostAt(s, v) - selfhostCostAt(s, v);
}

// Self(V) <= API(V), allowing for rounding in the last digits.
bool selfhostNoDearer(const Scenario &s, double v)
{
    return savings(s, v) >= -1e-9 * (apiCostAt(s, v) + selfhostCostAt(s, v));
}

} // namespace

class TestEngineProperties : public QObject
{
    Q_OBJECT

private slots:
    void randomScenarios_areValid()
    {
        QRandomGenerator rng(42);
        for (int i = 0; i < 200; ++i) {
            const QStringList errors = validate(randomScenario(rng)).errors;
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        }
    }

    void everyFigure_finiteOrNull()
    {
        QRandomGenerator rng(1);
        for (int i = 0; i < ScenarioCount; ++i) {
            const Scenario s = randomScenario(rng);
            const Summary r = summarize(s);
            const double figures[] = {r.apiUsdPerMonth,
                                      r.selfhostUsdPerMonth,
                                      r.hybridUsdPerMonth,
                                      r.selfhostGpuUsdPerMonth,
                                      r.selfhostOverheadUsdPerMonth,
                                      r.apiUsdPerMtok,
                                      r.selfhostUsdPerMtok,
                                      r.hybridUsdPerMtok,
                                      r.replicaCapacityMtokPerHour,
                                      r.paidReplicaHours,
                                      r.peakReplicas,
                                      r.utilization,
                                      r.hybridReplicas,
                                      r.hybridSelfhostShare};
            for (double figure : figures)
                QVERIFY2(std::isfinite(figure), qPrintable(describe(s)));
            QVERIFY2(finite(r.breakevenVolumeMtokPerMonth) && finite(r.firstCrossoverMtokPerMonth)
                         && finite(r.breakevenUtilization) && finite(r.breakevenGpuHourlyUsd),
                     qPrintable(describe(s)));
            QVERIFY(r.hybridSelfhostShare >= 0 && r.hybridSelfhostShare <= 1);
        }
    }

    void curves_finiteAndCostsRiseWithVolume()
    {
        QRandomGenerator rng(2);
        for (int i = 0; i < ScenarioCount / 10; ++i) {
            const Scenario s = randomScenario(rng);
            const Evaluation e = evaluate(s);
            for (const QList<QPointF> *curve :
                 {&e.costVsVolume.api, &e.costVsVolume.selfhost, &e.costVsVolume.hybrid}) {
                for (qsizetype j = 0; j < curve->size(); ++j) {
                    QVERIFY(std::isfinite(curve->at(j).x()) && std::isfinite(curve->at(j).y()));
                    QVERIFY(curve->at(j).x() > 0);
                    if (j > 0)
                        QVERIFY2(curve->at(j).y() >= curve->at(j - 1).y() * (1 - 1e-12),
                                 qPrintable(describe(s)));
                }
            }
            for (const QPointF &p : e.costPerMtokVsUtilization.selfhost)
                QVERIFY(std::isfinite(p.y()));
        }
    }

    void hybrid_neverWorseThanApiOrFixedSelfhost()
    {
        QRandomGenerator rng(3);
        for (int i = 0; i < ScenarioCount; ++i) {
            Scenario s = randomScenario(rng);
            s.provisioning = Provisioning::Fixed;
            const Summary r = summarize(s);
            QVERIFY2(r.hybridUsdPerMonth <= r.apiUsdPerMonth, qPrintable(describe(s)));
            QVERIFY2(r.hybridUsdPerMonth <= r.selfhostUsdPerMonth, qPrintable(describe(s)));
        }
    }

    // The exact breakeven search agrees with direct evaluation: self-hosting is no dearer
    // anywhere on [V*, 1000 V] and dearer just below V*; nothing below the first crossover wins.
    void breakevenVolume_matchesDirectEvaluation()
    {
        QRandomGenerator rng(4);
        int found = 0;
        for (int i = 0; i < ScenarioCount / 3; ++i) {
            const Scenario s = randomScenario(rng);
            const Summary r = summarize(s);
            const double vmax = 1000 * s.volumeMtokPerMonth;
            if (!r.breakevenVolumeMtokPerMonth) {
                QVERIFY2(savings(s, vmax) < 0, qPrintable(describe(s)));
            } else {
                ++found;
                const double vStar = *r.breakevenVolumeMtokPerMonth;
                QVERIFY2(vStar <= vmax * (1 + 1e-12), qPrintable(describe(s)));
                for (int k = 0; k <= 200; ++k) {
                    const double v = vStar + (vmax - vStar) * std::pow(k / 200.0, 3);
                    QVERIFY2(selfhostNoDearer(s, v), qPrintable(describe(s)));
                }
                if (vStar > 0)
                    QVERIFY2(savings(s, vStar * (1 - 1e-7)) < 0, qPrintable(describe(s)));
            }
            if (!r.firstCrossoverMtokPerMonth) {
                QVERIFY(!r.breakevenVolumeMtokPerMonth);
                continue;
            }
            const double first = *r.firstCrossoverMtokPerMonth;
            QVERIFY2(selfhostNoDearer(s, first), qPrintable(describe(s)));
            for (int k = 1; k <= 100; ++k)
                QVERIFY2(savings(s, first * k / 101.0) < 0, qPrintable(describe(s)));
            if (r.breakevenVolumeMtokPerMonth)
                QVERIFY(first <= *r.breakevenVolumeMtokPerMonth * (1 + 1e-12));
        }
        QVERIFY2(found > 100, "too few random scenarios break even to test the search");
    }
};

QTEST_GUILESS_MAIN(TestEngineProperties)
#include "tst_engineproperties.moc"
