// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/comparedialog.h"

#include "charts/chartexport.h"
#include "charts/comparisonchart.h"
#include "figures.h"
#include "portfoliotext.h"
#include "report/reportwriter.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace planner {

CompareDialog::CompareDialog(const QList<Scenario> &scenarios, QWidget *parent)
    : QDialog(parent)
    , m_scenarios(scenarios)
    , m_chart(new ComparisonChart(this))
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Compare Scenarios"));
    QList<Evaluation> evaluations;
    for (const Scenario &s : scenarios)
        evaluations << evaluate(s);
    m_chart->setScenarios(scenarios, evaluations);
    addChartExportMenu(m_chart);

    const QList<FigureCaption> figures = comparedFigures();
    m_table->setColumnCount(int(scenarios.size()));
    m_table->setRowCount(int(figures.size()) + 1);
    for (int c = 0; c < scenarios.size(); ++c) {
        auto *header = new QTableWidgetItem(
            ComparisonChart::letterOf(c) + QStringLiteral(". ")
            + (scenarios[c].name.isEmpty() ? tr("Scenario %1").arg(c + 1) : scenarios[c].name)
            + (scenarios[c].workloads.isEmpty()
                   ? QString()
                   : tr(" (%1 workloads pooled)").arg(scenarios[c].workloads.size())));
        header->setForeground(ComparisonChart::colorOf(c));
        m_table->setHorizontalHeaderItem(c, header);
    }
    for (int r = 0; r < figures.size(); ++r) {
        m_table->setVerticalHeaderItem(r, new QTableWidgetItem(figures[r].caption));
        for (int c = 0; c < scenarios.size(); ++c) {
            auto *item
                = new QTableWidgetItem(figureValue(figures[r].figure, evaluations[c].summary));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(figureDerivation(figures[r].figure, scenarios[c], evaluations[c]));
            m_table->setItem(r, c, item);
        }
    }
    const int cheapestRow = int(figures.size());
    m_table->setVerticalHeaderItem(cheapestRow, new QTableWidgetItem(tr("Cheapest option")));
    for (int c = 0; c < scenarios.size(); ++c) {
        auto *item = new QTableWidgetItem(optionName(evaluations[c].summary.cheapest));
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(cheapestRow, c, item);
    }
    addPlanRow();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Compact rows: every figure of every scenario fits in view beside the chart.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    fitTableToRows();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *pdf = buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Comparison"),
                                                          tr("comparison.pdf"), tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty()
            && !exportReportPdf(m_scenarios, path, defaultPageSize(QLocale()), &error))
            QMessageBox::warning(this, tr("Export Comparison"), error);
    });

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 1); // the chart takes what the table's rows leave
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    layout->addWidget(buttons);
    resize(1100, 800);
}

// The table exactly as tall as its header and rows, so the last row is never cut in half.
void CompareDialog::fitTableToRows()
{
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + m_table->verticalHeader()->length() + 2 * m_table->frameWidth());
}

// Scenarios with several workloads (cost model, section 11): the figures pool them all on one
// fleet, so their plan gets the first row, the sentence in its tooltip.
void CompareDialog::addPlanRow()
{
    if (std::ranges::all_of(m_scenarios, [](const Scenario &s) { return s.workloads.isEmpty(); }))
        return;
    const int row = 0; // first: the figures below are not the plan
    m_table->insertRow(row);
    m_table->setVerticalHeaderItem(row, new QTableWidgetItem(tr("Workloads: the plan")));
    for (int c = 0; c < m_scenarios.size(); ++c) {
        auto *item = new QTableWidgetItem(tr("single workload"));
        if (!m_scenarios[c].workloads.isEmpty()) {
            const Portfolio plan = planPortfolio(m_scenarios[c]);
            item->setText(planCell(plan));
            item->setToolTip(planSentence(plan));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, c, item);
    }
}

} // namespace planner
