// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costengine.h"
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
    // The Monte Carlo line under the verdict; hidden without a result (no input has a range).
    void setUncertainty(const UncertaintyResult *result);
    QString uncertaintyLine() const;
    // Text size relative to the application font: 1 normally, larger in meeting mode.
    void setScale(double scale);

    QString verdict() const;
    // The value label of a figure by its summary key, e.g. "selfhost_usd_per_month".
    QLabel *figure(const QString &key) const;

private:
    struct FigureLabels
    {
        Figure figure;
        QLabel *caption;
        QLabel *value;
    };
    QLabel *m_verdict;
    QLabel *m_uncertainty;
    QList<FigureLabels> m_figures;
};

} // namespace planner
