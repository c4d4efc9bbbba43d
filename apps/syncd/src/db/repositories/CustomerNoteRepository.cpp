#include "db/repositories/CustomerNoteRepository.h"

#include "db/repositories/ColumnReaders.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

namespace {

CustomerNoteRow readNote(const pqxx::row &row)
{
    CustomerNoteRow note;
    note.id = row[0].as<std::int64_t>();
    note.text = row[1].as<std::string>();
    note.authorId = row[2].as<std::int64_t>();
    note.authorUsername = row[3].as<std::string>();
    note.createdAt = columns::timestamp(row[4]);
    return note;
}

} // namespace

CustomerNoteRow CustomerNoteRepository::append(pqxx::work &work, std::int64_t customerId, std::int64_t authorId,
                                               const std::string &text)
{
    return readNote(work.exec_params1("WITH n AS (INSERT INTO customer_notes (customer_id, author_id, body) "
                                      "VALUES ($1, $2, $3) RETURNING id, body, author_id, created_at) "
                                      "SELECT n.id, n.body, n.author_id, op.username, " +
                                          columns::micros("n.created_at") +
                                          " FROM n JOIN operators op ON op.id = n.author_id",
                                      customerId, authorId, text));
}

std::vector<CustomerNoteRow> CustomerNoteRepository::listForCustomer(pqxx::work &work, std::int64_t customerId,
                                                                     std::size_t limit)
{
    const auto result =
        work.exec_params("SELECT n.id, n.body, n.author_id, op.username, " + columns::micros("n.created_at") +
                             " FROM customer_notes n JOIN operators op ON op.id = n.author_id "
                             "WHERE n.customer_id = $1 ORDER BY n.id DESC LIMIT $2",
                         customerId, static_cast<std::int64_t>(limit));
    std::vector<CustomerNoteRow> notes;
    notes.reserve(result.size());
    for (const auto &row : result)
        notes.push_back(readNote(row));
    return notes;
}

} // namespace p2pdesk::syncd::db
