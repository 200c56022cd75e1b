// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "costengine.h"
#include "priceimport.h"

#include <QDir>
#include <QTest>

using namespace planner;

namespace {

Outcome<PriceList> fixture()
{
    return loadLiteLlmPrices(QDir(QStringLiteral(PLANNER_TEST_DATA_DIR))
                                 .filePath(QStringLiteral("litellm-prices.json")));
}

} // namespace

class TestPriceImport : public QObject
{
    Q_OBJECT

private slots:
    void fixture_keepsPricedModelsOnly()
    {
        const Outcome<PriceList> list = fixture();
        QCOMPARE(list.errors, QStringList());
        QStringList names;
        for (const ImportedPrice &p : list->models)
            names << p.model;
        names.sort();
        QCOMPARE(names,
                 (QStringList {"free-model", "gpt-4o", "groq/llama-3.1-8b-instant",
                               "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo"}));
        // sample_spec, fallback_generalizations, an unpriced chat model, an embedding model
        // without an output price, and a price written as text.
        QCOMPARE(list->skipped, 5);
    }

    void perTokenPrices_becomePerMtok_withCacheAndBatch()
    {
        const PriceList list = *fixture();
        const ImportedPrice *gpt = findPrice(list, u"gpt-4o");
        QVERIFY(gpt);
        QCOMPARE(gpt->provider, QStringLiteral("openai"));
        // 2.5e-06 and 1e-05 USD per token are 2.5 and 10 USD per Mtok; the cache read 1.25;
        // the batch input 1.25e-06 is half of 2.5e-06: a discount of 0.5.
        QCOMPARE(gpt->inputUsdPerMtok, 2.5);
        QCOMPARE(gpt->outputUsdPerMtok, 10.0);
        QCOMPARE(gpt->cachedInputUsdPerMtok, std::optional<double>(1.25));
        QCOMPARE(gpt->batchDiscount, std::optional<double>(0.5));

        const ImportedPrice *llama
            = findPrice(list, u"together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo");
        QVERIFY(llama);
        QCOMPARE(llama->inputUsdPerMtok, 0.88);
        QVERIFY(!llama->cachedInputUsdPerMtok && !llama->batchDiscount);
    }

    void applying_fillsTheApiFields()
    {
        Scenario s = defaultScenario();
        s.ranges.insert(QStringLiteral("input_usd_per_mtok"), {0.5, s.inputUsdPerMtok, 1.0});
        applyImportedPrice(s, *findPrice(*fixture(), u"gpt-4o"));
        QCOMPARE(s.inputUsdPerMtok, 2.5);
        QCOMPARE(s.outputUsdPerMtok, 10.0);
        QCOMPARE(s.cachedInputUsdPerMtok, 1.25);
        QCOMPARE(s.batchDiscount, 0.5);
        QVERIFY(s.ranges.isEmpty());
        QVERIFY(validate(s).ok());
        // Without a cache or batch price: cached input at the input price, no discount.
        applyImportedPrice(s, *findPrice(*fixture(), u"groq/llama-3.1-8b-instant"));
        QCOMPARE(s.cachedInputUsdPerMtok, 0.05);
        QCOMPARE(s.batchDiscount, 0.0);
    }

    void closestModels_suggestWhatWasMeant()
    {
        const PriceList list = *fixture();
        QCOMPARE(closestModels(list, u"gpt4o", 1), QStringList {QStringLiteral("gpt-4o")});
        QCOMPARE(
            closestModels(list, u"llama-3.3-70b", 1),
            QStringList {QStringLiteral("together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo")});
        QCOMPARE(closestModels(list, u"x", 3).size(), 3);
    }

    void hostileFiles_areRefusedClearly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty") << QByteArray() << "JSON syntax error";
        QTest::addRow("array") << QByteArray("[1, 2]") << "expected a JSON object of models";
        QTest::addRow("garbage") << QByteArray("\x89PNG\r\n", 6) << "JSON syntax error";
        QTest::addRow("no priced model")
            << QByteArray(R"({"sample_spec": {}, "m": {"mode": "chat"}})")
            << "no model in the file has both an input and an output price";
        QTest::addRow("negative price")
            << QByteArray(R"({"m": {"input_cost_per_token": -1, "output_cost_per_token": 1}})")
            << "no model in the file";
    }

    void hostileFiles_areRefusedClearly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const Outcome<PriceList> list = parseLiteLlmPrices(json);
        QVERIFY2(list.errorMessage().contains(message), qPrintable(list.errorMessage()));
        QVERIFY(!list.value);
    }
};

QTEST_GUILESS_MAIN(TestPriceImport)
#include "tst_priceimport.moc"
