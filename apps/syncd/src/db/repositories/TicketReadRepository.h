#pragma once

#include <pqxx/transaction>

#include <cstdint>

namespace p2pdesk::syncd::db {

// `ticket_reads`: how far each operator has read each ticket. Takes the caller's transaction.
class TicketReadRepository final {
public:
    TicketReadRepository() = delete;

    // Moves the mark forward only: reading an older message again does not mark later ones unread.
    static void markRead(pqxx::work &work, std::int64_t ticketId, std::int64_t operatorId, std::int64_t messageId);
};

} // namespace p2pdesk::syncd::db
