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
            else if (key == u"workloads")
                readWorkloads(*it);
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
                readProfile(*it, path, m_scenario.profile);
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
        readBool(QLatin1String(field.group) + u'.' + QLatin1String(field.key), value,
                 m_scenario.*(field.member));
    }

    void readBool(const QString &path, const QJsonValue &value, bool &target)
    {
        if (value.isBool())
            target = value.toBool();
        else
            error(QStringLiteral("%1: expected true or false, got %2").arg(path, describe(value)));
    }

    void readNumber(const NumericField &field, const QString &path, const QJsonValue &value)
    {
        if (value.isObject())
            readRange(field, path, value.toObject());
        else
            readPlainNumber(field, path, value, m_scenario.*(field.member));
    }

    // A single number in field's range, named by path in any error; target is left alone on error.
    void readPlainNumber(const NumericField &field, const QString &path, const QJsonValue &value,
                         double &target)
    {
        if (!value.isDouble()) {
            error(QStringLiteral("%1: expected a number, got %2").arg(path, describe(value)));
            return;
        }
        if (const Outcome<> check = checkValueAt(field, value.toDouble(), path); !check.ok())
            m_result.errors << check.errors;
        else
            target = value.toDouble();
    }

    // Section 11.1: 1..8 workloads sharing one fleet.
    void readWorkloads(const QJsonValue &value)
    {
        const QJsonArray list = value.toArray();
        if (!value.isArray() || list.isEmpty() || list.size() > MaxWorkloads) {
            error(QStringLiteral("workloads: expected an array of 1..%1 workloads, got %2")
                      .arg(MaxWorkloads)
                      .arg(value.isArray() ? QStringLiteral("%1 workloads").arg(list.size())
                                           : describe(value)));
            return;
        }
        for (int i = 0; i < list.size(); ++i)
            readWorkload(i, list[i]);
    }

    void readWorkload(int index, const QJsonValue &value)
    {
        const QJsonObject object = value.toObject();
        const QString label = workloadLabel(index, object.value(u"name").toString());
        if (!value.isObject()) {
            error(QStringLiteral("%1: expected an object, got %2").arg(label, describe(value)));
            return;
        }
        for (const char *required : {"name", "volume_mtok_per_month", "output_fraction", "profile"})
            if (!object.contains(QLatin1String(required)))
                error(QStringLiteral("%1.%2: missing").arg(label, QLatin1String(required)));
        Workload w;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = label + u'.' + it.key();
            if (it.key() == u"name")
                readText(path, *it, w.name);
            else if (it.key() == u"volume_mtok_per_month")
                readWorkloadNumber(u"workload.volume_mtok_per_month", path, *it,
                                   w.volumeMtokPerMonth);
            else if (it.key() == u"output_fraction")
                readWorkloadNumber(u"workload.output_fraction", path, *it, w.outputFraction);
            else if (it.key() == u"profile")
                readProfile(*it, path, w.profile);
            else if (it.key() == u"api")
                readWorkloadApi(path, *it, w.apiOverrides);
            else if (it.key() == u"selfhost_ok")
                readBool(path, *it, w.selfhostOk);
            else
                m_result.warnings << QStringLiteral("unknown key \"%1\" ignored").arg(path);
        }
        m_scenario.workloads.append(w);
    }

    // A workload's own input: one number, never a range (section 11.1).
    void readWorkloadNumber(QStringView key, const QString &path, const QJsonValue &value,
                            double &target)
    {
        if (value.isObject())
            error(QStringLiteral("%1: a workload's inputs cannot be ranges (ranges go on shared "
                                 "inputs)")
                      .arg(path));
        else
            readPlainNumber(*findNumericField(key), path, value, target);
    }

    // The api keys this workload overrides; any other key is an error, since a mistyped price
    // would silently fall back to the shared one.
    void readWorkloadApi(const QString &path, const QJsonValue &value,
                         QMap<QString, double> &overrides)
    {
        if (!value.isObject()) {
            error(QStringLiteral("%1: expected an object, got %2").arg(path, describe(value)));
            return;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = QStringLiteral("api.") + it.key();
            if (!findNumericField(key)) {
                error(QStringLiteral("%1.%2: not an input of the api group").arg(path, it.key()));
                continue;
            }
            double number = 0;
            const qsizetype errorsBefore = m_result.errors.size();
            readWorkloadNumber(key, path + u'.' + it.key(), *it, number);
            if (m_result.errors.size() == errorsBefore)
                overrides.insert(it.key(), number);
        }
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

    // {"preset": NAME} or {"hourly_weights": [...]}, named by path in errors.
    void readProfile(const QJsonValue &value, const QString &path, TrafficProfile &target)
    {
        const QJsonObject object = value.toObject();
        if (!value.isObject() || object.size() != 1
            || !(object.contains(u"preset") || object.contains(u"hourly_weights"))) {
            error(QStringLiteral("%1: expected {\"preset\": NAME} or "
                                 "{\"hourly_weights\": [168 numbers]}, got %2")
                      .arg(path, describe(value)));
            return;
        }
        if (object.contains(u"preset")) {
            const QJsonValue name = object.value(u"preset");
            const auto preset = trafficPreset(name.toString());
            if (!name.isString() || !preset) {
                error(QStringLiteral("%1.preset: %2 is not a preset (one of %3)")
                          .arg(path, describe(name),
                               trafficPresetNames().join(QStringLiteral(", "))));
                return;
            }
            target = *preset;
            return;
        }
        const QJsonValue weightsValue = object.value(u"hourly_weights");
        const QJsonArray weights = weightsValue.toArray();
        if (!weightsValue.isArray() || weights.size() != HoursPerWeek) {
            error(QStringLiteral("%1.hourly_weights: expected 168 numbers, got %2")
                      .arg(path)
                      .arg(weightsValue.isArray() ? QStringLiteral("%1").arg(weights.size())
                                                  : describe(weightsValue)));
            return;
        }
        TrafficProfile profile;
        for (int h = 0; h < HoursPerWeek; ++h) {
            if (!weights[h].isDouble()) {
                error(QStringLiteral("%1.hourly_weights[%2]: expected a number, got %3")
                          .arg(path)
                          .arg(h)
                          .arg(describe(weights[h])));
                return;
            }
            profile.weights[h] = weights[h].toDouble();
        }
        target = profile;
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
        return failure(jsonSyntaxError(text, parseError.offset, parseError.errorString()));
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

namespace {

QJsonObject profileToJson(const TrafficProfile &profile)
{
    const auto preset = trafficPreset(profile.presetName);
    if (preset && preset->weights == profile.weights)
        return QJsonObject {{"preset", preset->presetName}};
    QJsonArray weights;
    for (double w : profile.weights)
        weights.append(w);
    return QJsonObject {{"hourly_weights", weights}};
}

QJsonArray workloadsToJson(const QList<Workload> &workloads)
{
    QJsonArray list;
    for (const Workload &w : workloads) {
        QJsonObject object {{"name", w.name},
                            {"volume_mtok_per_month", w.volumeMtokPerMonth},
                            {"output_fraction", w.outputFraction},
                            {"profile", profileToJson(w.profile)},
                            {"selfhost_ok", w.selfhostOk}};
        if (!w.apiOverrides.isEmpty()) {
            QJsonObject api;
            for (auto it = w.apiOverrides.begin(); it != w.apiOverrides.end(); ++it)
                api.insert(it.key(), *it);
            object.insert(QStringLiteral("api"), api);
        }
        list.append(object);
    }
    return list;
}

} // namespace

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
    byGroup[0].insert(QStringLiteral("profile"), profileToJson(scenario.profile));
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
    if (!scenario.workloads.isEmpty())
        root.insert(QStringLiteral("workloads"), workloadsToJson(scenario.workloads));
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
