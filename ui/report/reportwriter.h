// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QPageSize>

class QPagedPaintDevice;

namespace planner {

// Letter where the locale uses it (the Americas' letter-paper countries), else A4.
QPageSize defaultPageSize(const QLocale &locale);

// The report, landscape (its content in reportcontent.h, its pages in reportlayout.h): per
// scenario its summary (verdict and key figures), every chart as
// vectors with a caption, the inputs with their presets' sources, an itemised bill per option
// and the formulas with the numbers plugged in. Two to four scenarios start with a comparison.
// Each page has a footer with the app's name and version and "Page N of M".
void paintReport(const QList<Scenario> &scenarios, QPagedPaintDevice &device);

// Writes the report as a PDF atomically: on failure error says why and no file is left.
bool exportReportPdf(const QList<Scenario> &scenarios, const QString &path,
                     const QPageSize &pageSize, QString *error);

} // namespace planner
