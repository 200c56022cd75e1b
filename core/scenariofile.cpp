// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariofile.h"

#include "filereading.h"
#include "ownedgpu.h"
#include "scenariofields.h"
#include "trafficprofiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace planner {
namespace {

const char *const groups[] = {"workload", "api", "selfhost", "overhead", "analysis"};

// The position of a field's group in the file, where serializeScenario() collects its keys.
size_t groupIndex(const char *group)
{
    const auto found = std::find_if(std::begin(groups), std::end(groups),
                                    [&](const char *g) { return qstrcmp(g, group) == 0; });
    return size_t(found - std::begin(groups));
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 40)
            text = text.left(40) + QStringLiteral("...");
        return QStringLiteral("string \"%1\"").arg(text);
    }
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("a number");
    }
}

bool isOwnedGpuKey(const QString &key)
{
    const auto fields = ownedGpuFields();
    return std::any_of(fields.begin(), fields.end(),
                       [&](const OwnedGpuField &field) { return key == QLatin1String(field.key); });
}

QString lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

class Reader
{
public:
    Outcome<Scenario> read(const QJsonObject &root)
    {
        m_scenario = defaultScenario();
        m_scenario.name.clear();
        m_scenario.notes.clear();
        for (auto it = root.begin(); it != root.end(); ++it) {
            const QString key = it.key();
            if (key == u"format_version")
                readVersion(*it);
            else if (key == u"name" || key == u"notes")
                readText(key, *it, key == u"name" ? m_scenario.name : m_scenario.notes);
            else if (isGroup(key))
                readGroup(key, *it);
            else
                m_result.warnings << QStringLiteral("unknown key \"%1\" ignored").arg(key);
        }
        if (m_result.errors.isEmpty() && m_scenario.ownedGpu)
            takeGpuPriceFromOwnedGpu(
                root.value(u"selfhost").toObject().contains(u"gpu_hourly_usd"));
        if (m_result.errors.isEmpty())
            m_result.errors = validate(m_scenario).errors;
        if (m_result.errors.isEmpty())
            m_result.value = m_scenario;
        return m_result;
    }

private:
    static bool isGroup(const QString &key)
    {
        return std::any_of(std::begin(groups), std::end(groups),
                           [&](const char *group) { return key == QLatin1String(group); });
    }

    void error(const QString &message) { m_result.errors << message; }

    void readVersion(const QJsonValue &value)
    {
        if (!value.isDouble() || value.toDouble() != ScenarioFormatVersion)
            error(QStringLiteral("format_version: %1 is not supported (expected %2)")
                      .arg(value.isDouble() ? formatValueForMessage(value.toDouble())
                                            : describe(value))
                      .arg(ScenarioFormatVersion));
    }

    void readText(const QString &key, const QJsonValue &value, QString &target)
    {
        if (value.isString())
            target = value.toString();
        else
            error(QStringLiteral("%1: expected a string, got %2").arg(key, describe(value)));
    }

    void readGroup(const QString &group, const QJsonValue &value)
    {
        if (!value.isObject()) {
            error(QStringLiteral("%1: expected an object, got %2").arg(group, describe(value)));
            return;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = group + u'.' + it.key();
            if (path == u"workload.profile")
                readProfile(*it);
            else if (path == u"selfhost.provisioning")
                readProvisioning(*it);
            else if (path == u"selfhost.owned_gpu")
                readOwnedGpu(*it);
            else if (path == u"selfhost.throughput_source")
                readThroughputSource(*it);
            else if (const SwitchField *field = findSwitchField(path))
                readSwitch(*field, *it);
            else if (const NumericField *field = findNumericField(path))
                readNumber(*field, path, *it);
            else
                m_result.warnings << QStringLiteral("unknown key \"%1\" ignored").arg(path);
        }
    }

    // {"mixed_tok_per_s": rate, "note": text}: where a measured rate came from.
    void readThroughputSource(const QJsonValue &value)
    {
        const QJsonObject object = value.toObject();
        const QJsonValue rate = object.value(u"mixed_tok_per_s");
        const QJsonValue note = object.value(u"note");
        if (!value.isObject() || !rate.isDouble() || !note.isString()) {
            error(QStringLiteral("selfhost.throughput_source: expected an object with "
                                 "mixed_tok_per_s (a number) and note (a string), got %1")
                      .arg(describe(value)));
            return;
        }
        m_scenario.throughputSource = ThroughputSource {rate.toDouble(), note.toString()};
    }

    void readSwitch(const SwitchField &field, const QJsonValue &value)
    {
        if (value.isBool())
            m_scenario.*(field.member) = value.toBool();
        else
            error(QStringLiteral("%1.%2: expected true or false, got %3")
                      .arg(QLatin1String(field.group), QLatin1String(field.key), describe(value)));
    }

