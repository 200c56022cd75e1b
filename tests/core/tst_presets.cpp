// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownedgpu.h"
#include "presets.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace planner;

namespace {

bool isDateOrEmpty(const QString &asOf)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}(-\\d{2})?$"));
    return asOf.isEmpty() || date.match(asOf).hasMatch();
}

} // namespace

class TestPresets : public QObject
{
    Q_OBJECT

private slots:
    void everyPreset_hasSourceAndDate()
    {
        const PresetCatalog &catalog = builtinPresets();
        QVERIFY(catalog.apiModels.size() >= 20);
        QVERIFY(catalog.gpus.size() >= 8);
        QVERIFY(catalog.throughput.size() >= 30);
        for (const ApiModelPreset &m : catalog.apiModels) {
            QVERIFY2(!m.origin.source.isEmpty() && isDateOrEmpty(m.origin.asOf), qPrintable(m.id));
            QVERIFY(m.inputUsdPerMtok >= 0 && m.outputUsdPerMtok >= 0);
        }
        for (const GpuPreset &g : catalog.gpus) {
            QVERIFY2(!g.specSource.isEmpty() && g.memoryGb > 0 && g.bandwidthTbps > 0,
                     qPrintable(g.id));
            QVERIFY(!g.prices.isEmpty());
            for (const GpuPrice &p : g.prices)
                QVERIFY2(!p.origin.source.isEmpty() && p.gpuHourlyUsd > 0
                             && isDateOrEmpty(p.origin.asOf),
                         qPrintable(g.id + u' ' + p.provider));
        }
        for (const ThroughputPreset &t : catalog.throughput)
            QVERIFY2(!t.origin.source.isEmpty() && t.inputLength > 0 && t.outputLength > 0,
                     qPrintable(t.model));
    }

    // A run that measured input and output over the same time gives one mixed rate:
    // output rate x (input + output) / output, at output fraction output / (input + output).
    void throughput_isOneMixedRatePerRun()
    {
        for (const ThroughputPreset &t : builtinPresets().throughput) {
            const double total = t.inputLength + t.outputLength;
            QVERIFY(qAbs(t.mixedTokPerS - t.outputTokPerS * total / t.outputLength) < 1e-3);
            QVERIFY(qAbs(t.outputFraction - t.outputLength / total) < 1e-6);
        }
        // TensorRT-LLM v1.0, Llama 3.3 70B FP8 on 2x H100 at 5000/500: 898 x 5500 / 500 = 9878.
        const auto it
            = std::find_if(builtinPresets().throughput.begin(), builtinPresets().throughput.end(),
                           [](const ThroughputPreset &t) {
                               return t.model.startsWith(u"Llama-3.3-70B") && t.gpuCount == 2
                                   && t.inputLength == 5000 && t.engine.contains(u"TensorRT");
                           });
        QVERIFY(it != builtinPresets().throughput.end());
        QCOMPARE(it->mixedTokPerS, 9878.0);
    }

    void staleness_after180Days()
    {
        const QDate today(2026, 11, 26);
        QCOMPARE(ageInDays({QString(), QStringLiteral("2026-07-24")}, today),
                 std::optional<int>(125));
        QVERIFY(!isStale({QString(), QStringLiteral("2026-07-24")}, today));
        // 2026-05-20 is 190 days before: possibly out of date.
        QCOMPARE(ageInDays({QString(), QStringLiteral("2026-05-20")}, today),
                 std::optional<int>(190));
        QVERIFY(isStale({QString(), QStringLiteral("2026-05-20")}, today));
        // A month alone counts from its last day: 2026-05-31 is 179 days before.
        QCOMPARE(ageInDays({QString(), QStringLiteral("2026-05")}, today), std::optional<int>(179));
        QVERIFY(!isStale({QString(), QStringLiteral("2026-05")}, today));
        QCOMPARE(ageInDays({QString(), QString()}, today), std::optional<int>());
        QVERIFY(!isStale({QString(), QString()}, today));
    }

