// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ownedgpudialog.h"

#include "format.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace planner {

OwnedGpuDialog::OwnedGpuDialog(const Scenario &current, QWidget *parent)
    : QDialog(parent)
    , m_price(new QLabel(this))
{
    setWindowTitle(tr("Owned GPU Price"));
    auto *form = new QFormLayout;
    for (const OwnedGpuField &field : ownedGpuFields()) {
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(field.min, field.max);
        spin->setDecimals(field.decimals);
        spin->setSingleStep(field.step);
        spin->setGroupSeparatorShown(true);
        if (*field.unit)
            spin->setSuffix(u' ' + QString::fromUtf8(field.unit));
        spin->setValue(current.ownedGpu ? (*current.ownedGpu).*(field.member) : field.defaultValue);
        spin->setToolTip(QStringLiteral("%1\n\n%2\nValid: %3.")
                             .arg(QString::fromUtf8(field.help),
                                  QString::fromUtf8(field.defaultSource), rangeText(field)));
        connect(spin, &QDoubleSpinBox::valueChanged, this, &OwnedGpuDialog::showPrice);
        auto *label = new QLabel(QString::fromUtf8(field.label) + u':', this);
        label->setBuddy(spin);
        label->setToolTip(spin->toolTip());
        form->addRow(label, spin);
        m_spinBoxes << spin;
    }

    auto *intro = new QLabel(tr("What one GPU you buy and run yourself costs per hour. Every "
                                "figure is per GPU, with its share of the server."),
                             this);
    intro->setWordWrap(true);
    auto *formula = new QLabel(tr("GPU-hour = purchase / (months × 730) + power × PUE × "
                                  "electricity + colocation / 730"),
                               this);
    formula->setWordWrap(true);
    m_price->setWordWrap(true);
    m_price->setTextFormat(Qt::RichText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use This Price"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(formula);
    layout->addWidget(m_price);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    showPrice();
}

QDoubleSpinBox *OwnedGpuDialog::spinBox(QStringView key) const
{
    const auto fields = ownedGpuFields();
    for (size_t i = 0; i < fields.size(); ++i) {
        if (key == QLatin1String(fields[i].key))
            return m_spinBoxes[qsizetype(i)];
    }
    return nullptr;
}

OwnedGpu OwnedGpuDialog::ownedGpu() const
{
    OwnedGpu gpu;
    const auto fields = ownedGpuFields();
    for (size_t i = 0; i < fields.size(); ++i)
        gpu.*(fields[i].member) = m_spinBoxes[qsizetype(i)]->value();
    return gpu;
}

void OwnedGpuDialog::showPrice()
{
    const OwnedGpuHourly parts = ownedGpuHourlyParts(ownedGpu());
    m_price->setText(tr("<b>%1 per GPU-hour</b> = %2 amortisation + %3 power + %4 colocation")
                         .arg(format::cents(parts.total()), format::cents(parts.amortizationUsd),
                              format::cents(parts.powerUsd), format::cents(parts.colocationUsd)));
}

} // namespace planner
