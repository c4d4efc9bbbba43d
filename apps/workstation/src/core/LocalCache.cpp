#include "core/LocalCache.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <iterator>
#include <string_view>
#include <thread>

namespace p2pdesk::workstation {

namespace {

// Raised by one per step of LocalCache::schemaStep.
constexpr int kSchemaVersion = 3;

QString lastError(const QSqlQuery &query)
{
    return query.lastError().text();
}

} // namespace

LocalCache::LocalCache()
    : m_connectionName(QStringLiteral("p2pdesk-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

LocalCache::~LocalCache()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString LocalCache::defaultPath(const QString &server, const QString &operatorName)
{
    const QByteArray id =
        QCryptographicHash::hash((server + u'\n' + operatorName).toUtf8(), QCryptographicHash::Sha256);
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/cache");
    return dir + QStringLiteral("/orders-") + QString::fromLatin1(id.toHex().left(24)) + QStringLiteral(".sqlite");
}

bool LocalCache::fail(const QString &what, const QString &why)
{
    m_error = what + QStringLiteral(": ") + why;
    qCWarning(lcCache) << m_error;
    return false;
}

bool LocalCache::open(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (db.isOpen())
        db.close();
    db.setDatabaseName(path);
    if (!db.open())
        return fail(QStringLiteral("open"), db.lastError().text());
    m_path = path;
    QSqlQuery pragma(db);
    // WAL + NORMAL: a crash may lose the last few applied events, which the feed simply resends.
    for (const QString &statement :
         {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL")}) {
        if (!pragma.exec(statement))
            return fail(statement, lastError(pragma));
    }
    return migrate();
}

bool LocalCache::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool LocalCache::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(QStringLiteral("user_version"), lastError(query));
    int version = query.value(0).toInt();
    if (version == kSchemaVersion)
        return true;
    if (version > kSchemaVersion || version < 0) {
        // A cache written by a newer workstation is thrown away, not converted: syncd has it all.
        qCInfo(lcCache) << "cache schema" << version << "replaced by" << kSchemaVersion;
        QStringList tables;
        if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%'")))
            return fail(QStringLiteral("list tables"), lastError(query));
        while (query.next())
            tables << query.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            const QString statement = QStringLiteral("DROP TABLE IF EXISTS \"%1\"").arg(table);
            if (!query.exec(statement))
                return fail(statement, lastError(query));
        }
        version = 0;
    }
    // An older cache is brought forward step by step, each step in its own transaction with the
    // version it reaches: what it held stays (no full resync for a table that was only added).
    while (version < kSchemaVersion) {
        const int target = version + 1;
        QStringList statements = schemaStep(target);
        statements << QStringLiteral("PRAGMA user_version = %1").arg(target);
        if (!db.transaction())
            return fail(QStringLiteral("begin"), db.lastError().text());
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                db.rollback();
                return fail(statement, lastError(query));
            }
        }
        if (!db.commit())
            return fail(QStringLiteral("commit"), db.lastError().text());
        version = target;
    }
    return true;
}

QStringList LocalCache::schemaStep(int version)
{
    switch (version) {
    case 1: // the order queue and the feed position
        return {
            QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, code TEXT NOT NULL, status TEXT NOT NULL, "
                           "holder_id INTEGER, version INTEGER NOT NULL, created_at INTEGER NOT NULL, "
                           "json BLOB NOT NULL)"),
            QStringLiteral("CREATE INDEX orders_status ON orders(status)"),
            QStringLiteral("CREATE INDEX orders_code ON orders(code)"),
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
        };
    case 2: // --- Support inbox (issue 11): the ticket list as last seen
        return {
            QStringLiteral("CREATE TABLE tickets (id INTEGER PRIMARY KEY, status TEXT NOT NULL, "
                           "version INTEGER NOT NULL, json BLOB NOT NULL)"),
        };
    case 3: // --- Support chat (issue 11): the operator's unsent words and the reply awaiting confirmation
        // IF NOT EXISTS: development builds of the chat created this table outside user_version.
        return {
            QStringLiteral("CREATE TABLE IF NOT EXISTS ticket_drafts (ticket_id INTEGER PRIMARY KEY, "
                           "text TEXT NOT NULL, private_note INTEGER NOT NULL, pending_key TEXT, "
                           "pending_request BLOB, updated_at INTEGER NOT NULL)"),
        };
    default:
        return {};
    }
}

