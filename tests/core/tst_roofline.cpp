// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roofline.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <functional>

using namespace planner;

namespace {

const ModelPreset &model(QStringView id)
{
    const auto &models = builtinPresets().models;
    const auto it = std::find_if(models.begin(), models.end(),
                                 [id](const ModelPreset &m) { return m.id == id; });
    if (it == models.end())
        qFatal("no model preset %s", qPrintable(id.toString()));
    return *it;
}

const GpuPreset &gpu(QStringView id)
{
    const auto &gpus = builtinPresets().gpus;
    const auto it
        = std::find_if(gpus.begin(), gpus.end(), [id](const GpuPreset &g) { return g.id == id; });
    if (it == gpus.end())
        qFatal("no GPU preset %s", qPrintable(id.toString()));
    return *it;
}

// Llama 3.1 8B at BF16 on one H100 SXM: 80 GB, 3.35 TB/s, 989 dense BF16 TFLOPS.
RooflineInputs llama8bOnH100()
{
    RooflineInputs in;
    in.parameters = 8'030'261'248;
    in.bytesPerWeight = 2;
    in.kvBytesPerToken = 131'072;
    in.gpus = 1;
    in.memoryGbPerGpu = 80;
    in.bandwidthTbps = 3.35;
    in.denseTflops = 989;
    in.batch = 32;
    in.context = 4096;
    in.memoryEfficiency = 0.6;
    in.computeEfficiency = 0.5;
    return in;
}

double logUniform(QRandomGenerator &random, double low, double high)
{
    return std::exp(std::log(low) + random.generateDouble() * (std::log(high) - std::log(low)));
}

} // namespace