    void committedPrices_haveSourceDateAndTerm()
    {
        int committed = 0;
        for (const GpuPreset &g : builtinPresets().gpus) {
            for (const GpuPrice &p : g.prices) {
                if (!p.kind.startsWith(u"committed"))
                    continue;
                ++committed;
                QVERIFY2(p.kind == u"committed-1y" || p.kind == u"committed-3y",
                         qPrintable(p.kind));
                QVERIFY2(isCommittedKind(p.kind), qPrintable(p.kind));
                QVERIFY2(!p.origin.source.isEmpty() && !p.origin.asOf.isEmpty(),
                         qPrintable(g.id + u' ' + p.provider + u' ' + p.instance));
            }
        }
        QVERIFY(committed >= 4);
        QVERIFY(isCommittedKind(QStringLiteral("reserved")));
        QVERIFY(!isCommittedKind(QStringLiteral("on-demand")));
        QVERIFY(!isCommittedKind(QStringLiteral("spot")));
    }

    // Every committed price of a provider that also lists an on-demand price for the same GPU
    // pairs with one of those, never with another provider's or another kind, and costs less.
    void committedPrice_pairsWithItsProvidersOnDemandPrice()
    {
        for (const GpuPreset &g : builtinPresets().gpus) {
            for (const GpuPrice &p : g.prices) {
                const auto pair = onDemandPairFor(g, p);
                const bool providerHasOnDemand
                    = std::any_of(g.prices.begin(), g.prices.end(), [&](const GpuPrice &o) {
                          return o.provider == p.provider && o.kind == u"on-demand";
                      });
                const QByteArray where = (g.id + u' ' + p.provider + u' ' + p.kind).toUtf8();
                QVERIFY2(pair.has_value() == (isCommittedKind(p.kind) && providerHasOnDemand),
                         where.constData());
                if (!pair)
                    continue;
                QCOMPARE(pair->provider, p.provider);
                QCOMPARE(pair->kind, QStringLiteral("on-demand"));
                QVERIFY2(p.gpuHourlyUsd < pair->gpuHourlyUsd, where.constData());
            }
        }
    }

    void pairLookup_prefersSameInstanceThenGpuCountThenLatest()
    {
        const GpuPreset &h100 = builtinPresets().gpus.constFirst();
        QCOMPARE(h100.id, QStringLiteral("h100-sxm"));
        const auto priceOf = [&](const QString &provider, const QString &kind) {
            return *std::find_if(h100.prices.begin(), h100.prices.end(), [&](const GpuPrice &p) {
                return p.provider == provider && p.kind == kind;
            });
        };
        // GCP a3-highgpu-8g: the commitments pair with the same instance on demand, $88.49 / 8.
        for (const QString kind :
             {QStringLiteral("committed-1y"), QStringLiteral("committed-3y")}) {
            const auto gcp = onDemandPairFor(h100, priceOf(QStringLiteral("GCP"), kind));
            QVERIFY(gcp);
            QCOMPARE(gcp->instance, QStringLiteral("a3-highgpu-8g (8x H100)"));
            QCOMPARE(gcp->gpuHourlyUsd, 11.0613);
        }
        QCOMPARE(priceOf(QStringLiteral("GCP"), QStringLiteral("committed-1y")).gpuHourlyUsd,
                 7.673);
        QCOMPARE(priceOf(QStringLiteral("GCP"), QStringLiteral("committed-3y")).gpuHourlyUsd,
                 4.858);
        // Lambda's 8x reservation: no Lambda on-demand H100 SXM names 8 GPUs, so the latest one
        // (2026-09-07, $3.30) wins over the 1x from 2026-05-07 ($3.78).
        const auto lambda
            = onDemandPairFor(h100, priceOf(QStringLiteral("Lambda"), QStringLiteral("reserved")));
        QVERIFY(lambda);
        QCOMPARE(lambda->gpuHourlyUsd, 3.3);
        QCOMPARE(lambda->origin.asOf, QStringLiteral("2026-09-07"));
        // An 8x commitment prefers the 8x on-demand instance to the 1x one of the same date.
        GpuPrice aws8x {QStringLiteral("AWS"),
                        QStringLiteral("8x H100 Savings Plan"),
                        QStringLiteral("committed-1y"),
                        1.0,
                        {}};
        GpuPrice aws1x = aws8x;
        aws1x.instance = QStringLiteral("1x H100 Savings Plan");
        QCOMPARE(onDemandPairFor(h100, aws8x)->instance,
                 QStringLiteral("p5.48xlarge (8x H100, us-east-1)"));
        QCOMPARE(onDemandPairFor(h100, aws1x)->instance,
                 QStringLiteral("p5.4xlarge (1x H100, us-east-1)"));
        // Nothing for a provider without an on-demand price, or for a price that is not committed.
        GpuPrice vast = aws8x;
        vast.provider = QStringLiteral("Vast.ai");
        QVERIFY(!onDemandPairFor(h100, vast));
        QVERIFY(!onDemandPairFor(h100, priceOf(QStringLiteral("Vast.ai"), QStringLiteral("spot"))));
        QVERIFY(!onDemandPairFor(h100, h100.prices.constFirst()));
    }

