#pragma once

#include "p2pdesk/proto/Tickets.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QString>

#include <optional>
#include <string_view>
#include <vector>

namespace p2pdesk::workstation {

// The messages of one ticket, oldest first, for the chat view (one row per message). Rows are
// value snapshots with everything the delegate paints prepared once (plain text, names, times,
// the delivery state in words), so painting and measuring a 5 000-message chat does no parsing.
// setMessages() compares by message id and only inserts, updates or removes what differs: a
// re-read ticket never resets the view. A reply on its way to syncd (setPending) is the last row.
class TicketMessageModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum class Author { Customer, Operator, System };
    Q_ENUM(Author)
    // Outgoing replies only: None for the customer's, system messages and private notes. Sending
    // and Unconfirmed are this workstation's reply before syncd answered it; the others are the
    // state of its outbox row (queued → sent, failed or undeliverable).
    enum class Delivery { None, Sending, Unconfirmed, Queued, Sent, Failed, Undeliverable };
    Q_ENUM(Delivery)

    enum Role {
        MessageIdRole = Qt::UserRole + 1, // 0 for the pending reply
        AuthorRole,                       // Author
        AuthorNameRole,                   // "Alice", "operator bob", "System"
        TextRole,                         // plain text as the customer reads it
        TimeRole,                         // QDateTime (local)
        TimeTextRole,                     // "14:05" today, else date and time
        OperatorNameRole,
        PrivateRole,         // a private note (never sent)
        DeliveryRole,        // Delivery
        DeliveryTextRole,    // the state in words, with the reason when it failed
        DeliveryErrorRole,   // what Telegram said, raw (for support, in the tooltip)
        AttachmentsRole,     // QVariantList of QVariantMap {id, mime, size, sha256, image, label}
        AttachmentCountRole, // int
        EditedRole,          // the customer edited it after sending
        OriginalTextRole,    // the first text of an edited message
        PendingRole,         // this workstation's reply, not yet confirmed by syncd
    };

    struct Attachment {
        std::int64_t id = 0;
        QString mime;
        qint64 size = 0;
        QString sha256;
        bool image = false;
        QString label; // "Photo, 120 KB"
    };

    struct Row {
        std::int64_t id = 0;
        Author author = Author::Customer;
        QString operatorName;
        QString text;
        QString originalText;
        bool edited = false;
        bool privateNote = false;
        qint64 atMsecs = 0;
        QString timeText;
        Delivery delivery = Delivery::None;
        QString deliveryError; // raw
        std::vector<Attachment> attachments;
        // What setMessages compares to tell an update from an identical re-read.
        std::string sourceBody;
        std::string sourceOperator;
        std::optional<std::string> sourceOriginal;
        std::optional<std::string> sourceDelivery;
        std::optional<std::string> sourceDeliveryError;
    };

    // The reply this workstation is sending (TicketConversation::outgoing()).
    struct Pending {
        QString text;
        bool privateNote = false;
        Delivery state = Delivery::Sending; // Sending or Unconfirmed
        QString error;                      // why the last attempt got no answer, in words
        qint64 atMsecs = 0;
    };

    explicit TicketMessageModel(QObject *parent = nullptr);

    // How customer rows are signed ("Ivan", "@ivan"); rows already shown follow.
    void setCustomerName(const QString &name);
    QString customerName() const { return m_customerName; }

    // Brings the rows to `messages` (sorted by id, as TicketConversation keeps them) with the
    // fewest row operations: appends and updates, removals only if syncd dropped a message.
    void setMessages(const std::vector<proto::TicketMessage> &messages);
    void setPending(const std::optional<Pending> &pending);
    void clear();

    int messageCount() const { return static_cast<int>(m_rows.size()); }
    bool hasPending() const { return m_pending.has_value(); }
    const Row &rowAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    int rowOfMessage(std::int64_t messageId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Telegram HTML (what syncd stores for an operator's reply) as the customer reads it: tags
    // dropped, entities decoded, line breaks kept.
    static QString plainText(std::string_view telegramHtml);
    static Delivery deliveryOf(const std::optional<std::string> &state);
    // "Sent", "Not delivered: the customer blocked the bot", … — never a code.
    static QString deliveryText(Delivery delivery, const QString &error = {});
    // Why Telegram did not take a message, from syncd's outbox error ("forbidden: Forbidden: bot
    // was blocked by the user"), in words.
    static QString deliveryReason(const QString &error);
    static QString attachmentLabel(const QString &mime, qint64 size);
    static QString timeText(qint64 msecs, qint64 nowMsecs);

private:
    class LocalTimes;
    Row makeRow(const proto::TicketMessage &message, LocalTimes &times) const;
    QVariant pendingData(int role) const;
    QString authorNameOf(const Row &row) const;

    std::vector<Row> m_rows;
    std::optional<Pending> m_pending;
    QString m_customerName;
};

} // namespace p2pdesk::workstation
