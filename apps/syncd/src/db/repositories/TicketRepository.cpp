#include "db/repositories/TicketRepository.h"

#include "db/repositories/ColumnReaders.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

namespace {

// $1 is always the viewing operator (unread counts); the row's columns in readRow's order.
std::string selectSql()
{
    using columns::micros;
    return "SELECT t.id, t.customer_id, c.tg_user_id, c.username, c.first_name, t.order_id, o.public_code, o.status, "
           "t.status, t.priority, t.assignee_id, a.username, " +
           micros("t.first_response_due_at") + ", " + micros("t.next_response_due_at") + ", " +
           micros("t.first_responded_at") + ", " + micros("t.last_customer_message_at") + ", t.last_message_id, " +
           micros("t.closed_at") + ", " + micros("t.created_at") + ", " + micros("t.updated_at") +
           ", t.version, "
           "(SELECT count(*) FROM ticket_messages m WHERE m.ticket_id = t.id AND m.author LIKE 'customer:%' "
           " AND m.id > coalesce((SELECT r.last_read_message_id FROM ticket_reads r "
           "  WHERE r.ticket_id = t.id AND r.operator_id = $1), 0)), "
           "coalesce(least(t.first_response_due_at, t.next_response_due_at) < now(), false) "
           "FROM support_tickets t JOIN customers c ON c.id = t.customer_id "
           "LEFT JOIN orders o ON o.id = t.order_id LEFT JOIN operators a ON a.id = t.assignee_id ";
}

template<typename T> std::optional<T> opt(const pqxx::field &field)
{
    return field.is_null() ? std::nullopt : std::optional<T>(field.as<T>());
}

TicketRow readRow(const pqxx::row &row)
{
    TicketRow t;
    t.id = row[0].as<std::int64_t>();
    t.customerId = row[1].as<std::int64_t>();
    t.customerTelegramId = row[2].as<std::int64_t>();
    t.customerUsername = opt<std::string>(row[3]);
    t.customerFirstName = opt<std::string>(row[4]);
    t.orderId = opt<std::int64_t>(row[5]);
    t.orderCode = opt<std::string>(row[6]);
    t.orderStatus = opt<std::string>(row[7]);
    t.status = row[8].as<std::string>();
    t.priority = row[9].as<std::string>();
    t.assigneeId = opt<std::int64_t>(row[10]);
    t.assigneeUsername = opt<std::string>(row[11]);
    t.firstResponseDueAt = columns::optionalTimestamp(row[12]);
    t.nextResponseDueAt = columns::optionalTimestamp(row[13]);
    t.firstRespondedAt = columns::optionalTimestamp(row[14]);
    t.lastCustomerMessageAt = columns::optionalTimestamp(row[15]);
    t.lastMessageId = opt<std::int64_t>(row[16]);
    t.closedAt = columns::optionalTimestamp(row[17]);
    t.createdAt = columns::timestamp(row[18]);
    t.updatedAt = columns::timestamp(row[19]);
    t.version = row[20].as<std::int64_t>();
    t.unread = row[21].as<std::int64_t>();
    t.overdue = row[22].as<bool>();
    return t;
}

std::optional<std::int64_t> firstId(const pqxx::result &result)
{
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

} // namespace

std::int64_t TicketRepository::findOrCreateLocked(pqxx::work &work, std::int64_t customerId,
                                                  std::optional<std::int64_t> orderId)
{
    const auto lockExisting = [&]() -> std::optional<std::int64_t> {
        if (orderId)
            return firstId(work.exec_params("SELECT id FROM support_tickets WHERE order_id = $1 FOR UPDATE", *orderId));
        return firstId(work.exec_params(
            "SELECT id FROM support_tickets WHERE customer_id = $1 AND order_id IS NULL FOR UPDATE", customerId));
    };
    if (const auto existing = lockExisting())
        return *existing;
    // Without a conflict target: the partial unique index that applies (order or general) decides.
    const auto inserted = firstId(work.exec_params(
        "INSERT INTO support_tickets (customer_id, order_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id",
        customerId, orderId));
    if (inserted)
        return *inserted;
    const auto winner = lockExisting();
    if (!winner)
        throw std::runtime_error("support ticket vanished after a conflicting insert");
    return *winner;
}

std::optional<std::int64_t> TicketRepository::lock(pqxx::work &work, std::int64_t id)
{
    return firstId(work.exec_params("SELECT id FROM support_tickets WHERE id = $1 FOR UPDATE", id));
}

std::optional<TicketRow> TicketRepository::find(pqxx::work &work, std::int64_t id, std::int64_t viewerId)
{
    const auto result = work.exec_params(selectSql() + "WHERE t.id = $2", viewerId, id);
    if (result.empty())
        return std::nullopt;
    return readRow(result[0]);
}

std::vector<TicketRow> TicketRepository::list(pqxx::work &work, const TicketFilter &f)
{
    std::optional<std::string> pattern;
    if (f.text) {
        // The text is a literal, not a LIKE pattern: escape its wildcards.
        std::string escaped;
        for (const char ch : *f.text) {
            if (ch == '%' || ch == '_' || ch == '\\')
                escaped += '\\';
            escaped += ch;
        }
        pattern = "%" + escaped + "%";
    }
    const auto result = work.exec_params(
        selectSql() + "WHERE ($2::text IS NULL OR t.status = $2) "
                      "AND ($3::bigint IS NULL OR t.assignee_id = $3) "
                      "AND (NOT $4 OR t.assignee_id IS NULL) "
                      "AND (NOT $5 OR least(t.first_response_due_at, t.next_response_due_at) < now()) "
                      "AND (NOT $6 OR t.priority = 'urgent') "
                      "AND ($7::bigint IS NULL OR t.order_id = $7) "
                      "AND ($8::bigint IS NULL OR t.customer_id = $8) "
                      "AND ($9::text IS NULL OR o.public_code ILIKE $9 OR c.username ILIKE $9 OR c.first_name ILIKE $9 "
                      "     OR EXISTS (SELECT 1 FROM ticket_messages m WHERE m.ticket_id = t.id AND m.body ILIKE $9)) "
                      "AND ($12::bigint IS NULL OR t.id = $12) "
                      "ORDER BY least(t.first_response_due_at, t.next_response_due_at) ASC NULLS LAST, "
                      "(t.priority = 'urgent') DESC, t.last_customer_message_at DESC NULLS LAST, t.id DESC "
                      "LIMIT $10 OFFSET $11",
        f.viewerId, f.status, f.assigneeId, f.unassigned, f.overdue, f.urgent, f.orderId, f.customerId, pattern,
        f.limit, f.offset, f.ticketId);
    std::vector<TicketRow> out;
    out.reserve(result.size());
    for (const auto &row : result)
        out.push_back(readRow(row));
    return out;
}

std::optional<std::int64_t> TicketRepository::activeOrderOf(pqxx::work &work, std::int64_t customerId)
{
    return firstId(work.exec_params("SELECT id FROM orders WHERE customer_id = $1 AND status NOT IN "
                                    "('COMPLETED', 'CANCELLED') ORDER BY created_at DESC, id DESC LIMIT 1",
                                    customerId));
}

bool TicketRepository::orderOfCustomer(pqxx::work &work, std::int64_t orderId, std::int64_t customerId)
{
    return !work.exec_params("SELECT 1 FROM orders WHERE id = $1 AND customer_id = $2", orderId, customerId).empty();
}

std::optional<std::int64_t> TicketRepository::ticketOfOrder(pqxx::work &work, std::int64_t orderId)
{
    return firstId(work.exec_params("SELECT id FROM support_tickets WHERE order_id = $1", orderId));
}

bool TicketRepository::onCustomerMessage(pqxx::work &work, std::int64_t id, std::int64_t messageId,
                                         int firstResponseMinutes, int nextResponseMinutes)
{
    const auto result =
        work.exec_params("UPDATE support_tickets t SET "
                         "first_response_due_at = CASE WHEN t.first_responded_at IS NULL "
                         "  THEN coalesce(t.first_response_due_at, now() + make_interval(mins => $3)) END, "
                         "next_response_due_at = CASE WHEN t.first_responded_at IS NOT NULL "
                         "  THEN coalesce(t.next_response_due_at, now() + make_interval(mins => $4)) END, "
                         "last_customer_message_at = now(), last_message_id = $2, status = 'open', closed_at = NULL, "
                         "version = t.version + 1, updated_at = now() "
                         "FROM support_tickets old WHERE t.id = $1 AND old.id = t.id RETURNING old.status",
                         id, messageId, firstResponseMinutes, nextResponseMinutes);
    return !result.empty() && result[0][0].as<std::string>() == "closed";
}

void TicketRepository::onOperatorReply(pqxx::work &work, std::int64_t id, std::int64_t messageId)
{
    work.exec_params0("UPDATE support_tickets SET first_responded_at = coalesce(first_responded_at, now()), "
                      "first_response_due_at = NULL, next_response_due_at = NULL, last_message_id = $2, "
                      "version = version + 1, updated_at = now() WHERE id = $1",
                      id, messageId);
}

void TicketRepository::onOtherMessage(pqxx::work &work, std::int64_t id, std::int64_t messageId)
{
    work.exec_params0("UPDATE support_tickets SET last_message_id = $2, version = version + 1, updated_at = now() "
                      "WHERE id = $1",
                      id, messageId);
}

void TicketRepository::setAssignee(pqxx::work &work, std::int64_t id, std::optional<std::int64_t> operatorId)
{
    work.exec_params0("UPDATE support_tickets SET assignee_id = $2, version = version + 1, updated_at = now() "
                      "WHERE id = $1",
                      id, operatorId);
}

void TicketRepository::setPriority(pqxx::work &work, std::int64_t id, const std::string &priority)
{
    work.exec_params0("UPDATE support_tickets SET priority = $2, version = version + 1, updated_at = now() "
                      "WHERE id = $1",
                      id, priority);
}

void TicketRepository::setStatus(pqxx::work &work, std::int64_t id, const std::string &status)
{
    work.exec_params0("UPDATE support_tickets SET status = $2, "
                      "closed_at = CASE WHEN $2 = 'closed' THEN now() END, "
                      "first_response_due_at = CASE WHEN $2 = 'closed' THEN NULL ELSE first_response_due_at END, "
                      "next_response_due_at = CASE WHEN $2 = 'closed' THEN NULL ELSE next_response_due_at END, "
                      "version = version + 1, updated_at = now() WHERE id = $1",
                      id, status);
}

} // namespace p2pdesk::syncd::db
