// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

class QChartView;
class QWidget;

namespace planner {

// One chart as a picture of exactly pixelSize, drawn as vectors at that size (not scaled up).
QImage chartImage(QChartView *view, QSize pixelSize);
bool saveChartPng(QChartView *view, const QString &path, QSize pixelSize, QString *error);
// SVG 1.2 Tiny: lines stay lines and text stays text.
bool saveChartSvg(QChartView *view, const QString &path, QString *error);
// The data behind the chart as CSV: "series,x,y" (bars: "series,category,value").
QString chartCsv(QChartView *view);
bool saveChartCsv(QChartView *view, const QString &path, QString *error);
void copyChartToClipboard(QChartView *view);

// Gives the chart a context menu: Copy, Export PNG…, Export SVG…, Export Data as CSV…
void addChartExportMenu(QChartView *view);
// Asks for a file (PNG, SVG or CSV by the chosen filter; PNG also for a width) and writes it.
void exportChartInteractively(QChartView *view, QWidget *parent);

} // namespace planner