    void applying_fillsTheFields()
    {
        Scenario s = defaultScenario();
        const ApiModelPreset &gpt4o = builtinPresets().apiModels.constFirst();
        QCOMPARE(gpt4o.id, QStringLiteral("openai/gpt-4o"));
        applyApiModel(s, gpt4o);
        QCOMPARE(s.inputUsdPerMtok, 2.5);
        QCOMPARE(s.outputUsdPerMtok, 10.0);
        QCOMPARE(s.cachedInputUsdPerMtok, 1.25);
        QCOMPARE(s.batchDiscount, 0.5); // batch input 1.25 = half of 2.50

        const ThroughputPreset &run = builtinPresets().throughput.constFirst();
        applyThroughput(s, run);
        QCOMPARE(s.mixedTokPerS, run.mixedTokPerS);
        QCOMPARE(s.gpusPerReplica, double(run.gpuCount));

        const GpuPreset &h100 = builtinPresets().gpus.constFirst();
        applyGpuPrice(s, h100, h100.prices.constFirst());
        QCOMPARE(s.gpuHourlyUsd, 6.88);
        QVERIFY(validate(s).ok());
    }

    // A committed price brings its provider's on-demand price (cost model 9.1); an on-demand
    // price, or a committed one without a pair, leaves 0: "the same as the GPU price".
    void applyingACommittedPrice_fillsTheOnDemandPrice()
    {
        const GpuPreset &h100 = builtinPresets().gpus.constFirst();
        const auto priceOf = [&](const QString &provider, const QString &kind) {
            return *std::find_if(h100.prices.begin(), h100.prices.end(), [&](const GpuPrice &p) {
                return p.provider == provider && p.kind == kind;
            });
        };
        Scenario s = defaultScenario();
        applyGpuPrice(s, h100, priceOf(QStringLiteral("GCP"), QStringLiteral("committed-3y")));
        QCOMPARE(s.gpuHourlyUsd, 4.858);
        QCOMPARE(s.ondemandGpuHourlyUsd, 11.0613);
        QVERIFY(validate(s).ok());

        applyGpuPrice(s, h100, priceOf(QStringLiteral("GCP"), QStringLiteral("on-demand")));
        QCOMPARE(s.gpuHourlyUsd, 11.0613);
        QCOMPARE(s.ondemandGpuHourlyUsd, 0.0);

        s.ondemandGpuHourlyUsd = 9;
        GpuPrice unpaired = priceOf(QStringLiteral("GCP"), QStringLiteral("committed-1y"));
        unpaired.provider = QStringLiteral("Vast.ai");
        applyGpuPrice(s, h100, unpaired);
        QCOMPARE(s.gpuHourlyUsd, 7.673);
        QCOMPARE(s.ondemandGpuHourlyUsd, 0.0);
    }

