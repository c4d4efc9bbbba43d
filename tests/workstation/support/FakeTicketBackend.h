#pragma once

#include "FakeSyncd.h"

#include "p2pdesk/proto/Tickets.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace p2pdesk::workstation::test {

// syncd's ticket API as a test scripts it, on a FakeSyncd: tickets with their messages, replies
// recorded once per Idempotency-Key (a repeat gets the first answer, as syncd's middleware does),
// canned replies rendered like CannedReplyService (a known variable without a value → 422 with
// details.missing), and faults: a reply recorded but never answered (the client times out), or
// refused before it is recorded.
class FakeTicketBackend final : public QObject {
    Q_OBJECT

public:
    explicit FakeTicketBackend(FakeSyncd *server, QObject *parent = nullptr);

    // A ticket with a customer (Ivan, Russian, verification word "falcon"), optionally an order's.
    proto::TicketDetail &addTicket(std::int64_t ticketId, std::optional<std::int64_t> orderId = std::nullopt,
                                   const std::string &orderCode = {});
    proto::TicketDetail &ticket(std::int64_t ticketId) { return m_tickets.at(ticketId); }
    bool hasTicket(std::int64_t ticketId) const { return m_tickets.count(ticketId) > 0; }

    std::int64_t addCustomerMessage(std::int64_t ticketId, const std::string &text,
                                    std::vector<proto::TicketAttachment> attachments = {});
    std::int64_t addOperatorMessage(std::int64_t ticketId, const std::string &html, bool privateNote,
                                    const std::string &delivery = "sent");
    void setDelivery(std::int64_t ticketId, std::int64_t messageId, const std::string &delivery,
                     const std::optional<std::string> &error = std::nullopt);
    void addFile(std::int64_t attachmentId, const QByteArray &bytes) { m_files[attachmentId] = bytes; }

    std::vector<proto::CannedReply> &cannedReplies() { return m_canned; }
    // Values of order variables the server knows for a ticket ({order.final_rate} etc.).
    void setOrderValue(std::int64_t ticketId, const std::string &name, const std::string &value)
    {
        m_orderValues[ticketId][name] = value;
    }

    // Faults, each for the next `count` replies (POST …/messages).
    void swallowReplies(int count) { m_swallow = count; }
    void refuseReplies(int count, int status, const QString &code)
    {
        m_refuse = count;
        m_refuseStatus = status;
        m_refuseCode = code;
    }

    // What the client did.
    int replyRequests() const { return static_cast<int>(m_replyRequests.size()); }
    const QList<FakeSyncd::Request> &replyRequestList() const { return m_replyRequests; }
    int recordedReplies() const { return m_recordedReplies; }
    int detailReads(std::int64_t ticketId) const;
    int lookups() const { return m_lookups; }
    int readMarks() const { return m_readMarks; }
    const FakeSyncd::Request *lastRequestTo(const QString &path) const;

private:
    void handle(const FakeSyncd::Request &request, const FakeSyncd::Responder &responder);
    void reply(std::int64_t ticketId, const FakeSyncd::Request &request, const FakeSyncd::Responder &responder);
    // The canned reply rendered for the ticket, or a 422 body in `error`.
    std::optional<std::string> render(std::int64_t ticketId, std::int64_t cannedId,
                                      const std::map<std::string, std::string> &variables, QByteArray *error,
                                      std::string *language);
    std::int64_t append(std::int64_t ticketId, proto::TicketMessage message);

    FakeSyncd *m_server;
    std::map<std::int64_t, proto::TicketDetail> m_tickets;
    std::map<std::int64_t, std::map<std::string, std::string>> m_orderValues;
    std::vector<proto::CannedReply> m_canned;
    std::map<std::int64_t, QByteArray> m_files;
    std::map<QByteArray, QByteArray> m_answered; // Idempotency-Key → the 201 body
    std::int64_t m_nextMessageId = 100;
    int m_swallow = 0;
    int m_refuse = 0;
    int m_refuseStatus = 422;
    QString m_refuseCode;
    QList<FakeSyncd::Request> m_replyRequests;
    int m_recordedReplies = 0;
    std::map<std::int64_t, int> m_detailReads;
    int m_lookups = 0;
    int m_readMarks = 0;
};

} // namespace p2pdesk::workstation::test
