#include "db/repositories/TicketReadRepository.h"

namespace p2pdesk::syncd::db {

void TicketReadRepository::markRead(pqxx::work &work, std::int64_t ticketId, std::int64_t operatorId,
                                    std::int64_t messageId)
{
    work.exec_params0("INSERT INTO ticket_reads (ticket_id, operator_id, last_read_message_id) VALUES ($1, $2, $3) "
                      "ON CONFLICT (ticket_id, operator_id) DO UPDATE SET last_read_message_id = "
                      "greatest(ticket_reads.last_read_message_id, EXCLUDED.last_read_message_id)",
                      ticketId, operatorId, messageId);
}

} // namespace p2pdesk::syncd::db
