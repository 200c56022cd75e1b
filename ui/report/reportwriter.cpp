// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportwriter.h"

#include "charts/chartsupport.h"
#include "report/reportcontent.h"
#include "report/reportlayout.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>

namespace planner {

QPageSize defaultPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

void paintReport(const QList<Scenario> &scenarios, QPagedPaintDevice &device)
{
    const charts::PrintTheme light;
    ReportLayout report(device);
    writeReportContent(report, scenarios);
    report.paint();
}

bool exportReportPdf(const QList<Scenario> &scenarios, const QString &path,
                     const QPageSize &pageSize, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(pageSize);
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(reportTitle(scenarios));
        writer.setCreator(
            QObject::tr("LLM Breakeven Planner %1").arg(QCoreApplication::applicationVersion()));
        paintReport(scenarios, writer);
    }
    if (!file.commit()) {
        *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace planner
