#include "backup/RestoreDrill.h"

#include "audit/AuditChain.h"
#include "backup/Backup.h"
#include "backup/BackupErrors.h"
#include "backup/BackupFiles.h"
#include "backup/BackupStore.h"
#include "backup/Restore.h"
#include "db/ConnectionPool.h"
#include "db/repositories/BackupRepository.h"
#include "storage/ContentStore.h"

#include <pqxx/nontransaction>
#include <pqxx/transaction>

#include <algorithm>
#include <ostream>
#include <random>
#include <sstream>

namespace p2pdesk::syncd::backup {

namespace {

struct Row {
    std::string check;
    std::string expected;
    std::string found;
    bool ok = false;
};

// Drops the throw-away database and removes the scratch directory on every path out of the drill.
class DrillCleanup final {
public:
    DrillCleanup(const config::Config &config, std::string database, std::filesystem::path scratch)
        : m_config(config)
        , m_database(std::move(database))
        , m_scratch(std::move(scratch))
    {
    }
    ~DrillCleanup() { run(); }
    DrillCleanup(const DrillCleanup &) = delete;
    DrillCleanup &operator=(const DrillCleanup &) = delete;

    void databaseCreated() { m_dropDatabase = m_createdSomething = true; }
    void scratchCreated() { m_createdSomething = true; }
    bool createdSomething() const { return m_createdSomething; }
    // Returns what could not be cleaned up (empty when all is gone).
    std::string run() noexcept
    {
        std::string problems;
        if (m_dropDatabase) {
            try {
                db::ConnectionPool pool(m_config.dbConninfo(), 1, std::chrono::seconds(5));
                const auto conn = pool.openDedicated();
                pqxx::nontransaction tx(*conn);
                db::BackupRepository::dropDatabase(tx, m_database);
                m_dropDatabase = false;
            } catch (const std::exception &e) {
                problems += "could not drop database " + m_database + ": " + e.what() + "\n";
            }
        }
        if (!m_scratch.empty()) {
            if (removeTree(m_scratch))
                m_scratch.clear();
            else
                problems += "could not remove " + m_scratch.string() + "\n";
        }
        return problems;
    }

private:
    const config::Config &m_config;
    std::string m_database;
    std::filesystem::path m_scratch;
    bool m_dropDatabase = false;
    bool m_createdSomething = false;
};

void printTable(std::ostream &out, const std::vector<Row> &rows)
{
    std::size_t w0 = 5;
    std::size_t w1 = 8;
    std::size_t w2 = 5;
    for (const auto &r : rows) {
        w0 = std::max(w0, r.check.size());
        w1 = std::max(w1, r.expected.size());
        w2 = std::max(w2, r.found.size());
    }
    auto line = [&](const std::string &a, const std::string &b, const std::string &c, const std::string &d) {
        out << "  " << a << std::string(w0 - a.size() + 2, ' ') << b << std::string(w1 - b.size() + 2, ' ') << c
            << std::string(w2 - c.size() + 2, ' ') << d << "\n";
    };
    line("CHECK", "EXPECTED", "FOUND", "RESULT");
    for (const auto &r : rows)
        line(r.check, r.expected, r.found, r.ok ? "ok" : "FAIL");
}

// Re-hashes restored proof files and compares each with its attachment row, its name and the
// manifest. Returns the row for the table and appends details of every mismatch.
Row checkProofSample(pqxx::transaction_base &tx, const std::filesystem::path &contentRoot, const Manifest &manifest,
                     std::size_t sample, std::vector<std::string> &details)
{
    auto refs = db::BackupRepository::storedFiles(tx);
    std::mt19937_64 random(std::random_device{}());
    std::shuffle(refs.begin(), refs.end(), random);
    if (sample > 0 && refs.size() > sample)
        refs.resize(sample);
    std::size_t matched = 0;
    for (const auto &ref : refs) {
        const std::string what = "attachment " + std::to_string(ref.attachmentId) + " (" + ref.storageKey + ")";
        if (!storage::ContentStore::isValidKey(ref.storageKey)) {
            details.push_back(what + ": invalid storage key");
            continue;
        }
        const auto *entry = manifest.find("proofs/" + ref.storageKey);
        const auto path = contentRoot / ref.storageKey;
        if (entry == nullptr || !std::filesystem::is_regular_file(path)) {
            details.push_back(what + ": not in the backup");
            continue;
        }
        const std::string actual = digestFile(path).sha256;
        const std::string named = storage::ContentStore::sha256HexOf(ref.storageKey);
        if (actual != ref.sha256Hex || actual != named || actual != entry->contentSha256()) {
            details.push_back(what + ": restored file " + actual.substr(0, 16) + ", attachment row " +
                              ref.sha256Hex.substr(0, 16) + ", manifest " + entry->contentSha256().substr(0, 16));
            continue;
        }
        ++matched;
    }
    const std::string scope =
        std::to_string(refs.size()) + (sample == 0 || refs.size() < sample ? " (all)" : " sampled");
    return {"proof hashes", scope + " match", std::to_string(matched) + " match", matched == refs.size()};
}

} // namespace

bool runRestoreDrill(const config::Config &config, const DrillOptions &options, std::ostream &out)
{
    if (!std::filesystem::is_directory(options.root))
        throw BackupError("backup directory " + options.root.string() + " does not exist");
    const RootLock lock(options.root, RootLock::Mode::Shared);
    const auto backup = newestBackup(options.root);
    if (!backup)
        throw BackupError("no complete backup in " + options.root.string());

    const std::string suffix = randomHex(6);
    const std::string database = "p2pdesk_drill_" + suffix;
    const auto scratch = options.root / (std::string(layout::kDrillPrefix) + suffix);
    DrillCleanup cleanup(config, database, scratch);
    std::vector<Row> rows;
    std::vector<std::string> details;
    out << "restore-drill: " << backup->string() << "\n";

    auto finish = [&]() {
        const std::string cleanupProblems = cleanup.run();
        printTable(out, rows);
        for (const auto &d : details)
            out << "  - " << d << "\n";
        if (!cleanupProblems.empty())
            out << cleanupProblems;
        else if (cleanup.createdSomething())
            out << "removed the throw-away database " << database << " and " << scratch.string() << "\n";
        const bool pass = !rows.empty() && std::all_of(rows.begin(), rows.end(), [](const Row &r) { return r.ok; });
        const auto failed = std::count_if(rows.begin(), rows.end(), [](const Row &r) { return !r.ok; });
        out << "verdict: " << (pass ? "PASS" : "FAIL") << " (" << rows.size() << " checks";
        if (!pass)
            out << ", " << failed << " failed";
        out << ")\n";
        return pass;
    };

    // 1. The files against the manifest.
    VerifyReport report;
    try {
        report = verifyBackup(*backup, options.key);
    } catch (const std::exception &e) {
        rows.push_back({"manifest", "readable and authentic", "refused", false});
        details.push_back(e.what());
        return finish();
    }
    const Manifest &m = report.manifest;
    out << "  made " << m.createdAt << " by syncd " << m.syncdVersion << " from database " << m.database
        << " (PostgreSQL " << m.serverVersion << "), schema " << m.figures.schemaVersion
        << (m.encrypted() ? ", encrypted (key id " + *m.keyId + ")" : ", not encrypted") << "\n";
    rows.push_back({"checksums", std::to_string(m.files.size()) + " files",
                    std::to_string(report.filesChecked) + " match", report.ok()});
    for (const auto &p : report.problems)
        details.push_back(p);
    rows.push_back({"backup problems", "none", m.problems.empty() ? "none" : std::to_string(m.problems.size()),
                    m.problems.empty()});
    for (const auto &p : m.problems)
        details.push_back("recorded at backup time: " + p);
    if (!report.ok())
        return finish();

    // 2. Restore into a throw-away database and directory.
    try {
        db::ConnectionPool pool(config.dbConninfo(), 1, std::chrono::seconds(5));
        const auto conn = pool.openDedicated();
        pqxx::nontransaction tx(*conn);
        db::BackupRepository::createDatabase(tx, database);
    } catch (const std::exception &e) {
        rows.push_back({"restore", "throw-away database", std::string("cannot create ") + database, false});
        details.push_back(std::string(e.what()) + " (the drill needs db.user to have CREATEDB)");
        return finish();
    }
    cleanup.databaseCreated();
    createDirectories(scratch, 0700);
    cleanup.scratchCreated();
    const auto dataDir = scratch / "data";
    const config::Config drillConfig = config.with({{"db.name", database}, {"data_dir", dataDir.string()}});
    RestoreResult restored;
    try {
        std::ostringstream restoreLog;
        restored = restoreBackup(drillConfig, {*backup, options.key}, restoreLog);
        rows.push_back({"restore", "database + " + std::to_string(m.files.size() - 1) + " file(s)",
                        "database + " + std::to_string(restored.contentFiles + restored.secretFiles) + " file(s)",
                        true});
    } catch (const std::exception &e) {
        rows.push_back({"restore", "database + " + std::to_string(m.files.size() - 1) + " file(s)", "failed", false});
        details.push_back(e.what());
        return finish();
    }

    // 3. The restored database against the manifest.
    for (const auto &c : restored.checks)
        rows.push_back({c.name, c.expected, c.found, c.ok});

    // 4 and 5. The audit chain and the proof files, in one snapshot of the restored database.
    try {
        db::ConnectionPool pool(drillConfig.dbConninfo(), 1, std::chrono::seconds(5));
        const auto conn = pool.openDedicated();
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(*conn);
        const auto chain = audit::verifyChain(tx);
        std::string found = chain.ok ? "OK, " + std::to_string(chain.sealedRows) + " sealed"
                                     : "BROKEN at seq " + std::to_string(chain.brokenSeq.value_or(0));
        if (chain.ok && chain.pendingRows > 0)
            found += ", " + std::to_string(chain.pendingRows) + " not sealed yet";
        const bool chainOk =
            chain.ok && chain.sealedRows == m.figures.auditSealed && chain.lastSealedSeq == m.figures.auditHeadSeq;
        rows.push_back(
            {"audit-verify", "intact, " + std::to_string(m.figures.auditSealed) + " sealed", found, chainOk});
        if (!chain.ok)
            details.push_back("audit chain: " + chain.problem);
        rows.push_back(checkProofSample(tx, dataDir / "content", m, options.sample, details));
    } catch (const std::exception &e) {
        rows.push_back({"audit-verify", "runs", "failed", false});
        details.push_back(e.what());
    }
    return finish();
}

} // namespace p2pdesk::syncd::backup