    void readNumber(const NumericField &field, const QString &path, const QJsonValue &value)
    {
        if (value.isObject()) {
            readRange(field, path, value.toObject());
            return;
        }
        if (!value.isDouble()) {
            error(QStringLiteral("%1: expected a number, got %2").arg(path, describe(value)));
            return;
        }
        const double number = value.toDouble();
        if (const Outcome<> check = checkValue(field, number); !check.ok())
            m_result.errors << check.errors;
        else
            m_scenario.*(field.member) = number;
    }

    // {"low": a, "mode": m, "high": b}: an uncertain input whose single value is the mode.
    void readRange(const NumericField &field, const QString &path, const QJsonObject &object)
    {
        const QStringList keys {QStringLiteral("low"), QStringLiteral("mode"),
                                QStringLiteral("high")};
        TriangularRange range;
        double *parts[] = {&range.low, &range.mode, &range.high};
        if (object.size() != 3) {
            error(
                QStringLiteral("%1: a range is {\"low\": a, \"mode\": m, \"high\": b}").arg(path));
            return;
        }
        for (int i = 0; i < 3; ++i) {
            const QJsonValue part = object.value(keys[i]);
            if (!part.isDouble()) {
                error(QStringLiteral("%1.%2: expected a number, got %3")
                          .arg(path, keys[i], describe(part)));
                return;
            }
            *parts[i] = part.toDouble();
        }
        if (const Outcome<> check = checkRange(field, range); !check.ok()) {
            m_result.errors << check.errors;
            return;
        }
        m_scenario.*(field.member) = range.mode;
        m_scenario.ranges.insert(QLatin1String(field.key), range);
    }

    void readProvisioning(const QJsonValue &value)
    {
        if (!value.isString() || !provisioningFromKey(value.toString(), m_scenario.provisioning))
            error(QStringLiteral("selfhost.provisioning: %1 is not a mode (\"utilization\", "
                                 "\"fixed\" or \"autoscale\")")
                      .arg(describe(value)));
    }

    // All six inputs are required: a price worked out from some of them would mislead.
    void readOwnedGpu(const QJsonValue &value)
    {
        if (!value.isObject()) {
            error(QStringLiteral("selfhost.owned_gpu: expected an object, got %1")
                      .arg(describe(value)));
            return;
        }
        const QJsonObject object = value.toObject();
        OwnedGpu gpu;
        bool complete = true;
        for (const OwnedGpuField &field : ownedGpuFields()) {
            const QString path = QStringLiteral("selfhost.owned_gpu.") + QLatin1String(field.key);
            const QJsonValue part = object.value(QLatin1String(field.key));
            Outcome<> check;
            if (part.isUndefined())
                check = failure(QStringLiteral("%1: missing (expected a number, %2)")
                                    .arg(path, rangeText(field)));
            else if (!part.isDouble())
                check = failure(
                    QStringLiteral("%1: expected a number, got %2").arg(path, describe(part)));
            else
                check = checkValue(field, part.toDouble());
            if (!check.ok()) {
                m_result.errors << check.errors;
                complete = false;
                continue;
            }
            gpu.*(field.member) = part.toDouble();
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!isOwnedGpuKey(it.key()))
                m_result.warnings << QStringLiteral("unknown key \"selfhost.owned_gpu.%1\" ignored")
                                         .arg(it.key());
        }
        if (complete)
            m_scenario.ownedGpu = gpu;
    }

    // The owned GPU's inputs are the source of the GPU price (cost model, section 7). A range on
    // the price keeps its ends with the worked-out price as its mode when the file's mode agrees;
    // a range around another price no longer describes this one and is dropped.
    void takeGpuPriceFromOwnedGpu(bool priceInFile)
    {
        const double owned = ownedGpuHourlyUsd(*m_scenario.ownedGpu);
        const double written = m_scenario.gpuHourlyUsd;
        const QString key = QStringLiteral("gpu_hourly_usd");
        if (priceInFile && std::abs(written - owned) > OwnedGpuPriceToleranceUsd) {
            QString warning = QStringLiteral("selfhost.gpu_hourly_usd: %1 disagrees with the %2 "
                                             "worked out from selfhost.owned_gpu; used %2 from "
                                             "owned_gpu")
                                  .arg(QString::number(written), QString::number(owned));
            if (m_scenario.ranges.remove(key) > 0)
                warning += QStringLiteral(" and dropped the range around %1")
                               .arg(QString::number(written));
            m_result.warnings << warning;
        } else if (const auto range = m_scenario.ranges.find(key);
                   range != m_scenario.ranges.end()) {
            range->mode = owned;
        }
        m_scenario.gpuHourlyUsd = owned;
    }

    void readProfile(const QJsonValue &value)
    {
        const QJsonObject object = value.toObject();
        if (!value.isObject() || object.size() != 1
            || !(object.contains(u"preset") || object.contains(u"hourly_weights"))) {
            error(QStringLiteral("workload.profile: expected {\"preset\": NAME} or "
                                 "{\"hourly_weights\": [168 numbers]}, got %1")
                      .arg(describe(value)));
            return;
        }
        if (object.contains(u"preset")) {
            const QJsonValue name = object.value(u"preset");
            const auto preset = trafficPreset(name.toString());
            if (!name.isString() || !preset) {
                error(QStringLiteral("workload.profile.preset: %1 is not a preset (one of %2)")
                          .arg(describe(name), trafficPresetNames().join(QStringLiteral(", "))));
                return;
            }
            m_scenario.profile = *preset;
            return;
        }
        const QJsonValue weightsValue = object.value(u"hourly_weights");
        const QJsonArray weights = weightsValue.toArray();
        if (!weightsValue.isArray() || weights.size() != HoursPerWeek) {
            error(QStringLiteral("workload.profile.hourly_weights: expected 168 numbers, got %1")
                      .arg(weightsValue.isArray() ? QStringLiteral("%1").arg(weights.size())
                                                  : describe(weightsValue)));
            return;
        }
        TrafficProfile profile;
        for (int h = 0; h < HoursPerWeek; ++h) {
            if (!weights[h].isDouble()) {
                error(
                    QStringLiteral("workload.profile.hourly_weights[%1]: expected a number, got %2")
                        .arg(h)
                        .arg(describe(weights[h])));
                return;
            }
            profile.weights[h] = weights[h].toDouble();
        }
        m_scenario.profile = profile;
    }

    Scenario m_scenario;
    Outcome<Scenario> m_result;
};

} // namespace