    // A provider's prices of one kind for one GPU that are the same to the cent are one entry;
    // nothing else is merged, and no price is lost.
    void gpuPriceChoices_mergeOnlyIdenticalPrices()
    {
        const PresetCatalog &catalog = builtinPresets();
        const QList<GpuPriceChoice> choices = gpuPriceChoices(catalog);
        qsizetype prices = 0;
        for (const GpuPreset &g : catalog.gpus)
            prices += g.prices.size();
        qsizetype listed = 0;
        for (const GpuPriceChoice &c : choices) {
            listed += c.merged.size();
            QVERIFY(c.merged.contains(c.price));
            for (const GpuPrice *p : c.merged) {
                QCOMPARE(p->provider, c.price->provider);
                QCOMPARE(p->kind, c.price->kind);
                QVERIFY(qAbs(p->gpuHourlyUsd - c.price->gpuHourlyUsd) <= 0.005 + 1e-9);
                QVERIFY(std::any_of(c.gpu->prices.begin(), c.gpu->prices.end(),
                                    [&](const GpuPrice &o) { return &o == p; }));
            }
        }
        QCOMPARE(listed, prices);
        const auto entriesOf = [&](const QString &gpu, const QString &provider) {
            QList<GpuPriceChoice> found;
            for (const GpuPriceChoice &c : choices) {
                if (c.gpu->id == gpu && c.price->provider == provider)
                    found << c;
            }
            return found;
        };
        // AWS's 1x and 8x H100 at $6.88, the two market medians at $2.95: one entry each.
        QCOMPARE(entriesOf(QStringLiteral("h100-sxm"), QStringLiteral("AWS")).size(), 1);
        QCOMPARE(entriesOf(QStringLiteral("h100-sxm"), QStringLiteral("AWS")).first().merged.size(),
                 2);
        QCOMPARE(
            entriesOf(QStringLiteral("h100-sxm"), QStringLiteral("Market median (37 providers)"))
                .size(),
            1);
        // CoreWeave's $6.155 (8x) and $6.16 (1x) are the same to the cent: the first listed
        // applies, both dated 2026-08-23.
        const auto coreweave = entriesOf(QStringLiteral("h100-sxm"), QStringLiteral("CoreWeave"));
        QCOMPARE(coreweave.size(), 1);
        QCOMPARE(coreweave.first().price->gpuHourlyUsd, 6.155);
        // RunPod's three H100 prices differ: three entries, and GCP's three kinds stay apart.
        QCOMPARE(entriesOf(QStringLiteral("h100-sxm"), QStringLiteral("RunPod")).size(), 3);
        QCOMPARE(entriesOf(QStringLiteral("h100-sxm"), QStringLiteral("GCP")).size(), 3);
        // Modal's L4 at $0.7992 (2026-05-07) and $0.80 (2026-09-07): the latest applies.
        const auto modal = entriesOf(QStringLiteral("l4"), QStringLiteral("Modal"));
        QCOMPARE(modal.size(), 1);
        QCOMPARE(modal.first().price->gpuHourlyUsd, 0.8);
    }

    // Which preset a scenario's figures match, for the window's choosers.
    void scenarioUsesAPreset_whenItCarriesItsFigures()
    {
        const PresetCatalog &catalog = builtinPresets();
        Scenario s = defaultScenario();
        const ApiModelPreset &gpt4o = catalog.apiModels.constFirst();
        QVERIFY(!usesApiModel(s, gpt4o));
        applyApiModel(s, gpt4o);
        QVERIFY(usesApiModel(s, gpt4o));
        s.outputUsdPerMtok += 0.01;
        QVERIFY(!usesApiModel(s, gpt4o));

        const QList<GpuPriceChoice> choices = gpuPriceChoices(catalog);
        const GpuPriceChoice &aws
            = *std::find_if(choices.begin(), choices.end(), [](const GpuPriceChoice &c) {
                  return c.gpu->id == u"h100-sxm" && c.price->provider == u"AWS";
              });
        applyGpuPrice(s, *aws.gpu, *aws.price);
        QVERIFY(usesGpuPrice(s, aws));
        s.ownedGpu = OwnedGpu {};
        QVERIFY(!usesGpuPrice(s, aws)); // an owned GPU's price is its own
        s.ownedGpu.reset();
        s.gpuHourlyUsd = 6.87;
        QVERIFY(!usesGpuPrice(s, aws));

        const ThroughputPreset &run = catalog.throughput.constFirst();
        applyThroughput(s, run);
        QVERIFY(usesThroughput(s, run));
        s.gpusPerReplica += 1;
        QVERIFY(!usesThroughput(s, run));
    }

    // A lead picks an interactive or a batch rate knowingly: the label states the load.
    void throughputRegime_tellsInteractiveFromBatch()
    {
        QSet<QString> regimes;
        for (const ThroughputPreset &t : builtinPresets().throughput) {
            regimes.insert(throughputRegime(t));
            if (t.concurrency.startsWith(u"max") || t.concurrency.startsWith(u"batch"))
                QCOMPARE(throughputRegime(t), u"batch/offline");
        }
        QVERIFY(regimes.contains(QStringLiteral("interactive, 25 concurrent")));
        QVERIFY(regimes.contains(QStringLiteral("batch/offline")));
        ThroughputPreset unknown;
        unknown.concurrency = QStringLiteral("0");
        QCOMPARE(throughputRegime(unknown), u"load not stated");
        QVERIFY(!regimes.contains(QStringLiteral("load not stated")));
    }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
