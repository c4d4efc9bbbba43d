#pragma once

#include <pqxx/nontransaction>
#include <pqxx/transaction_base>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

// What a backup records about the database and a restore drill compares: read in the backup's
// snapshot, so they describe exactly what the dump holds.
struct BackupFigures {
    int schemaVersion = 0;
    std::int64_t orders = 0;
    std::int64_t orderHistory = 0;
    std::int64_t auditLog = 0;
    std::int64_t auditSealed = 0;
    std::optional<std::int64_t> auditHeadSeq; // the newest sealed row
    std::string auditHeadHashHex;             // its hash; empty without a sealed row
    std::int64_t storedFiles = 0;             // attachments whose bytes are in the content store
};

// An attachment whose bytes live in the content store (not purged).
struct StoredFileRef {
    std::int64_t attachmentId = 0;
    std::string storageKey; // "sha256/ab/cd/abcd…"
    std::string sha256Hex;  // from the row
};

// The database side of `syncd backup`, `restore` and `restore-drill`. Takes the caller's
// transaction, never opens one.
class BackupRepository final {
public:
    BackupRepository() = delete;

    // pg_export_snapshot(): the id pg_dump --snapshot attaches to, valid while `tx` stays open.
    // `tx` must be REPEATABLE READ (or SERIALIZABLE) so its own reads see the same snapshot.
    static std::string exportSnapshot(pqxx::transaction_base &tx);
    static BackupFigures figures(pqxx::transaction_base &tx);
    static std::vector<StoredFileRef> storedFiles(pqxx::transaction_base &tx);
    // Tables, views, sequences, … outside the system schemas, and a few of their names: a restore
    // target must have none.
    struct UserRelations {
        std::int64_t count = 0;
        std::vector<std::string> examples; // "schema.name", at most 5
    };
    static UserRelations userRelations(pqxx::transaction_base &tx);

    // CREATE/DROP DATABASE cannot run inside a transaction block: they take a nontransaction.
    // The name is quoted; the connecting role needs CREATEDB (and owns what it creates).
    static void createDatabase(pqxx::nontransaction &tx, const std::string &name);
    static void dropDatabase(pqxx::nontransaction &tx, const std::string &name);
};

} // namespace p2pdesk::syncd::db
