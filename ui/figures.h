// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costengine.h"
#include "summaryfigures.h"

#include <QList>
#include <QString>

#include <optional>

namespace planner {

// A figure of the summary with a short caption that names its basis.
struct FigureCaption
{
    Figure figure;
    QString caption;
};
// Every figure the comparison of scenarios lists, one row each whatever the scenario.
QList<FigureCaption> comparedFigures();

// A key figure as shown for one scenario: caption, value and how it was worked out.
struct ShownFigure
{
    std::optional<Figure> figure; // none: nothing to show (no payback when the API is cheapest)
    QString caption;
    QString value;
    QString derivation;
};
// The headline's figures for one scenario: the utilization on both bases side by side, the
// cheapest option's payback, with growth the month self-hosting becomes cheaper, and with owned
// GPUs the purchase and the breakeven purchase price in place of the breakeven GPU price.
QList<ShownFigure> keyFigures(const Scenario &scenario, const Evaluation &evaluation);
// The payback month of the cheapest option: self-hosting's or the hybrid's; none for the API.
std::optional<Figure> paybackFigure(const Summary &summary);
// A note on how the provisioning reads the inputs, or empty: in utilization mode self-hosting's
// cost ignores the traffic shape.
QString provisioningNote(const Scenario &scenario);

// A figure's caption, naming its basis ("Payback of set-up (self-host, cumulative)"), as the
// headline, the report and the comparison show it.
QString figureCaption(Figure figure);
// The end of the breakeven search in words, "80 Mtok/month (1,000× this volume)": the search is
// bounded, so a missing breakeven is "none up to" it, never "none at any volume".
QString searchLimitText(const Summary &summary);
// A figure formatted for people by its unit ("$12,300", "37%", "22.1 k Mtok/month", "—"); a
// missing breakeven volume or first crossover reads "none up to" the search limit.
QString figureValue(Figure figure, const Summary &summary);
// How a figure was worked out, with the scenario's numbers and the engine's intermediate terms
// (Evaluation::explanation) plugged in.
QString figureDerivation(Figure figure, const Scenario &scenario, const Evaluation &evaluation);
// "API", "Self-host" or "Hybrid".
QString optionName(Option option);
// The verdict in one plain sentence.
QString verdictSentence(const Scenario &scenario, const Evaluation &evaluation);

} // namespace planner
