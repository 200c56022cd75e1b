// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "priceimport.h"

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace planner {

// Picks one model of a LiteLLM price file: type to narrow the list, then apply its prices; Enter
// in the filter takes the only model left.
class PriceImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PriceImportDialog(PriceList prices, QWidget *parent = nullptr);

    QLineEdit *filter() const { return m_filter; }
    QListView *list() const { return m_list; }
    // The model chosen, or null when none is selected.
    const ImportedPrice *selectedPrice() const;

private:
    PriceList m_prices;
    QLineEdit *m_filter;
    QListView *m_list;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace planner
