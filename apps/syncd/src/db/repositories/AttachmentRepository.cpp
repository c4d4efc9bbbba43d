#include "db/repositories/AttachmentRepository.h"

#include "db/PreparedStatement.h"
#include "db/SqlParams.h"

#include <pqxx/binarystring>
#include <pqxx/result>

#include <algorithm>
#include <stdexcept>

namespace p2pdesk::syncd::db {

namespace {

constexpr const char *kColumns = "id, order_id, kind, sha256, size_bytes, mime, storage_key, txid, uploader, "
                                 "(extract(epoch FROM created_at) * 1000000)::bigint, purged_at IS NOT NULL";

std::string kindName(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::ProofFile:
        return "proof_file";
    case AttachmentKind::ProofTxid:
        return "proof_txid";
    case AttachmentKind::Receipt:
        return "receipt";
    case AttachmentKind::MessageFile:
        return "message_file";
    }
    throw std::logic_error("unknown attachment kind");
}

AttachmentKind parseKind(const std::string &text)
{
    if (text == "proof_txid")
        return AttachmentKind::ProofTxid;
    if (text == "receipt")
        return AttachmentKind::Receipt;
    if (text == "message_file")
        return AttachmentKind::MessageFile;
    return AttachmentKind::ProofFile;
}

AttachmentRow readRow(const pqxx::row &row)
{
    AttachmentRow a;
    a.id = row[0].as<std::int64_t>();
    if (!row[1].is_null())
        a.orderId = row[1].as<std::int64_t>();
    a.kind = parseKind(row[2].as<std::string>());
    if (!row[3].is_null()) {
        const pqxx::binarystring bytes(row[3]);
        if (bytes.size() == 32) {
            std::array<std::uint8_t, 32> digest{};
            std::copy(bytes.begin(), bytes.end(), digest.begin());
            a.sha256 = digest;
        }
    }
    if (!row[4].is_null())
        a.sizeBytes = row[4].as<std::int64_t>();
    if (!row[5].is_null())
        a.mime = row[5].as<std::string>();
    if (!row[6].is_null())
        a.storageKey = row[6].as<std::string>();
    if (!row[7].is_null())
        a.txid = row[7].as<std::string>();
    a.uploader = row[8].as<std::string>();
    a.createdAt = std::chrono::system_clock::time_point(std::chrono::microseconds(row[9].as<std::int64_t>()));
    a.purged = row[10].as<bool>();
    return a;
}

// Everything that makes a proof file due, on `attachments a` ($1 days, $2 closed statuses). The age
// counts from the later of the upload and the order's closing (updated_at stands in for closed_at on
// rows closed before it was recorded: it is never earlier). retention_until, when set, extends it.
constexpr const char *kDueForPurge =
    "a.kind = 'proof_file' AND a.purged_at IS NULL AND a.storage_key IS NOT NULL "
    "AND a.created_at < now() - make_interval(days => $1) "
    "AND (a.retention_until IS NULL OR a.retention_until < now()) "
    "AND EXISTS (SELECT 1 FROM orders o JOIN customers c ON c.id = o.customer_id "
    "  WHERE o.id = a.order_id AND o.status = ANY($2::text[]) AND NOT o.hold AND NOT c.blocked "
    "  AND coalesce(o.closed_at, o.updated_at) < now() - make_interval(days => $1) "
    "  AND NOT EXISTS (SELECT 1 FROM risk_flags f WHERE f.cleared_at IS NULL AND f.severity IN ('hold', 'block') "
    "    AND (f.order_id = o.id OR (f.order_id IS NULL AND f.customer_id = o.customer_id))))";

// Distinct from every other advisory lock key space: the two-int form with this first half.
constexpr int kStorageKeyLockSpace = 0x70326673; // "p2fs"

std::string statusArray(const std::vector<domain::OrderStatus> &statuses)
{
    std::string array = "{";
    for (const auto status : statuses)
        array += (array.size() > 1 ? "," : "") + std::string(domain::toString(status));
    return array + "}";
}

} // namespace

std::optional<ProofOrderContext> AttachmentRepository::lockOrder(pqxx::work &work, std::int64_t orderId)
{
    const auto result = work.exec_params(
        "SELECT id, customer_id, status, version, asset, network, holder_operator_id FROM orders WHERE id = $1 "
        "FOR UPDATE",
        orderId);
    if (result.empty())
        return std::nullopt;
    const auto &row = result[0];
    return ProofOrderContext{row[0].as<std::int64_t>(),
                             row[1].as<std::int64_t>(),
                             row[2].as<std::string>(),
                             row[3].as<std::int64_t>(),
                             row[4].as<std::string>(),
                             row[5].as<std::string>(),
                             row[6].is_null() ? std::nullopt : std::optional(row[6].as<std::int64_t>())};
}

AttachmentRow AttachmentRepository::insertFile(pqxx::work &work, const NewFileAttachment &f)
{
    return readRow(work.exec_params1(std::string("INSERT INTO attachments (order_id, kind, sha256, size_bytes, mime, "
                                                 "storage_key, uploader) VALUES ($1, $2, $3, $4, $5, $6, $7) "
                                                 "RETURNING ") +
                                         kColumns,
                                     f.orderId, kindName(f.kind), bytea(f.sha256), f.sizeBytes, f.mime, f.storageKey,
                                     f.uploader));
}

