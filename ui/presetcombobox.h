// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

#include <optional>

namespace planner {

// A chooser of presets: "Custom" first, for values that match no preset, then the presets under
// headings (a provider, a model) that cannot be chosen. The closed box names the preset with its
// heading ("NVIDIA H100 SXM5 80GB: AWS, on-demand, …"). The owner tells it which preset the
// values match (showPreset); choosing one emits presetChosen.
class PresetComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit PresetComboBox(const QString &customToolTip, QWidget *parent = nullptr);

    void addHeading(const QString &heading);
    // A preset under the last heading; id is the owner's (an index into its list).
    void addPreset(const QString &text, const QString &toolTip, int id);
    // Shows the preset id, or "Custom" for nothing; emits nothing.
    void showPreset(std::optional<int> id);
    // The preset shown, nothing while "Custom" is.
    std::optional<int> shownPreset() const;
    // The text of the closed box: the preset with its heading, or "Custom".
    QString shownText() const;

signals:
    void presetChosen(int id);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_heading;
    QString m_customToolTip;
};

} // namespace planner
