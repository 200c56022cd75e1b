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

#include <cstring>

namespace planner {
namespace {

// How each input is shown, and the value it starts at when the scenario has no owned GPU, with
// where that value comes from.
struct InputDisplay
{
    const char *key;
    int decimals;
    double step;
    double defaultValue;
    const char *defaultSource;
};

const InputDisplay displays[] = {
    {"purchase_usd", 0, 1000, 35625,
     "Default: $35,625, one eighth of $285,000 for an eight-GPU HGX H100 server (Exxact's "
     "configured-system price in ConfigIQ's purchase catalogue, marked indicative, 2026-08-01)."},
    {"amortization_months", 0, 6, 48,
     "Default: 48 months, ConfigIQ's four-year life for owned hardware (ConfigIQ also assumes a "
     "20% residual value, which this formula leaves out)."},
    {"power_kw", 3, 0.05, 0.7,
     "Default: 0.7 kW, the H100 SXM's 700 W board power (huggingface.co/hardware/h100); the "
     "rest of the server draws more."},
    {"pue", 2, 0.05, 1.4, "Default: 1.4, ConfigIQ's assumption for owned hardware."},
    {"usd_per_kwh", 3, 0.01, 0.12, "Default: $0.12/kWh, ConfigIQ's assumption for owned hardware."},
    {"colocation_usd_per_month", 2, 10, 200,
     "Default: $200 a month, an illustrative round value and not a market figure: enter your "
     "provider's quote."},
};

const InputDisplay &displayFor(const OwnedGpuField &field)
{
    for (const InputDisplay &display : displays) {
        if (std::strcmp(display.key, field.key) == 0)
            return display;
    }
    qFatal("no display for owned-GPU input %s", field.key);
}

} // namespace

OwnedGpuDialog::OwnedGpuDialog(const Scenario &current, QWidget *parent)
    : QDialog(parent)
    , m_price(new QLabel(this))
{
    setWindowTitle(tr("Owned GPU Price"));
    auto *form = new QFormLayout;
    for (const OwnedGpuField &field : ownedGpuFields()) {
        const InputDisplay &display = displayFor(field);
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(field.min, field.max);
        spin->setDecimals(display.decimals);
        spin->setSingleStep(display.step);
        spin->setGroupSeparatorShown(true);
        if (*field.unit)
            spin->setSuffix(u' ' + QString::fromUtf8(field.unit));
        spin->setValue(current.ownedGpu ? (*current.ownedGpu).*(field.member)
                                        : display.defaultValue);
        spin->setToolTip(QStringLiteral("%1\n\n%2\nValid: %3.")
                             .arg(QString::fromUtf8(field.help),
                                  QString::fromUtf8(display.defaultSource), rangeText(field)));
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
