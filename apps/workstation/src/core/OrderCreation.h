#pragma once

#include "core/ApiError.h"

#include "p2pdesk/proto/Banks.h"
#include "p2pdesk/proto/Orders.h"
#include "p2pdesk/proto/Rates.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <vector>

namespace p2pdesk::workstation {

class ApiClient;

// Records an order for a customer the desk already knows (POST /api/v1/orders), for the ticket
// window's "Create order for this customer": the operator takes an order by phone or in the chat.
// syncd prices it from the current rate and runs the risk rules exactly as for the bot's orders.
// One request at a time; when an attempt ends without an answer, sending the same request again
// reuses its idempotency key, so a retry never records the order twice.
class OrderCreation final : public QObject {
    Q_OBJECT

public:
    explicit OrderCreation(ApiClient *api, QObject *parent = nullptr);

    // GET /rates: the pairs the desk quotes (the dialog offers those that are not stale).
    void loadRates();
    const std::vector<proto::RateDto> &rates() const { return m_rates; }
    void setRates(std::vector<proto::RateDto> rates);
    // GET /banks: the active banks a fiat payout may name. Optional to the form: when they cannot
    // be read, an order simply names no bank (banksChanged is not emitted).
    void loadBanks();
    const std::vector<proto::BankDto> &banks() const { return m_banks; }

    void create(const proto::CreateOrderRequest &request);
    bool isBusy() const { return m_busy; }

signals:
    void ratesChanged();
    void banksChanged();
    void ratesFailed(const p2pdesk::workstation::ApiError &error);
    void created(const p2pdesk::proto::OrderDetail &order);
    void failed(const p2pdesk::workstation::ApiError &error);
    void busyChanged(bool busy);

private:
    ApiClient *m_api;
    std::vector<proto::RateDto> m_rates;
    std::vector<proto::BankDto> m_banks;
    bool m_busy = false;
    QByteArray m_unansweredBody; // the request of an attempt that got no answer, and its key
    QString m_unansweredKey;
};

} // namespace p2pdesk::workstation
