// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costengine.h"

#include <QList>
#include <QString>

namespace planner {

// The key figures every front end shows, by summary key, with a short caption.
struct FigureCaption
{
    QString key;
    QString caption;
};
QList<FigureCaption> keyFigures();

// A figure formatted for people ("$12,300", "37%", "22.1 k Mtok/month", "—").
QString figureValue(const QString &key, const Summary &summary);
// How a figure was worked out, with the scenario's numbers plugged in.
QString figureDerivation(const QString &key, const Scenario &scenario, const Summary &summary);
// "API", "Self-host" or "Hybrid".
QString optionName(Option option);
// The verdict in one plain sentence.
QString verdictSentence(const Scenario &scenario, const Summary &summary);

} // namespace planner
