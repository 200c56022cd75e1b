// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headline.h"

#include "figures.h"
#include "format.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

#include <cmath>

namespace planner {

Headline::Headline(QWidget *parent)
    : QWidget(parent)
    , m_verdict(new QLabel(this))
    , m_uncertainty(new QLabel(this))
{
    m_uncertainty->setVisible(false);
    m_uncertainty->setToolTip(tr("From the Monte Carlo analysis of the inputs given a range (±)."));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QList<FigureCaption> figures = keyFigures();
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(2);
    constexpr int Columns = 5;
    for (int i = 0; i < figures.size(); ++i) {
        auto *caption = new QLabel(figures[i].caption, this);
        auto *value = new QLabel(this);
        QPalette muted = caption->palette();
        muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
        caption->setPalette(muted);
        auto *cell = new QVBoxLayout;
        cell->setSpacing(0);
        cell->addWidget(caption);
        cell->addWidget(value);
        grid->addLayout(cell, i / Columns, i % Columns);
        m_figures.append({figures[i].figure, caption, value});
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_verdict);
    layout->addWidget(m_uncertainty);
    layout->addLayout(grid);
    setScale(1);
}

void Headline::setScale(double scale)
{
    QFont base = QApplication::font();
    base.setPointSizeF(base.pointSizeF() * scale);
    QFont verdict = base;
    verdict.setPointSizeF(base.pointSizeF() * 1.25);
    verdict.setBold(true);
    m_verdict->setFont(verdict);
    m_uncertainty->setFont(base);
    QFont strong = base;
    strong.setBold(true);
    for (const FigureLabels &f : m_figures) {
        f.caption->setFont(base);
        f.value->setFont(strong);
    }
}

void Headline::setResults(const Scenario &scenario, const Evaluation &evaluation)
{
    m_verdict->setText(verdictSentence(scenario, evaluation));
    for (const FigureLabels &f : m_figures) {
        f.value->setText(figureValue(f.figure, evaluation.summary));
        const QString how = figureDerivation(f.figure, scenario, evaluation);
        f.caption->setToolTip(how);
        f.value->setToolTip(how);
    }
}

void Headline::setUncertainty(const UncertaintyResult *r)
{
    m_uncertainty->setVisible(r != nullptr);
    if (!r)
        return;
    m_uncertainty->setText(
        tr("Self-hosting is cheaper in %1 of outcomes; the hybrid in %2. Monthly savings: %3 to %4 "
           "(P10 to P90), %5 at the median, over %6 samples.")
            .arg(format::percent(r->pSelfhostCheaper), format::percent(r->pHybridCheaper),
                 format::money(r->savingsP10), format::money(r->savingsP90),
                 format::money(r->savingsP50), QLocale().toString(r->samples)));
}

QString Headline::uncertaintyLine() const
{
    return m_uncertainty->isHidden() ? QString() : m_uncertainty->text();
}

QString Headline::verdict() const
{
    return m_verdict->text();
}

QLabel *Headline::figure(const QString &key) const
{
    for (const FigureLabels &f : m_figures) {
        if (QLatin1String(summaryFigure(f.figure).key) == key)
            return f.value;
    }
    return nullptr;
}

} // namespace planner
