// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headline.h"

#include "figures.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

#include <cmath>

namespace planner {

Headline::Headline(QWidget *parent)
    : QWidget(parent)
    , m_verdict(new QLabel(this))
{
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
        m_figures.append({figures[i].key, caption, value});
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_verdict);
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
    QFont strong = base;
    strong.setBold(true);
    for (const Figure &f : m_figures) {
        f.caption->setFont(base);
        f.value->setFont(strong);
    }
}

void Headline::setResults(const Scenario &scenario, const Summary &summary)
{
    m_verdict->setText(verdictSentence(scenario, summary));
    for (const Figure &f : m_figures) {
        f.value->setText(figureValue(f.key, summary));
        const QString how = figureDerivation(f.key, scenario, summary);
        f.caption->setToolTip(how);
        f.value->setToolTip(how);
    }
}

QString Headline::verdict() const
{
    return m_verdict->text();
}

QLabel *Headline::figure(const QString &key) const
{
    for (const Figure &f : m_figures) {
        if (f.key == key)
            return f.value;
    }
    return nullptr;
}

} // namespace planner
