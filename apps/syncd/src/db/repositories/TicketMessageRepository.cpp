#include "db/repositories/TicketMessageRepository.h"

#include "db/repositories/ColumnReaders.h"

#include <pqxx/binarystring>
#include <pqxx/result>

#include <algorithm>

namespace p2pdesk::syncd::db {

namespace {

template<typename T> std::optional<T> opt(const pqxx::field &field)
{
    return field.is_null() ? std::nullopt : std::optional<T>(field.as<T>());
}

TicketAttachmentRow readAttachment(const pqxx::row &row)
{
    TicketAttachmentRow a;
    a.id = row[0].as<std::int64_t>();
    a.messageId = row[1].as<std::int64_t>();
    a.mime = row[2].is_null() ? std::string("application/octet-stream") : row[2].as<std::string>();
    a.size = row[3].is_null() ? 0 : row[3].as<std::int64_t>();
    if (!row[4].is_null()) {
        const pqxx::binarystring bin(row[4]);
        std::copy_n(bin.begin(), std::min<std::size_t>(bin.size(), a.sha256.size()), a.sha256.begin());
    }
    a.storageKey = row[5].is_null() ? std::string() : row[5].as<std::string>();
    a.purged = row[6].as<bool>();
    return a;
}

constexpr const char *kAttachmentColumns = "a.id, a.ticket_message_id, a.mime, a.size_bytes, a.sha256, "
                                           "a.storage_key, a.purged_at IS NOT NULL";

} // namespace

std::optional<std::int64_t> TicketMessageRepository::insert(pqxx::work &work, const NewTicketMessage &m)
{
    const auto result = work.exec_params(
        "INSERT INTO ticket_messages (ticket_id, author, operator_id, body, private_note, tg_message_id, "
        "tg_update_id) VALUES ($1, $2, $3, $4, $5, $6, $7) "
        "ON CONFLICT (tg_update_id) WHERE tg_update_id IS NOT NULL DO NOTHING RETURNING id",
        m.ticketId, m.author, m.operatorId, m.body, m.privateNote, m.tgMessageId, m.tgUpdateId);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

std::vector<TicketMessageRow> TicketMessageRepository::listForTicket(pqxx::work &work, std::int64_t ticketId)
{
    // The newest outbox row of a reply decides its delivery state (a long text is one row).
    const auto result = work.exec_params(
        "SELECT m.id, m.ticket_id, m.author, m.operator_id, op.username, m.body, m.private_note, m.original_body, " +
            columns::micros("m.edited_at") + ", " + columns::micros("m.created_at") +
            ", ob.status, ob.last_error FROM ticket_messages m "
            "LEFT JOIN operators op ON op.id = m.operator_id "
            "LEFT JOIN LATERAL (SELECT o.status, o.last_error FROM outbox o WHERE o.ticket_message_id = m.id "
            "  ORDER BY o.id DESC LIMIT 1) ob ON true "
            "WHERE m.ticket_id = $1 ORDER BY m.id",
        ticketId);
    std::vector<TicketMessageRow> out;
    out.reserve(result.size());
    for (const auto &row : result) {
        TicketMessageRow m;
        m.id = row[0].as<std::int64_t>();
        m.ticketId = row[1].as<std::int64_t>();
        m.author = row[2].as<std::string>();
        m.operatorId = opt<std::int64_t>(row[3]);
        m.operatorUsername = opt<std::string>(row[4]);
        m.body = row[5].as<std::string>();
        m.privateNote = row[6].as<bool>();
        m.originalBody = opt<std::string>(row[7]);
        m.editedAt = columns::optionalTimestamp(row[8]);
        m.createdAt = columns::timestamp(row[9]);
        m.delivery = opt<std::string>(row[10]);
        m.deliveryError = opt<std::string>(row[11]);
        out.push_back(std::move(m));
    }
    return out;
}

std::optional<std::pair<std::int64_t, std::int64_t>>
TicketMessageRepository::editCustomerMessage(pqxx::work &work, const std::string &author, std::int64_t tgMessageId,
                                             const std::string &newBody)
{
    const auto result = work.exec_params(
        "UPDATE ticket_messages SET original_body = coalesce(original_body, body), body = $3, edited_at = now() "
        "WHERE id = (SELECT id FROM ticket_messages WHERE author = $1 AND tg_message_id = $2 ORDER BY id DESC "
        "LIMIT 1) RETURNING ticket_id, id",
        author, tgMessageId, newBody);
    if (result.empty())
        return std::nullopt;
    return std::make_pair(result[0][0].as<std::int64_t>(), result[0][1].as<std::int64_t>());
}

bool TicketMessageRepository::belongsTo(pqxx::work &work, std::int64_t ticketId, std::int64_t messageId)
{
    return !work.exec_params("SELECT 1 FROM ticket_messages WHERE id = $1 AND ticket_id = $2", messageId, ticketId)
                .empty();
}

std::int64_t TicketMessageRepository::insertAttachment(pqxx::work &work, const NewTicketAttachment &file)
{
    const pqxx::binarystring sha(file.sha256.data(), file.sha256.size());
    return work
        .exec_params1("INSERT INTO attachments (order_id, ticket_message_id, kind, sha256, size_bytes, mime, "
                      "storage_key, uploader) VALUES ($1, $2, 'message_file', $3, $4, $5, $6, $7) RETURNING id",
                      file.orderId, file.messageId, sha, file.size, file.mime, file.storageKey, file.uploader)[0]
        .as<std::int64_t>();
}

std::vector<TicketAttachmentRow> TicketMessageRepository::attachmentsOfTicket(pqxx::work &work, std::int64_t ticketId)
{
    const auto result = work.exec_params(std::string("SELECT ") + kAttachmentColumns +
                                             " FROM attachments a JOIN ticket_messages m ON m.id = a.ticket_message_id "
                                             "WHERE m.ticket_id = $1 ORDER BY a.id",
                                         ticketId);
    std::vector<TicketAttachmentRow> out;
    for (const auto &row : result)
        out.push_back(readAttachment(row));
    return out;
}

std::optional<TicketAttachmentRow> TicketMessageRepository::findAttachment(pqxx::work &work, std::int64_t ticketId,
                                                                           std::int64_t attachmentId)
{
    const auto result = work.exec_params(std::string("SELECT ") + kAttachmentColumns +
                                             " FROM attachments a JOIN ticket_messages m ON m.id = a.ticket_message_id "
                                             "WHERE m.ticket_id = $1 AND a.id = $2",
                                         ticketId, attachmentId);
    if (result.empty())
        return std::nullopt;
    return readAttachment(result[0]);
}

} // namespace p2pdesk::syncd::db
