// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headline.h"

#include "figures.h"
#include "format.h"
#include "portfoliotext.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

#include <cmath>

namespace planner {

namespace {

// A label of fixed size takes a new text without laying the window out again
// (QWidget::updateGeometry does nothing for it): only a text that needs another size does.
void setSteadyText(QLabel *label, const QString &text)
{
    label->setText(text);
    const QSize needed = label->sizeHint();
    if (label->minimumSize() != needed || label->maximumSize() != needed)
        label->setFixedSize(needed);
}

} // namespace

Headline::Headline(QWidget *parent)
    : QWidget(parent)
    , m_verdictBox(new QWidget(this))
    , m_verdict(new QLabel(m_verdictBox))
    , m_note(new QLabel(this))
    , m_uncertainty(new QLabel(this))
    , m_grid(new QGridLayout)
{
    m_uncertainty->setVisible(false);
    m_uncertainty->setWordWrap(true);
    m_uncertainty->setToolTip(tr("From the Monte Carlo analysis of the inputs given a range (±)."));
    m_note->setVisible(false);
    m_note->setWordWrap(true);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    // The verdict changes on every slider step; in a box of its own height, placed by hand, a new
    // verdict of the same height lays out nothing else.
    m_verdictBox->installEventFilter(this);
    layout->addWidget(m_verdictBox);
    layout->addWidget(m_note);
    layout->addWidget(m_uncertainty);
    layout->addLayout(m_grid);
    setScale(1);
}

void Headline::ensureFigureCount(qsizetype count)
{
    constexpr int Columns = 5;
    const bool adding = m_figures.size() < count;
    while (m_figures.size() < count) {
        auto *caption = new QLabel(this);
        caption->setWordWrap(true); // a caption that names its basis may take two lines
        auto *value = new QLabel(this);
        QPalette muted = caption->palette();
        muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
        caption->setPalette(muted);
        auto *cell = new QVBoxLayout;
        cell->setSpacing(0);
        cell->addWidget(caption);
        cell->addWidget(value, 0, Qt::AlignLeft);
        const int i = int(m_figures.size());
        m_grid->addLayout(cell, i / Columns, i % Columns, Qt::AlignTop);
        m_figures.append({std::nullopt, caption, value});
    }
    for (qsizetype i = 0; i < m_figures.size(); ++i) {
        m_figures[i].caption->setVisible(i < count);
        m_figures[i].value->setVisible(i < count);
    }
    if (adding) // the new labels take the text size
        setScale(m_scale);
}

void Headline::setScale(double scale)
{
    m_scale = scale;
    QFont base = QApplication::font();
    base.setPointSizeF(base.pointSizeF() * scale);
    QFont verdict = base;
    verdict.setPointSizeF(base.pointSizeF() * 1.25);
    verdict.setBold(true);
    m_verdict->setFont(verdict);
    m_note->setFont(base);
    m_uncertainty->setFont(base);
    QFont strong = base;
    strong.setBold(true);
    for (const FigureLabels &f : m_figures) {
        f.caption->setFont(base);
        f.value->setFont(strong);
        setSteadyText(f.value, f.value->text());
    }
    fitVerdict();
}

bool Headline::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_verdictBox && event->type() == QEvent::Resize)
        fitVerdict();
    return QWidget::eventFilter(watched, event);
}

void Headline::fitVerdict()
{
    const int width = m_verdictBox->width();
    const int height = m_verdict->heightForWidth(width);
    m_verdict->setGeometry(0, 0, width, height);
    if (m_verdictBox->minimumHeight() != height || m_verdictBox->maximumHeight() != height)
        m_verdictBox->setFixedHeight(height);
}

void Headline::setResults(const Scenario &scenario, const Evaluation &evaluation)
{
    m_verdict->setText(verdictSentence(scenario, evaluation));
    fitVerdict();
    const QString note = planner::provisioningNote(scenario);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    const QList<ShownFigure> shown = keyFigures(scenario, evaluation);
    ensureFigureCount(shown.size());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        FigureLabels &f = m_figures[i];
        f.figure = shown[i].figure;
        f.caption->setText(shown[i].caption);
        setSteadyText(f.value, shown[i].value);
        f.caption->setToolTip(shown[i].derivation);
        f.value->setToolTip(shown[i].derivation);
    }
}

void Headline::setPlan(const Portfolio &portfolio)
{
    m_verdict->setText(planSentence(portfolio));
}

void Headline::setUncertainty(const UncertaintyResult *r)
{
    m_uncertainty->setVisible(r != nullptr);
    if (!r)
        return;
    using namespace format;
    m_uncertainty->setText(
        tr("Self-hosting is cheaper in %1 of outcomes; the hybrid in %2. Monthly savings, P10 to "
           "P90 (median): self-hosting %3 to %4 (%5), the hybrid %6 to %7 (%8); %9 samples.")
            .arg(percent(r->pSelfhostCheaper), percent(r->pHybridCheaper), money(r->savingsP10),
                 money(r->savingsP90), money(r->savingsP50), money(r->hybridSavingsP10),
                 money(r->hybridSavingsP90), money(r->hybridSavingsP50))
            .arg(QLocale().toString(r->samples)));
}

QString Headline::uncertaintyLine() const
{
    return m_uncertainty->isHidden() ? QString() : m_uncertainty->text();
}

QString Headline::verdict() const
{
    return m_verdict->text();
}

QString Headline::provisioningNote() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

const Headline::FigureLabels *Headline::labelsOf(const QString &key) const
{
    for (const FigureLabels &f : m_figures) {
        if (f.figure && !f.value->isHidden() && QLatin1String(summaryFigure(*f.figure).key) == key)
            return &f;
    }
    return nullptr;
}

QLabel *Headline::figure(const QString &key) const
{
    const FigureLabels *f = labelsOf(key);
    return f ? f->value : nullptr;
}

QLabel *Headline::caption(const QString &key) const
{
    const FigureLabels *f = labelsOf(key);
    return f ? f->caption : nullptr;
}

} // namespace planner
