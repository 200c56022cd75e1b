// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costengine.h"
#include "summaryfigures.h"

#include <QList>
#include <QString>

namespace planner {

// The key figures every front end shows, with a short caption.
struct FigureCaption
{
    Figure figure;
    QString caption;
};
QList<FigureCaption> keyFigures();

// A figure formatted for people by its unit ("$12,300", "37%", "22.1 k Mtok/month", "—").
QString figureValue(Figure figure, const Summary &summary);
// How a figure was worked out, with the scenario's numbers and the engine's intermediate terms
// (Evaluation::explanation) plugged in.
QString figureDerivation(Figure figure, const Scenario &scenario, const Evaluation &evaluation);
// "API", "Self-host" or "Hybrid".
QString optionName(Option option);
// The verdict in one plain sentence.
QString verdictSentence(const Scenario &scenario, const Evaluation &evaluation);

} // namespace planner
