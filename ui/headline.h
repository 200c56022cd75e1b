// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costengine.h"
#include "portfolio.h"
#include "summaryfigures.h"
#include "uncertainty.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace planner {

// The headline: the verdict and the key figures of the summary. Hovering a figure shows how it
// was worked out, with this scenario's numbers plugged in.
class Headline : public QWidget
{
    Q_OBJECT

public:
    explicit Headline(QWidget *parent = nullptr);
    void setResults(const Scenario &scenario, const Evaluation &evaluation);
    // With several workloads, the verdict states their plan (after setResults()).
    void setPlan(const Portfolio &portfolio);
    // The Monte Carlo line under the verdict; hidden without a result (no input has a range).
    void setUncertainty(const UncertaintyResult *result);
    QString uncertaintyLine() const;
    // Text size relative to the application font: 1 normally, larger in meeting mode.
    void setScale(double scale);

    QString verdict() const;
    // The note on how the provisioning reads the inputs; empty when there is none.
    QString provisioningNote() const;
    // The value label of a figure by its summary key, e.g. "selfhost_usd_per_month"; null when
    // the headline does not show it for this scenario.
    QLabel *figure(const QString &key) const;
    // The caption label of a shown figure, by the same key.
    QLabel *caption(const QString &key) const;

private:
    struct FigureLabels
    {
        std::optional<Figure> figure;
        QLabel *caption;
        QLabel *value;
    };
    // Labels for as many figures as shown, reusing the ones there are.
    void ensureFigureCount(qsizetype count);
    const FigureLabels *labelsOf(const QString &key) const;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void fitVerdict();

    QWidget *m_verdictBox;
    QLabel *m_verdict;
    QLabel *m_note;
    QLabel *m_uncertainty;
    QGridLayout *m_grid;
    QList<FigureLabels> m_figures;
    double m_scale = 1;
};

} // namespace planner