AttachmentRow AttachmentRepository::insertTxid(pqxx::work &work, std::int64_t orderId,
                                               const std::string &normalizedTxid, const std::string &uploader)
{
    return readRow(work.exec_params1(std::string("INSERT INTO attachments (order_id, kind, txid, uploader) "
                                                 "VALUES ($1, 'proof_txid', $2, $3) RETURNING ") +
                                         kColumns,
                                     orderId, normalizedTxid, uploader));
}

std::optional<AttachmentRow> AttachmentRepository::findById(pqxx::work &work, std::int64_t id)
{
    const auto result = work.exec_params(std::string("SELECT ") + kColumns + " FROM attachments WHERE id = $1", id);
    if (result.empty())
        return std::nullopt;
    return readRow(result[0]);
}

std::vector<AttachmentRow> AttachmentRepository::listForOrder(pqxx::work &work, std::int64_t orderId)
{
    static const PreparedStatement statement{"attachments.list_for_order",
                                             std::string("SELECT ") + kColumns +
                                                 " FROM attachments WHERE order_id = $1 ORDER BY id"};
    const auto result = execPrepared(work, statement, orderId);
    std::vector<AttachmentRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result)
        rows.push_back(readRow(row));
    return rows;
}

std::uint32_t AttachmentRepository::otherOrdersWithSha256(pqxx::work &work, const std::array<std::uint8_t, 32> &sha256,
                                                          std::int64_t orderId)
{
    return work
        .exec_params1("SELECT count(DISTINCT order_id) FROM attachments "
                      "WHERE sha256 = $1 AND order_id IS NOT NULL AND order_id <> $2 "
                      "AND kind IN ('proof_file', 'receipt')",
                      bytea(sha256), orderId)[0]
        .as<std::uint32_t>();
}

std::uint32_t AttachmentRepository::otherOrdersWithTxid(pqxx::work &work, const std::string &normalizedTxid,
                                                        std::int64_t orderId)
{
    return work
        .exec_params1("SELECT count(DISTINCT order_id) FROM attachments "
                      "WHERE txid = $1 AND order_id IS NOT NULL AND order_id <> $2",
                      normalizedTxid, orderId)[0]
        .as<std::uint32_t>();
}

std::vector<std::int64_t> AttachmentRepository::dueForPurge(pqxx::work &work, const RetentionRule &rule, int limit)
{
    const auto result = work.exec_params(std::string("SELECT a.id FROM attachments a WHERE ") + kDueForPurge +
                                             " ORDER BY a.id LIMIT $3",
                                         rule.days, statusArray(rule.closedStatuses), limit);
    std::vector<std::int64_t> ids;
    ids.reserve(result.size());
    for (const auto &row : result)
        ids.push_back(row[0].as<std::int64_t>());
    return ids;
}

std::optional<PurgedAttachment> AttachmentRepository::markPurged(pqxx::work &work, std::int64_t id,
                                                                 const RetentionRule &rule)
{
    const auto result =
        work.exec_params(std::string("UPDATE attachments a SET purged_at = now() WHERE a.id = $3 AND ") + kDueForPurge +
                             " RETURNING a.id, a.order_id, encode(a.sha256, 'hex'), "
                             "coalesce(a.size_bytes, 0), a.storage_key",
                         rule.days, statusArray(rule.closedStatuses), id);
    if (result.empty())
        return std::nullopt;
    const auto &row = result[0];
    return PurgedAttachment{row[0].as<std::int64_t>(), row[1].as<std::int64_t>(), row[2].as<std::string>(),
                            row[3].as<std::int64_t>(), row[4].as<std::string>()};
}

std::vector<UnreleasedFile> AttachmentRepository::unreleasedFiles(pqxx::work &work, int limit)
{
    const auto result =
        work.exec_params("SELECT id, storage_key FROM attachments WHERE purged_at IS NOT NULL "
                         "AND file_released_at IS NULL AND storage_key IS NOT NULL ORDER BY id LIMIT $1",
                         limit);
    std::vector<UnreleasedFile> files;
    files.reserve(result.size());
    for (const auto &row : result)
        files.push_back(UnreleasedFile{row[0].as<std::int64_t>(), row[1].as<std::string>()});
    return files;
}

void AttachmentRepository::markFileReleased(pqxx::work &work, std::int64_t id)
{
    work.exec_params0("UPDATE attachments SET file_released_at = now() WHERE id = $1 AND purged_at IS NOT NULL", id);
}

void AttachmentRepository::lockStorageKey(pqxx::work &work, const std::string &storageKey)
{
    work.exec_params("SELECT pg_advisory_xact_lock($1, hashtext($2))", kStorageKeyLockSpace, storageKey);
}

bool AttachmentRepository::storageKeyInUse(pqxx::work &work, const std::string &storageKey)
{
    return work
        .exec_params1("SELECT EXISTS (SELECT 1 FROM attachments WHERE storage_key = $1 AND purged_at IS NULL)",
                      storageKey)[0]
        .as<bool>();
}

} // namespace p2pdesk::syncd::db