std::vector<proto::OrderSummary> LocalCache::loadAll() const
{
    std::vector<QByteArray> blobs;
    {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT json FROM orders"))) {
            m_error = lastError(query);
            return {};
        }
        blobs.reserve(static_cast<std::size_t>(orderCount()));
        while (query.next())
            blobs.push_back(query.value(0).toByteArray());
    }
    // Decoding dominates opening a large cache (≈10 µs per order); the orders are independent, so
    // it is split over the cores.
    const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    const std::size_t chunk = (blobs.size() + workers - 1) / std::max<std::size_t>(workers, 1);
    std::vector<std::vector<proto::OrderSummary>> parts(workers);
    std::vector<std::size_t> unreadable(workers, 0);
    auto decodeRange = [&](std::size_t worker) {
        const std::size_t begin = worker * chunk;
        const std::size_t end = std::min(blobs.size(), begin + chunk);
        for (std::size_t i = begin; i < end; ++i) {
            const QByteArray &json = blobs[i];
            auto decoded = proto::parse<proto::OrderSummary>(
                std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
            if (decoded)
                parts[worker].push_back(std::move(decoded).value());
            else
                ++unreadable[worker];
        }
    };
    std::vector<std::thread> threads;
    for (std::size_t worker = 1; worker < workers && worker * chunk < blobs.size(); ++worker)
        threads.emplace_back(decodeRange, worker);
    decodeRange(0);
    for (std::thread &thread : threads)
        thread.join();

    std::vector<proto::OrderSummary> orders;
    orders.reserve(blobs.size());
    std::size_t skipped = 0;
    for (std::size_t worker = 0; worker < workers; ++worker) {
        std::move(parts[worker].begin(), parts[worker].end(), std::back_inserter(orders));
        skipped += unreadable[worker];
    }
    if (skipped > 0)
        qCWarning(lcCache) << "skipped" << skipped
                           << "unreadable cached orders (another version's?); they return when they next change";
    return orders;
}

std::int64_t LocalCache::lastSeq() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'last_seq'"));
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

std::int64_t LocalCache::feedEpoch() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'feed_epoch'"));
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool LocalCache::setFeedEpoch(std::int64_t epoch)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('feed_epoch', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.bindValue(0, QVariant::fromValue<qint64>(epoch));
    return query.exec() || fail(QStringLiteral("store feed_epoch"), lastError(query));
}

std::int64_t LocalCache::orderCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("SELECT count(*) FROM orders")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool LocalCache::applyChanges(const std::vector<proto::OrderSummary> &orders,
                              const std::vector<std::int64_t> &removedIds, std::int64_t lastSeq)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(QStringLiteral("begin"), db.lastError().text());
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO orders (id, code, status, holder_id, version, created_at, json) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET code = excluded.code, status = excluded.status, holder_id = excluded.holder_id, "
        "version = excluded.version, created_at = excluded.created_at, json = excluded.json "
        "WHERE excluded.version >= orders.version"));
    for (const proto::OrderSummary &order : orders) {
        const std::string_view status = domain::toString(order.status);
        upsert.bindValue(0, QVariant::fromValue<qint64>(order.id));
        upsert.bindValue(1, QString::fromStdString(order.code));
        upsert.bindValue(2, QString::fromLatin1(status.data(), static_cast<qsizetype>(status.size())));
        upsert.bindValue(3, order.holder ? QVariant::fromValue<qint64>(order.holder->id) : QVariant());
        upsert.bindValue(4, QVariant::fromValue<qint64>(order.version));
        upsert.bindValue(
            5, QVariant::fromValue<qint64>(
                   std::chrono::duration_cast<std::chrono::milliseconds>(order.createdAt.time_since_epoch()).count()));
        upsert.bindValue(6, QByteArray::fromStdString(proto::serialize(order)));
        if (!upsert.exec()) {
            db.rollback();
            return fail(QStringLiteral("upsert order"), lastError(upsert));
        }
    }
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM orders WHERE id = ?"));
    for (std::int64_t id : removedIds) {
        remove.bindValue(0, QVariant::fromValue<qint64>(id));
        if (!remove.exec()) {
            db.rollback();
            return fail(QStringLiteral("delete order"), lastError(remove));
        }
    }
    QSqlQuery seq(db);
    seq.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('last_seq', ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = max(meta.value, excluded.value)"));
    seq.bindValue(0, QVariant::fromValue<qint64>(lastSeq));
    if (!seq.exec()) {
        db.rollback();
        return fail(QStringLiteral("store last_seq"), lastError(seq));
    }
    return db.commit() || fail(QStringLiteral("commit"), db.lastError().text());
}

bool LocalCache::clear()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!db.transaction())
        return fail(QStringLiteral("begin"), db.lastError().text());
    if (!query.exec(QStringLiteral("DELETE FROM orders")) || !query.exec(QStringLiteral("DELETE FROM meta")) ||
        !query.exec(QStringLiteral("DELETE FROM tickets"))) {
        db.rollback();
        return fail(QStringLiteral("clear"), lastError(query));
    }
    return db.commit() || fail(QStringLiteral("commit"), db.lastError().text());
}

