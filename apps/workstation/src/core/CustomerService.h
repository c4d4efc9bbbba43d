#pragma once

#include "core/ApiError.h"

#include "p2pdesk/proto/Customers.h"

#include <QObject>
#include <QString>

namespace p2pdesk::workstation {

class ApiClient;
class ApiReply;

// The customer profile's calls: load it, and block or unblock the customer with a reason (seniors
// and admins; syncd refuses anyone else and audits the reason). A block or unblock answers the
// profile as it is afterwards. Results come back as signals, for every customer: a listener keeps
// the ones of the customer it shows.
class CustomerService final : public QObject {
    Q_OBJECT

public:
    enum class Action { Load, Block, Unblock };
    Q_ENUM(Action)

    explicit CustomerService(ApiClient *api, QObject *parent = nullptr);

    void load(qint64 customerId);
    void block(qint64 customerId, const QString &reason);
    void unblock(qint64 customerId, const QString &reason);

signals:
    void profileLoaded(const p2pdesk::proto::CustomerProfile &profile);
    // After a block or an unblock, with the profile as syncd left it.
    void blockChanged(const p2pdesk::proto::CustomerProfile &profile);
    void failed(qint64 customerId, p2pdesk::workstation::CustomerService::Action action,
                const p2pdesk::workstation::ApiError &error);

private:
    void expect(ApiReply *reply, qint64 customerId, Action action);

    ApiClient *m_api;
};

} // namespace p2pdesk::workstation