class TestRoofline : public QObject
{
    Q_OBJECT

private slots:
    void handCheckedCase_isMemoryBound()
    {
        // weights = 8,030,261,248 x 2 = 16,060,522,496 B
        // KV      = 32 x 4096 x 131,072 = 17,179,869,184 B; together 33,240,391,680 B
        // usable  = 0.9 x 1 x 80e9 = 72e9 B: fits
        // memory  = 33,240,391,680 / (3.35e12 x 0.6 = 2.01e12) = 16.5375 ms per step
        // compute = 2 x 8,030,261,248 x 32 / (989e12 x 0.5 = 4.945e14) = 1.0393 ms: memory bound
        // D = 32 / 0.0165375 s = 1,935.0 tok/s
        // P = 4.945e14 / (2 x 8,030,261,248) = 4.945e14 / 16,060,522,496 = 30,789.8 tok/s
        const auto estimate = estimateThroughput(llama8bOnH100());
        QVERIFY2(estimate.ok(), qPrintable(estimate.errorMessage()));
        QCOMPARE(estimate->weightsBytes, 16'060'522'496.0);
        QCOMPARE(estimate->kvCacheBytes, 17'179'869'184.0);
        QCOMPARE(estimate->usableBytes, 72e9);
        QVERIFY(!estimate->decodeComputeBound);
        QVERIFY2(qAbs(estimate->decodeTokPerS - 1935.0) < 0.05,
                 qPrintable(QString::number(estimate->decodeTokPerS)));
        QVERIFY2(qAbs(estimate->prefillTokPerS - 30'789.8) < 0.05,
                 qPrintable(QString::number(estimate->prefillTokPerS)));
    }

    void largeBatch_isComputeBoundAndDecodesAtThePrefillRate()
    {
        // FP8 (1 byte, 1979 TFLOPS), batch 1024, context 128:
        // weights 8,030,261,248 B + KV 1024 x 128 x 131,072 = 17,179,869,184 B = 25,210,130,432 B
        // memory  = 25,210,130,432 / 2.01e12 = 12.54 ms per step
        // compute = 2 x 8,030,261,248 x 1024 / (1979e12 x 0.5) = 16.62 ms: compute bound, so
        // D = 1024 / compute = 1979e12 x 0.5 / (2 x 8,030,261,248) = P = 61,610.7 tok/s
        RooflineInputs in = llama8bOnH100();
        in.bytesPerWeight = 1;
        in.denseTflops = 1979;
        in.batch = 1024;
        in.context = 128;
        const auto estimate = estimateThroughput(in);
        QVERIFY2(estimate.ok(), qPrintable(estimate.errorMessage()));
        QVERIFY(estimate->decodeComputeBound);
        QVERIFY(qAbs(estimate->decodeTokPerS - 61'610.7) < 0.05);
        QVERIFY(qAbs(estimate->prefillTokPerS - 61'610.7) < 0.05);
    }

    // Each step reads every weight at least once, at no more than the GPUs' bandwidth:
    // D <= G x B_w / (N x b) x batch whenever e_mem <= 1. And a step cannot beat the compute
    // rate either: D <= P. The model fits exactly when N b + n T k <= 0.9 G memory.
    void decode_neverExceedsTheBandwidthBound()
    {
        QRandomGenerator random(20260501);
        int fitting = 0;
        for (int i = 0; i < 20000; ++i) {
            RooflineInputs in;
            in.parameters = logUniform(random, 1e6, 1e13);
            in.bytesPerWeight = logUniform(random, 0.1, 8);
            in.kvBytesPerToken = random.bounded(4) == 0 ? 0 : logUniform(random, 1, 1e7);
            in.gpus = 1 + int(random.bounded(64));
            in.memoryGbPerGpu = logUniform(random, 8, 300);
            in.bandwidthTbps = logUniform(random, 0.1, 10);
            in.denseTflops = logUniform(random, 10, 5000);
            in.batch = std::round(logUniform(random, 1, 4096));
            in.context = std::round(logUniform(random, 1, 1e6));
            in.memoryEfficiency = logUniform(random, 0.01, 1);
            in.computeEfficiency = logUniform(random, 0.01, 1);

            const auto estimate = estimateThroughput(in);
            const double needed
                = in.parameters * in.bytesPerWeight + in.batch * in.context * in.kvBytesPerToken;
            QCOMPARE(estimate.ok(), needed <= 0.9 * in.gpus * in.memoryGbPerGpu * 1e9);
            if (!estimate.ok()) {
                QVERIFY2(estimate.errorMessage().contains(u"short"),
                         qPrintable(estimate.errorMessage()));
                continue;
            }
            ++fitting;
            const double bound = in.gpus * in.bandwidthTbps * 1e12
                / (in.parameters * in.bytesPerWeight) * in.batch;
            QVERIFY(std::isfinite(estimate->decodeTokPerS) && estimate->decodeTokPerS > 0);
            QVERIFY2(
                estimate->decodeTokPerS <= bound * (1 + 1e-12),
                qPrintable(
                    QStringLiteral("D %1 > bound %2").arg(estimate->decodeTokPerS).arg(bound)));
            QVERIFY(estimate->decodeTokPerS <= estimate->prefillTokPerS * (1 + 1e-12));
        }
        QVERIFY2(fitting > 2000, qPrintable(QString::number(fitting)));
    }

    void withoutKvCacheAtFullEfficiency_decodeReachesTheBandwidthBound()
    {
        // 16,060,522,496 B of weights at 3.35e12 B/s: 208.586 steps per second, x 4 = 834.34 tok/s.
        RooflineInputs in = llama8bOnH100();
        in.kvBytesPerToken = 0;
        in.batch = 4;
        in.memoryEfficiency = 1;
        const auto estimate = estimateThroughput(in);
        QVERIFY2(estimate.ok(), qPrintable(estimate.errorMessage()));
        QVERIFY(qAbs(estimate->decodeTokPerS - 834.34) < 0.01);
    }

    void applyingAnEstimate_replacesTheMeasuredRate()
    {
        Scenario s = defaultScenario();
        s.mixedTokPerS = 4205;
        s.ranges.insert(QStringLiteral("decode_tok_per_s"), {1, s.decodeTokPerS, 1e6});
        RooflineEstimate estimate {};
        estimate.prefillTokPerS = 30'000;
        estimate.decodeTokPerS = 1'900;
        applyRooflineEstimate(s, estimate, 4);
        QCOMPARE(s.prefillTokPerS, 30'000.0);
        QCOMPARE(s.decodeTokPerS, 1'900.0);
        QCOMPARE(s.mixedTokPerS, 0.0);
        QCOMPARE(s.gpusPerReplica, 4.0);
        QVERIFY(s.ranges.isEmpty());
        QCOMPARE(validate(s).errors, QStringList());
    }

    void modelTooBig_isRefusedWithTheShortfall()
    {
        // weights 70,562,938,880 x 2 = 141,125,877,760 B; KV 22 x 1000 x 327,680 = 7,208,960,000 B;
        // needed 148,334,837,760 B = 148.3 GB; usable 2 x 80 GB x 0.9 = 144.0 GB; short 4.3 GB.
        RooflineInputs in;
        in.modelName = QStringLiteral("Llama 3.3 70B");
        in.parameters = 70'562'938'880;
        in.bytesPerWeight = 2;
        in.kvBytesPerToken = 327'680;
        in.gpus = 2;
        in.memoryGbPerGpu = 80;
        in.bandwidthTbps = 3.35;
        in.denseTflops = 989;
        in.batch = 22;
        in.context = 1000;
        const auto refused = estimateThroughput(in);
        QVERIFY(!refused.ok());
        const QString error = refused.errorMessage();
        QCOMPARE(error,
                 QStringLiteral("Llama 3.3 70B at 2 bytes per weight needs 148.3 GB (weights 141.1 "
                                "GB + KV cache 7.2 GB) but 2 × 80 GB × 0.9 = 144.0 GB is usable: "
                                "4.3 GB short"));

        // At FP8 the weights halve to 70.6 GB and the same batch fits.
        in.bytesPerWeight = 1;
        const auto fitting = estimateThroughput(in);
        QVERIFY2(fitting.ok(), qPrintable(fitting.errorMessage()));
    }

    void invalidInputs_areRefusedByName_data()
    {
        QTest::addColumn<std::function<void(RooflineInputs &)>>("spoil");
        QTest::addColumn<QString>("message");
        using Spoil = std::function<void(RooflineInputs &)>;
        QTest::addRow("NaN parameters")
            << Spoil([](RooflineInputs &in) { in.parameters = NAN; })
            << "Parameters must be from 1000000 to 100000000000000 (got NaN)";
        QTest::addRow("16 bytes per weight")
            << Spoil([](RooflineInputs &in) { in.bytesPerWeight = 16; })
            << "Bytes per weight must be from 0.1 to 8 (got 16)";
        QTest::addRow("negative KV")
            << Spoil([](RooflineInputs &in) { in.kvBytesPerToken = -1; })
            << "KV cache bytes per token must be from 0 to 1000000000 (got -1)";
        QTest::addRow("no GPUs") << Spoil([](RooflineInputs &in) { in.gpus = 0; })
                                 << "GPUs must be from 1 to 4096 (got 0)";
        QTest::addRow("no memory") << Spoil([](RooflineInputs &in) { in.memoryGbPerGpu = 0; })
                                   << "Memory per GPU must be from 1 to 100000 GB (got 0)";
        QTest::addRow("infinite bandwidth")
            << Spoil([](RooflineInputs &in) { in.bandwidthTbps = INFINITY; })
            << "Memory bandwidth must be from 0.001 to 1000 TB/s (got inf)";
        QTest::addRow("no TFLOPS")
            << Spoil([](RooflineInputs &in) { in.denseTflops = 0; })
            << "Dense throughput must be from 0.001 to 1000000 TFLOPS (got 0)";
        QTest::addRow("empty batch") << Spoil([](RooflineInputs &in) { in.batch = 0; })
                                     << "Batch must be from 1 to 1000000 (got 0)";
        QTest::addRow("empty context") << Spoil([](RooflineInputs &in) { in.context = 0.5; })
                                       << "Context must be from 1 to 100000000 tokens (got 0.5)";
        QTest::addRow("memory efficiency above 1")
            << Spoil([](RooflineInputs &in) { in.memoryEfficiency = 1.5; })
            << "Memory efficiency must be from 0.01 to 1 (got 1.5)";
        QTest::addRow("no compute efficiency")
            << Spoil([](RooflineInputs &in) { in.computeEfficiency = 0; })
            << "Compute efficiency must be from 0.01 to 1 (got 0)";
    }

    void invalidInputs_areRefusedByName()
    {
        QFETCH(std::function<void(RooflineInputs &)>, spoil);
        QFETCH(QString, message);
        RooflineInputs in = llama8bOnH100();
        spoil(in);
        const auto refused = estimateThroughput(in);
        QVERIFY(!refused.ok());
        const QString error = refused.errorMessage();
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void modelPresets_loadWithSourcesAndTheirArchitecture()
    {
        static const QRegularExpression date(QStringLiteral("^(\\d{4}-\\d{2}(-\\d{2})?)?$"));
        const QList<ModelPreset> &models = builtinPresets().models;
        QVERIFY(models.size() >= 3);
        for (const ModelPreset &m : models) {
            QVERIFY2(!m.id.isEmpty() && !m.name.isEmpty() && !m.origin.source.isEmpty()
                         && date.match(m.origin.asOf).hasMatch(),
                     qPrintable(m.id));
            QVERIFY2(m.parameters > 0 && m.bytesPerWeight > 0 && m.kvBytesPerToken > 0,
                     qPrintable(m.id));
        }
        // KV bytes per token = 2 (K and V) x layers x KV heads x head_dim x 2 bytes (BF16).
        QCOMPARE(model(u"llama-3.1-8b").parameters, 8'030'261'248.0);
        QCOMPARE(model(u"llama-3.1-8b").kvBytesPerToken, 2.0 * 32 * 8 * 128 * 2);
        QCOMPARE(model(u"llama-3.1-70b").parameters, 70'562'938'880.0);
        QCOMPARE(model(u"llama-3.1-70b").kvBytesPerToken, 2.0 * 80 * 8 * 128 * 2);
        QCOMPARE(model(u"llama-3.3-70b").bytesPerWeight, 2.0);
    }

    void measuredRuns_matchModelAndGpuByName()
    {
        const QList<ThroughputPreset> &runs = builtinPresets().throughput;

        const auto small = measuredRuns(runs, model(u"llama-3.1-8b"), gpu(u"h100-sxm"));
        QVERIFY(!small.isEmpty());
        for (const ThroughputPreset &run : small)
            QVERIFY2(run.model.startsWith(u"Llama-3.1-8B") && run.gpu.startsWith(u"H100"),
                     qPrintable(run.model + u' ' + run.gpu));

        // Llama 3.3 and 3.1 are different models, however alike.
        QVERIFY(measuredRuns(runs, model(u"llama-3.1-70b"), gpu(u"h100-sxm")).isEmpty());

        // NIM's runs name no form factor ("H100 80GB"): they count for the PCIe card too, the
        // TensorRT-LLM runs on "H100 SXM 80GB" do not.
        const auto pcie = measuredRuns(runs, model(u"llama-3.3-70b"), gpu(u"h100-pcie"));
        QVERIFY(!pcie.isEmpty());
        for (const ThroughputPreset &run : pcie)
            QCOMPARE(run.gpu, QStringLiteral("H100 80GB"));
        QVERIFY(measuredRuns(runs, model(u"llama-3.3-70b"), gpu(u"h100-sxm")).size() > pcie.size());

        // A100 40GB is not the 80 GB card.
        for (const ThroughputPreset &run :
             measuredRuns(runs, model(u"llama-3.1-8b"), gpu(u"a100-40gb")))
            QCOMPARE(run.gpu, QStringLiteral("A100 40GB"));
    }

    // Section 10 against the plain reading: walk n = 1, 2, ... while step(n) meets the target
    // and the KV cache fits.
    void itlTarget_givesTheLargestBatchABruteForceWalkFinds()
    {
        QRandomGenerator random(20261201);
        int checked = 0;
        for (int i = 0; i < 300; ++i) {
            RooflineInputs in = llama8bOnH100();
            in.parameters = logUniform(random, 1e8, 2e11);
            in.bytesPerWeight = random.bounded(2) ? 1 : 2;
            in.kvBytesPerToken = random.bounded(5) == 0 ? 0 : logUniform(random, 1e3, 1e6);
            in.gpus = 1 << random.bounded(4);
            in.context = logUniform(random, 16, 32768);
            in.memoryEfficiency = logUniform(random, 0.1, 1);
            in.computeEfficiency = logUniform(random, 0.1, 1);
            const double itlMs = logUniform(random, 1, 400);
            const double usable = 0.9 * in.gpus * in.memoryGbPerGpu * 1e9;
            const auto fits = [&](double n) {
                return in.parameters * in.bytesPerWeight + n * in.context * in.kvBytesPerToken
                    <= usable;
            };
            double expected = 0;
            while (expected < 100'000 && fits(expected + 1)
                   && decodeStepSeconds(in, expected + 1) <= itlMs / 1000)
                ++expected;
            if (expected >= 100'000)
                continue; // the walk would take too long; the search caps at 1e6 instead
            const auto estimate = estimateAtItlTarget(in, itlMs);
            if (expected == 0) {
                QVERIFY(!estimate.ok());
                continue;
            }
            QVERIFY2(estimate.ok(), qPrintable(estimate.errorMessage()));
            QCOMPARE(estimate->batch, expected);
            QCOMPARE(estimate->decodeTokPerS, expected / decodeStepSeconds(in, expected));
            ++checked;
        }
        QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
    }

    void itlTarget_missedAtBatchOne_givesItsStepTime()
    {
        // 8B at BF16 on one H100: 16.06 GB + 0.54 GB of KV at 3.35 TB/s x 0.6 = 8.26 ms a step.
        const auto estimate = estimateAtItlTarget(llama8bOnH100(), 5);
        QVERIFY(!estimate.ok());
        QCOMPARE(estimate.errorMessage(),
                 u"even batch 1 misses the ITL target of 5 ms: one decode step takes 8.3 ms");
        QVERIFY(!estimateAtItlTarget(llama8bOnH100(), 0).ok());
    }
};

QTEST_GUILESS_MAIN(TestRoofline)
#include "tst_roofline.moc"
