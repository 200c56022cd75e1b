// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/priceimportdialog.h"

#include "format.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace planner {

PriceImportDialog::PriceImportDialog(PriceList prices, QWidget *parent)
    : QDialog(parent)
    , m_prices(std::move(prices))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Import API Prices"));
    for (int i = 0; i < m_prices.models.size(); ++i) {
        const ImportedPrice &p = m_prices.models[i];
        auto *item = new QStandardItem(tr("%1 — %2 in, %3 out")
                                           .arg(p.model, format::moneyPerMtok(p.inputUsdPerMtok),
                                                format::moneyPerMtok(p.outputUsdPerMtok)));
        item->setData(i, Qt::UserRole);
        item->setToolTip(
            tr("Provider: %1\nCached input: %2\nBatch discount: %3")
                .arg(p.provider.isEmpty() ? tr("not stated") : p.provider,
                     p.cachedInputUsdPerMtok ? format::moneyPerMtok(*p.cachedInputUsdPerMtok)
                                             : tr("none"),
                     p.batchDiscount ? format::percent(*p.batchDiscount) : tr("none")));
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_model->sort(0);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_filter->setPlaceholderText(tr("Type part of a model's name, e.g. llama-3.3-70b"));
    m_filter->setClearButtonEnabled(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use These Prices"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedPrice() != nullptr);
    });
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);
    // Enter in the filter takes the only model left.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() != 1)
            return;
        m_list->setCurrentIndex(m_proxy->index(0, 0));
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("%1 models with input and output prices (%2 entries without them left out).")
                       .arg(m_prices.models.size())
                       .arg(m_prices.skipped),
                   this));
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

const ImportedPrice *PriceImportDialog::selectedPrice() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return nullptr;
    return &m_prices.models[current.data(Qt::UserRole).toInt()];
}

} // namespace planner
