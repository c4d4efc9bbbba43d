#pragma once

#include "core/ApiError.h"

#include "p2pdesk/proto/Customers.h"

#include <QObject>
#include <QString>

namespace p2pdesk::workstation {

class ApiClient;
class ApiReply;

// The customers' calls: search the directory (seniors and admins), load a profile, note something
// about a customer (any operator), and block or unblock the customer or change their verification
// level with a reason (seniors and admins; syncd refuses anyone else and audits the reason). A note,
// block, unblock or level change answers the profile as it is afterwards. Results come back as signals, for every
// customer: a listener keeps the ones of the customer it shows, and the directory the answer to its latest search.
class CustomerService final : public QObject {
    Q_OBJECT

public:
    enum class Action { Load, Block, Unblock, Note, Reveal, KycLevel };
    Q_ENUM(Action)

    explicit CustomerService(ApiClient *api, QObject *parent = nullptr);

    // Answers the search's number: directoryLoaded carries it, so a listener drops the answers to
    // searches it has since replaced.
    quint64 search(const proto::CustomersQuery &query);
    void load(qint64 customerId);
    void addNote(qint64 customerId, const QString &text);
    // Seniors and admins: one payout account in full, with a reason (audited by syncd).
    void reveal(qint64 customerId, qint64 accountId, const QString &reason);
    // Seniors and admins: the customer's verification level, with a reason (audited by syncd).
    void setKycLevel(qint64 customerId, domain::KycLevel level, const QString &reason);
    void block(qint64 customerId, const QString &reason);
    void unblock(qint64 customerId, const QString &reason);

signals:
    void directoryLoaded(quint64 searchId, const p2pdesk::proto::CustomerList &list);
    // searchId's search failed (no failed() for a search: it concerns no customer).
    void searchFailed(quint64 searchId, const p2pdesk::workstation::ApiError &error);
    void profileLoaded(const p2pdesk::proto::CustomerProfile &profile);
    void noteAdded(const p2pdesk::proto::CustomerProfile &profile);
    void requisitesRevealed(qint64 customerId, const p2pdesk::proto::RevealedRequisites &revealed);
    // After a block or an unblock, with the profile as syncd left it.
    void blockChanged(const p2pdesk::proto::CustomerProfile &profile);
    void kycLevelChanged(const p2pdesk::proto::CustomerProfile &profile);
    void failed(qint64 customerId, p2pdesk::workstation::CustomerService::Action action,
                const p2pdesk::workstation::ApiError &error);

private:
    void expect(ApiReply *reply, qint64 customerId, Action action);

    ApiClient *m_api;
    quint64 m_lastSearch = 0;
};

} // namespace p2pdesk::workstation
