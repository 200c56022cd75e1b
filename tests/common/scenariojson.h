// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QList>

// A scenario file holding only a custom profile of count copies of value (a JSON literal).
inline QByteArray hourlyWeightsJson(int count, const QByteArray &value)
{
    QByteArrayList items;
    for (int i = 0; i < count; ++i)
        items << value;
    return "{\"workload\": {\"profile\": {\"hourly_weights\": [" + items.join(", ") + "]}}}";
}

// One workload of a "workloads" list (cost model, section 11.1), diurnal, with extra keys.
inline QByteArray workloadJson(const QByteArray &name, const QByteArray &volume,
                               const QByteArray &extra = {})
{
    return "{\"name\": \"" + name + "\", \"volume_mtok_per_month\": " + volume
        + ", \"output_fraction\": 0.1, \"profile\": {\"preset\": \"diurnal\"}"
        + (extra.isEmpty() ? QByteArray() : ", " + extra) + "}";
}

// A scenario file whose "workloads" list holds the given workload objects.
inline QByteArray workloadsFileJson(const QByteArrayList &workloads)
{
    return "{\"format_version\": 1, \"workloads\": [" + workloads.join(", ") + "]}";
}

// The hostile workloads lists of issue 18, each with a fragment of the error that names the
// workload and the field: every front end must refuse them the same way.
struct HostileWorkloads
{
    const char *title;
    QByteArray json;
    const char *message;
};

inline QList<HostileWorkloads> hostileWorkloadLists()
{
    QByteArrayList nine;
    for (int i = 0; i < 9; ++i)
        nine << workloadJson("w" + QByteArray::number(i), "100");
    return {
        {"empty list", workloadsFileJson({}),
         "workloads: expected an array of 1..8 workloads, got 0 workloads"},
        {"nine workloads", workloadsFileJson(nine), "got 9 workloads"},
        {"not a list", R"({"workloads": {"name": "chat"}})", "workloads: expected an array"},
        {"duplicate names",
         workloadsFileJson({workloadJson("chat", "100"), workloadJson("chat", "5")}),
         "workloads[1] \"chat\".name: \"chat\" is also the name of workloads[0]"},
        {"empty name", workloadsFileJson({workloadJson("", "100")}), "workloads[0].name: empty"},
        {"missing name", workloadsFileJson({R"({"volume_mtok_per_month": 1, "output_fraction": 0,
                                "profile": {"preset": "steady"}})"}),
         "workloads[0].name: missing"},
        {"range inside a workload",
         workloadsFileJson({workloadJson("chat", R"({"low": 1, "mode": 2, "high": 3})")}),
         "workloads[0] \"chat\".volume_mtok_per_month: a workload's inputs cannot be ranges"},
        {"range on a workload's api",
         workloadsFileJson({workloadJson(
             "chat", "100", R"("api": {"input_usd_per_mtok": {"low": 1, "mode": 2, "high": 3}})")}),
         "workloads[0] \"chat\".api.input_usd_per_mtok: a workload's inputs cannot be ranges"},
        {"negative volume",
         workloadsFileJson({workloadJson("code", "100"), workloadJson("chat", "-5")}),
         "workloads[1] \"chat\".volume_mtok_per_month: Volume must be above 0 Mtok/month (got -5)"},
        {"output fraction above 1",
         workloadsFileJson({R"({"name": "chat", "volume_mtok_per_month": 1,
                                "output_fraction": 1.5, "profile": {"preset": "steady"}})"}),
         "workloads[0] \"chat\".output_fraction: Output share must be from 0 to 1 (got 1.5)"},
        {"unknown api key",
         workloadsFileJson({workloadJson("chat", "100", R"("api": {"input_price": 3})")}),
         "workloads[0] \"chat\".api.input_price: not an input of the api group"},
        {"api value out of range",
         workloadsFileJson({workloadJson("chat", "100", R"("api": {"batch_fraction": 2})")}),
         "workloads[0] \"chat\".api.batch_fraction: Batch share must be from 0 to 1 (got 2)"},
        {"unknown preset", workloadsFileJson({R"({"name": "chat", "volume_mtok_per_month": 1,
                                "output_fraction": 0, "profile": {"preset": "weekends"}})"}),
         "workloads[0] \"chat\".profile.preset: string \"weekends\" is not a preset"},
        {"selfhost_ok not a switch",
         workloadsFileJson({workloadJson("chat", "100", R"("selfhost_ok": "yes")")}),
         "workloads[0] \"chat\".selfhost_ok: expected true or false"},
    };
}