Outcome<Scenario> parseScenario(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return failure(QStringLiteral("the file is empty"));
    if (json.size() > MaxScenarioFileBytes)
        return failure(QStringLiteral("the scenario is %1 bytes; the limit is %2 bytes (1 MiB)")
                           .arg(json.size())
                           .arg(MaxScenarioFileBytes));
    const QByteArray utf8Bom("\xEF\xBB\xBF");
    const QByteArray text = json.startsWith(utf8Bom) ? json.mid(utf8Bom.size()) : json;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(QStringLiteral("%1: JSON syntax error: %2")
                           .arg(lineAndColumn(text, parseError.offset), parseError.errorString()));
    if (!document.isObject())
        return failure(QStringLiteral("expected a JSON object at the top level"));
    return Reader().read(document.object());
}

Outcome<Scenario> loadScenarioFile(const QString &path)
{
    const Outcome<QByteArray> content
        = readWholeFile(path, MaxScenarioFileBytes, u"scenario files");
    if (!content.ok())
        return content.failed();
    Outcome<Scenario> load = parseScenario(*content);
    if (load.ok() && load->name.isEmpty())
        load->name = QFileInfo(path).completeBaseName();
    return load;
}

QByteArray serializeScenario(const Scenario &scenario)
{
    QJsonObject byGroup[std::size(groups)];
    for (const NumericField &field : numericFields()) {
        const QString key = QLatin1String(field.key);
        const auto range = scenario.ranges.constFind(key);
        const QJsonValue value = range == scenario.ranges.cend()
            ? QJsonValue(scenario.*(field.member))
            : QJsonValue(
                QJsonObject {{"low", range->low}, {"mode", range->mode}, {"high", range->high}});
        byGroup[groupIndex(field.group)].insert(key, value);
    }
    QJsonObject &workload = byGroup[0];
    const auto preset = trafficPreset(scenario.profile.presetName);
    if (preset && preset->weights == scenario.profile.weights) {
        workload.insert(QStringLiteral("profile"), QJsonObject {{"preset", preset->presetName}});
    } else {
        QJsonArray weights;
        for (double w : scenario.profile.weights)
            weights.append(w);
        workload.insert(QStringLiteral("profile"), QJsonObject {{"hourly_weights", weights}});
    }
    byGroup[2].insert(QStringLiteral("provisioning"), provisioningKey(scenario.provisioning));
    for (const SwitchField &field : switchFields())
        byGroup[groupIndex(field.group)].insert(QLatin1String(field.key), scenario.*(field.member));
    if (scenario.ownedGpu) {
        QJsonObject owned;
        for (const OwnedGpuField &field : ownedGpuFields())
            owned.insert(QLatin1String(field.key), (*scenario.ownedGpu).*(field.member));
        byGroup[2].insert(QStringLiteral("owned_gpu"), owned);
    }

    if (scenario.throughputSource)
        byGroup[2].insert(QStringLiteral("throughput_source"),
                          QJsonObject {{"mixed_tok_per_s", scenario.throughputSource->mixedTokPerS},
                                       {"note", scenario.throughputSource->note}});

    QJsonObject root;
    root.insert(QStringLiteral("format_version"), ScenarioFormatVersion);
    root.insert(QStringLiteral("name"), scenario.name);
    root.insert(QStringLiteral("notes"), scenario.notes);
    for (size_t i = 0; i < std::size(groups); ++i)
        root.insert(QLatin1String(groups[i]), byGroup[i]);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Outcome<> saveScenarioFile(const Scenario &scenario, const QString &path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        const QByteArray json = serializeScenario(scenario);
        if (file.write(json) == json.size() && file.commit())
            return {};
    }
    return failure(QStringLiteral("cannot save %1: %2").arg(path, file.errorString()));
}

} // namespace planner