// --- Support inbox (issue 11) ------------------------------------------------------------------

std::vector<proto::TicketSummary> LocalCache::loadTickets() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT json FROM tickets"))) {
        m_error = lastError(query);
        return {};
    }
    std::vector<proto::TicketSummary> tickets;
    std::size_t skipped = 0;
    while (query.next()) {
        const QByteArray json = query.value(0).toByteArray();
        auto decoded = proto::parse<proto::TicketSummary>(
            std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
        if (decoded)
            tickets.push_back(std::move(decoded).value());
        else
            ++skipped;
    }
    if (skipped > 0)
        qCWarning(lcCache) << "skipped" << skipped << "unreadable cached tickets; they return with the next reload";
    return tickets;
}

std::int64_t LocalCache::ticketCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("SELECT count(*) FROM tickets")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool LocalCache::storeTickets(const std::vector<proto::TicketSummary> &tickets,
                              const std::vector<std::int64_t> &removedIds)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(QStringLiteral("begin"), db.lastError().text());
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral("INSERT INTO tickets (id, status, version, json) VALUES (?, ?, ?, ?) "
                                  "ON CONFLICT(id) DO UPDATE SET status = excluded.status, version = excluded.version, "
                                  "json = excluded.json WHERE excluded.version >= tickets.version"));
    for (const proto::TicketSummary &ticket : tickets) {
        upsert.bindValue(0, QVariant::fromValue<qint64>(ticket.id));
        upsert.bindValue(1, QString::fromStdString(ticket.status));
        upsert.bindValue(2, QVariant::fromValue<qint64>(ticket.version));
        upsert.bindValue(3, QByteArray::fromStdString(proto::serialize(ticket)));
        if (!upsert.exec()) {
            db.rollback();
            return fail(QStringLiteral("upsert ticket"), lastError(upsert));
        }
    }
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM tickets WHERE id = ?"));
    for (std::int64_t id : removedIds) {
        remove.bindValue(0, QVariant::fromValue<qint64>(id));
        if (!remove.exec()) {
            db.rollback();
            return fail(QStringLiteral("delete ticket"), lastError(remove));
        }
    }
    return db.commit() || fail(QStringLiteral("commit"), db.lastError().text());
}

// --- support chat drafts ---------------------------------------------------------------------

bool LocalCache::saveTicketDraft(std::int64_t ticketId, const TicketDraft &draft)
{
    if (draft.isEmpty())
        return clearTicketDraft(ticketId);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "INSERT INTO ticket_drafts (ticket_id, text, private_note, pending_key, pending_request, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(ticket_id) DO UPDATE SET text = excluded.text, "
        "private_note = excluded.private_note, pending_key = excluded.pending_key, "
        "pending_request = excluded.pending_request, updated_at = excluded.updated_at"));
    query.bindValue(0, QVariant::fromValue<qint64>(ticketId));
    query.bindValue(1, draft.text.isEmpty() ? QStringLiteral("") : draft.text); // a null QString binds as NULL
    query.bindValue(2, draft.privateNote ? 1 : 0);
    query.bindValue(3, draft.pendingKey.isEmpty() ? QVariant() : QVariant(draft.pendingKey));
    query.bindValue(4, draft.pendingKey.isEmpty() ? QVariant() : QVariant(draft.pendingRequest));
    query.bindValue(5, QVariant::fromValue<qint64>(draft.updatedAtMsecs));
    return query.exec() || fail(QStringLiteral("save ticket draft"), lastError(query));
}

std::optional<TicketDraft> LocalCache::ticketDraft(std::int64_t ticketId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT text, private_note, pending_key, pending_request, updated_at "
                                 "FROM ticket_drafts WHERE ticket_id = ?"));
    query.bindValue(0, QVariant::fromValue<qint64>(ticketId));
    if (!query.exec()) {
        m_error = lastError(query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    TicketDraft draft;
    draft.text = query.value(0).toString();
    draft.privateNote = query.value(1).toInt() != 0;
    draft.pendingKey = query.value(2).toString();
    draft.pendingRequest = query.value(3).toByteArray();
    draft.updatedAtMsecs = query.value(4).toLongLong();
    return draft;
}

bool LocalCache::clearTicketDraft(std::int64_t ticketId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM ticket_drafts WHERE ticket_id = ?"));
    query.bindValue(0, QVariant::fromValue<qint64>(ticketId));
    return query.exec() || fail(QStringLiteral("clear ticket draft"), lastError(query));
}

} // namespace p2pdesk::workstation
