#pragma once

#include "core/AdminService.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace p2pdesk::workstation {

class AdminPrompts;
class ReserveListModel;

// Reserves: what the desk holds of each currency it pays out, as a senior counts it at a shift
// change, with what the orders owe out of it and what is left to promise. The bot refuses an order
// that would pay out more than is left, and the public rates export offers no more. One form
// counts a currency: a currency without a reserve gets one, a currency with one is recounted
// (against the version shown). Every save asks for a reason; another senior's count or a new order
// reloads the list.
class ReservesPage final : public QWidget {
    Q_OBJECT

public:
    ReservesPage(AdminService *service, AdminPrompts *prompts, QWidget *parent = nullptr);

    ReserveListModel *model() const { return m_model; }
    void reload();

signals:
    void message(const QString &text);

private:
    struct Currency {
        std::string asset;   // empty for a fiat currency
        std::string network; // empty for a fiat currency
        std::string fiat;    // empty for a crypto currency
    };

    void showSelected();
    void fillForm(const proto::ReserveDto &reserve);
    void updateFormHint();
    void save();
    void onFailed(AdminService::Action action, const ApiError &error);
    Currency currentCurrency() const;
    int currencyScale(const Currency &currency) const;
    // The typed amount at the currency's scale; nullopt (and `problem` set) when it is not one.
    std::optional<domain::Decimal> typedAmount(QString *problem) const;

    AdminService *m_service;
    AdminPrompts *m_prompts;
    ReserveListModel *m_model;
    QTableView *m_table;
    QLabel *m_details;
    QComboBox *m_currency;
    QLineEdit *m_amount;
    QLineEdit *m_exportCode;
    QLabel *m_formHint;
    QPushButton *m_save;
    std::int64_t m_selectedId = 0;
};

} // namespace p2pdesk::workstation
