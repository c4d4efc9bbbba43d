#pragma once

#include "p2pdesk/proto/Orders.h"
#include "p2pdesk/proto/Tickets.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace p2pdesk::workstation {

// What the operator was writing in a ticket's composer, and the reply that was sent but not yet
// confirmed (its idempotency key and exact request body, so a retry after a restart is the same
// request: syncd answers it with the first result instead of sending the customer a second copy).
struct TicketDraft {
    QString text;
    bool privateNote = false;
    QString pendingKey;        // empty: nothing waits for confirmation
    QByteArray pendingRequest; // the JSON body that was POSTed with pendingKey
    qint64 updatedAtMsecs = 0;

    bool isEmpty() const { return text.isEmpty() && pendingKey.isEmpty(); }
};

// What the change feed delivered, on disk (SQLite), so the window opens at once and only catches
// up from the last sequence number. One file per server + operator: operators never see each
// other's cache, and switching servers never mixes orders. Only syncd is authoritative; deleting
// the file just means a full resync.
class LocalCache final {
public:
    LocalCache();
    ~LocalCache();
    LocalCache(const LocalCache &) = delete;
    LocalCache &operator=(const LocalCache &) = delete;

    // <AppLocalDataLocation>/cache/orders-<hash of server and operator>.sqlite
    static QString defaultPath(const QString &server, const QString &operatorName);

    bool open(const QString &path);
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    std::vector<proto::OrderSummary> loadAll() const;
    std::int64_t lastSeq() const;
    // The server feed's epoch the cached seq belongs to (proto::ChangesResponse::feedEpoch); 0 =
    // not yet known. clear() forgets it with the rest.
    std::int64_t feedEpoch() const;
    bool setFeedEpoch(std::int64_t epoch);
    std::int64_t orderCount() const;

    // One transaction: the orders (an older version than the stored one is ignored), the removals,
    // and the feed position they bring us to.
    bool applyChanges(const std::vector<proto::OrderSummary> &orders, const std::vector<std::int64_t> &removedIds,
                      std::int64_t lastSeq);
    bool store(const std::vector<proto::OrderSummary> &orders) { return applyChanges(orders, {}, lastSeq()); }
    bool clear();

    // --- Support inbox (issue 11): the ticket list as last seen, so a restart shows it at once and
    // offline mode read-only. Rows as GET /tickets served them to this operator (unread counts are
    // theirs; the file is per operator). Messages are not kept here.
    std::vector<proto::TicketSummary> loadTickets() const;
    std::int64_t ticketCount() const;
    // One transaction: the tickets (a lower version than the stored one is ignored; the same
    // version replaces, as the reader's unread count moves without it) and the removals.
    bool storeTickets(const std::vector<proto::TicketSummary> &tickets,
                      const std::vector<std::int64_t> &removedIds = {});

    // --- support chat drafts (issue 11) ---
    // Not a copy of the server's data, which no resync brings back: clear() leaves them and an
    // upgrade of the schema keeps them; only the operator's sending or discarding removes them.
    // (A cache written by a newer workstation is replaced whole, drafts included.)
    bool saveTicketDraft(std::int64_t ticketId, const TicketDraft &draft);
    std::optional<TicketDraft> ticketDraft(std::int64_t ticketId) const;
    bool clearTicketDraft(std::int64_t ticketId);

private:
    bool migrate();
    // The statements that bring the schema from version - 1 to version.
    static QStringList schemaStep(int version);
    bool fail(const QString &what, const QString &why);

    QString m_connectionName;
    QString m_path;
    mutable QString m_error;
};

} // namespace p2pdesk::workstation
