// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;

namespace planner {

// Works out the hourly price of an owned GPU from what it costs to buy and run (cost model,
// section 7). Opens with the scenario's owned-GPU inputs when it has them, else with defaults.
class OwnedGpuDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OwnedGpuDialog(const Scenario &current, QWidget *parent = nullptr);

    // The spin box of one input, by its file key ("pue"); null for an unknown key.
    QDoubleSpinBox *spinBox(QStringView key) const;
    // The resulting USD per GPU-hour and its three parts, updated as the inputs change.
    QLabel *priceLabel() const { return m_price; }

    OwnedGpu ownedGpu() const;

private:
    void showPrice();

    QList<QDoubleSpinBox *> m_spinBoxes; // in the order of ownedGpuFields()
    QLabel *m_price;
};

} // namespace planner
