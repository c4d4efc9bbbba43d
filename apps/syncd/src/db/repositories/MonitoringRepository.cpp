#include "db/repositories/MonitoringRepository.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

MonitoringFigures MonitoringRepository::figures(pqxx::transaction_base &tx)
{
    // A scrape that waits on a locked or overloaded database answers without these figures rather
    // than late (Prometheus gives up after its scrape timeout, 10 s by default).
    tx.exec0("SET LOCAL statement_timeout = 2000");
    MonitoringFigures out;
    const auto row = tx.exec1("SELECT (SELECT count(*) FROM audit_log WHERE hash IS NULL), "
                              "(SELECT count(*) FROM tg_updates WHERE processed_at IS NULL), "
                              "(SELECT extract(epoch FROM now() - min(received_at))::float8 FROM tg_updates "
                              " WHERE processed_at IS NULL)");
    out.auditUnsealed = row[0].as<std::int64_t>();
    out.telegramUpdatesPending = row[1].as<std::int64_t>();
    if (!row[2].is_null())
        out.oldestPendingUpdateAgeSeconds = row[2].as<double>();
    for (const auto &r : tx.exec("SELECT channel, count(*), extract(epoch FROM now() - min(created_at))::float8 "
                                 "FROM outbox WHERE status = 'queued' GROUP BY channel ORDER BY channel"))
        out.outbox.push_back({r[0].as<std::string>(), r[1].as<std::int64_t>(), r[2].as<double>()});
    return out;
}

} // namespace p2pdesk::syncd::db
