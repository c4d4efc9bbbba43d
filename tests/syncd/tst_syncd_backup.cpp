// `syncd backup`, `restore` and `restore-drill`, run as the real binary against the test cluster: a
// demo desk (orders through the real services, their history and audit rows, proof files in the
// content store) is backed up, restored into empty targets, refused over non-empty ones, drilled,
// tampered with, thinned out by retention and encrypted.
#include "DemoSeed.h"
#include "SyncdProcess.h"
#include "app/Services.h"
#include "audit/AuditWriter.h"
#include "db/ConnectionPool.h"
#include "db/Migrator.h"
#include "db/Transaction.h"
#include "service/ProofService.h"
#include "workers/AuditSealer.h"
#include <sys/stat.h>
#include <unistd.h>

#include "p2pdesk/test/CraftedImages.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TempDir.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QtTest>
#include <nlohmann/json.hpp>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <atomic>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace p2pdesk;
using p2pdesk::test::PgTestDatabase;
using p2pdesk::test::SyncdTestServer;
using p2pdesk::test::SyncdTestServerOptions;
using p2pdesk::test::TempDir;
namespace fs = std::filesystem;

namespace {

using Config = std::map<std::string, std::string>;

QString q(const fs::path &path)
{
    return QString::fromStdString(path.string());
}

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeFile(const fs::path &path, const std::string &bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

std::string sha256Hex(const std::string &bytes)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256).toHex().toStdString();
}

nlohmann::json manifestOf(const fs::path &backup)
{
    return nlohmann::json::parse(readFile(backup / "manifest.json"));
}

void writeManifest(const fs::path &backup, const nlohmann::json &manifest)
{
    writeFile(backup / "manifest.json", manifest.dump(2));
}

long long scalar(const PgTestDatabase &db, const std::string &sql)
{
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    return tx.exec1(sql)[0].as<long long>();
}

// What a restore must reproduce, read straight from the tables (not through the code under test).
std::map<std::string, long long> tableCounts(const PgTestDatabase &db)
{
    std::map<std::string, long long> counts;
    for (const std::string table :
         {"orders", "order_history", "audit_log", "attachments", "operators", "customers", "change_events"})
        counts[table] = scalar(db, "SELECT count(*) FROM " + table);
    counts["audit_log sealed"] = scalar(db, "SELECT count(*) FROM audit_log WHERE hash IS NOT NULL");
    counts["schema version"] = scalar(db, "SELECT max(version) FROM schema_migrations");
    return counts;
}

long long userRelations(const PgTestDatabase &db)
{
    return scalar(db, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
                      "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'");
}

long long drillDatabases(const PgTestDatabase &db)
{
    return scalar(db, "SELECT count(*) FROM pg_database WHERE datname LIKE 'p2pdesk\\_drill\\_%'");
}

// Stored file attachments: storage key -> sha256 (hex) of the row.
std::map<std::string, std::string> storedFiles(const PgTestDatabase &db)
{
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    std::map<std::string, std::string> out;
    for (const auto &r : tx.exec("SELECT storage_key, encode(sha256, 'hex') FROM attachments WHERE storage_key IS "
                                 "NOT NULL AND purged_at IS NULL"))
        out[r[0].as<std::string>()] = r[1].as<std::string>();
    return out;
}

std::vector<std::string> entries(const fs::path &dir)
{
    std::vector<std::string> names;
    for (const auto &e : fs::directory_iterator(dir))
        names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<std::string> completeBackups(const fs::path &root)
{
    static const QRegularExpression name(QStringLiteral("^\\d{8}T\\d{6}Z(-\\d+)?$"));
    std::vector<std::string> out;
    for (const auto &n : entries(root)) {
        if (name.match(QString::fromStdString(n)).hasMatch() && fs::exists(root / n / "manifest.json"))
            out.push_back(n);
    }
    return out;
}

// Every file under `dir`, relative, with its bytes' SHA-256.
std::map<std::string, std::string> filesUnder(const fs::path &dir)
{
    std::map<std::string, std::string> out;
    if (!fs::exists(dir))
        return out;
    for (const auto &e : fs::recursive_directory_iterator(dir)) {
        if (e.is_regular_file())
            out[e.path().lexically_relative(dir).generic_string()] = sha256Hex(readFile(e.path()));
    }
    return out;
}

void flipByte(const fs::path &file, std::size_t offset)
{
    std::string bytes = readFile(file);
    QVERIFY(offset < bytes.size());
    bytes[offset] = static_cast<char>(bytes[offset] ^ 0x5A);
    writeFile(file, bytes);
}

std::string randomKeyHex()
{
    std::random_device rd;
    std::string out;
    static constexpr char digits[] = "0123456789abcdef";
    for (int i = 0; i < 64; ++i)
        out += digits[rd() % 16];
    return out;
}

fs::path writeKeyFile(const fs::path &dir, const std::string &name)
{
    const auto path = dir / name;
    writeFile(path, randomKeyHex() + "\n");
    ::chmod(path.c_str(), 0600);
    return path;
}

// Proof files on orders that take them, through the real proof service as the order's holder: six
// attachments of five distinct images (the second order also carries the first order's image, which
// the content store keeps once).
int addProofFiles(syncd::app::Services &services)
{
    std::vector<std::pair<std::int64_t, std::int64_t>> orders; // order id, holder id
    {
        auto conn = services.pool().acquire();
        pqxx::nontransaction tx(*conn);
        for (const auto &r : tx.exec("SELECT id, holder_operator_id FROM orders WHERE status IN ('USER_MARKED_SENT', "
                                     "'OPERATOR_VERIFY_PROOF', 'DISPUTE') AND holder_operator_id IS NOT NULL "
                                     "ORDER BY id LIMIT 4"))
            orders.emplace_back(r[0].as<std::int64_t>(), r[1].as<std::int64_t>());
    }
    if (orders.size() < 4)
        return 0;
    const std::vector<std::pair<std::size_t, int>> uploads = {{0, 20}, {1, 21}, {1, 20}, {2, 22}, {3, 23}, {3, 24}};
    for (const auto &[index, side] : uploads) {
        const auto [orderId, holder] = orders[index];
        syncd::service::ProofUploader uploader;
        uploader.actor.kind = proto::ActorKind::Operator;
        uploader.actor.id = holder;
        uploader.actor.name = "holder";
        uploader.actorText = "operator:" + std::to_string(holder);
        uploader.domainActor = domain::Actor::operatorAccount(holder, {domain::Role::Operator});
        syncd::audit::AuditEntry audit;
        audit.actor = uploader.actorText;
        audit.action = "proof.add";
        audit.entity = "proof";
        audit.entityId = std::to_string(orderId);
        const std::string png = test::images::realPng(side, 12).toStdString();
        syncd::db::inTransaction(services.pool(), [&](syncd::db::Transaction &tx) {
            services.proofs().addFile(tx, orderId, png, uploader, audit);
        });
    }
    return static_cast<int>(uploads.size());
}

} // namespace

class TestSyncdBackup final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempDir> m_work;
    std::unique_ptr<TempDir> m_data;
    std::unique_ptr<PgTestDatabase> m_source;
    Config m_config;
    fs::path m_root;
    fs::path m_backup;
    SyncdRun m_backupRun;
    std::map<std::string, long long> m_counts;

    Config configFor(const PgTestDatabase &db, const fs::path &dataDir) const
    {
        Config config = db.configOverrides();
        config["data_dir"] = dataDir.string();
        return config;
    }

    // A copy of the first backup in a directory of its own, to tamper with.
    fs::path copyOfBackup(const TempDir &dir) const
    {
        const auto target = dir.path() / "root" / m_backup.filename();
        fs::create_directories(target.parent_path());
        fs::copy(m_backup, target, fs::copy_options::recursive);
        return target;
    }

private slots:
    void initTestCase()
    {
        m_work = std::make_unique<TempDir>();
        m_data = std::make_unique<TempDir>();
        m_source = std::make_unique<PgTestDatabase>();
        {
            SyncdTestServerOptions options;
            options.dataDir = m_data->path();
            SyncdTestServer server(*m_source, options);
            syncd::demo::DemoSeed seed(server.app().services());
            QVERIFY(seed.init().created);
            QCOMPARE(addProofFiles(server.app().services()), 6);
            // The server's sealer chains the audit rows; the backup then holds a sealed chain.
            QTRY_COMPARE_WITH_TIMEOUT(scalar(*m_source, "SELECT count(*) FROM audit_log WHERE hash IS NULL"), 0LL,
                                      30000);
        }
        m_counts = tableCounts(*m_source);
        QVERIFY(m_counts["orders"] >= 25);
        QVERIFY(m_counts["audit_log"] > 50);
        QCOMPARE(storedFiles(*m_source).size(), std::size_t(5)); // 6 attachments, 5 distinct files

        m_config = configFor(*m_source, m_data->path());
        m_root = m_work->path() / "backups";
        m_backupRun = runSyncd({u"backup"_qs, u"--to"_qs, q(m_root)}, m_config);
        QVERIFY2(m_backupRun.exitCode == 0, qPrintable(m_backupRun.out + m_backupRun.err));
        const auto backups = completeBackups(m_root);
        QCOMPARE(backups.size(), std::size_t(1));
        m_backup = m_root / backups.front();
    }

    void backupHoldsTheDumpTheProofsAndTheirSums()
    {
        QVERIFY2(m_backupRun.out.startsWith(QStringLiteral("backup ") + q(m_backup) + u": "_qs),
                 qPrintable(m_backupRun.out));
        // Only the complete backup and the lock: the partial directory was renamed.
        QCOMPARE(entries(m_root), (std::vector<std::string>{".lock", m_backup.filename().string()}));
        QVERIFY(readFile(m_backup / "db.dump").starts_with("PGDMP")); // pg_dump's custom format

        const auto manifest = manifestOf(m_backup);
        QCOMPARE(manifest["format"].get<std::string>(), std::string("p2pdesk-backup"));
        QCOMPARE(manifest["format_version"].get<int>(), 1);
        QCOMPARE(manifest["schema_version"].get<long long>(), m_counts["schema version"]);
        QVERIFY(manifest["encryption"].is_null());
        QVERIFY(manifest["problems"].empty());
        QVERIFY(!manifest["secrets_included"].get<bool>());
        // The client matches the server's major version (the cluster's own bin directory).
        QCOMPARE(manifest["pg_dump_major"].get<long long>(),
                 scalar(*m_source, "SELECT current_setting('server_version_num')::int / 10000"));
        const auto &snapshot = manifest["snapshot"];
        QCOMPARE(snapshot["orders"].get<long long>(), m_counts["orders"]);
        QCOMPARE(snapshot["order_history"].get<long long>(), m_counts["order_history"]);
        QCOMPARE(snapshot["audit_log"].get<long long>(), m_counts["audit_log"]);
        QCOMPARE(snapshot["audit_sealed"].get<long long>(), m_counts["audit_log sealed"]);
        QCOMPARE(snapshot["stored_files"].get<long long>(), 6LL);
        QCOMPARE(snapshot["audit_head"]["seq"].get<long long>(), scalar(*m_source, "SELECT max(seq) FROM audit_log"));

        // Every file listed with its sum, every file on disk listed.
        std::set<std::string> listed;
        for (const auto &f : manifest["files"]) {
            const auto path = f["path"].get<std::string>();
            listed.insert(path);
            const std::string bytes = readFile(m_backup / path);
            QCOMPARE(bytes.size(), f["size"].get<std::size_t>());
            QCOMPARE(sha256Hex(bytes), f["sha256"].get<std::string>());
        }
        std::set<std::string> onDisk;
        for (const auto &[path, sum] : filesUnder(m_backup)) {
            if (path != "manifest.json")
                onDisk.insert(path);
        }
        QCOMPARE(onDisk, listed);
        // The proofs are the content store's files, each under the name of its hash; secrets (the
        // generated TLS key) stay out of an unencrypted backup.
        std::map<std::string, std::string> proofs;
        for (const auto &[path, sum] : filesUnder(m_backup / "proofs"))
            proofs[path] = sum;
        QCOMPARE(proofs, filesUnder(m_data->path() / "content"));
        for (const auto &[key, sum] : storedFiles(*m_source))
            QCOMPARE(proofs[key], sum);
        QVERIFY(!fs::exists(m_backup / "tls"));
        QVERIFY(!fs::exists(m_backup / "keys"));
        QVERIFY2(m_backupRun.err.contains(QStringLiteral("not in this backup")), qPrintable(m_backupRun.err));
    }

    void restoreIntoEmptyTargetsReproducesTheDesk()
    {
        PgTestDatabase target(PgTestDatabase::Schema::Empty);
        TempDir dir;
        const auto dataDir = dir.path() / "data"; // absent: restore creates it
        const auto run = runSyncd({u"restore"_qs, u"--from"_qs, q(m_backup)}, configFor(target, dataDir));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("counts match the backup")), qPrintable(run.out));

        QCOMPARE(tableCounts(target), m_counts);
        QCOMPARE(storedFiles(target), storedFiles(*m_source));
        QCOMPARE(filesUnder(dataDir / "content"), filesUnder(m_data->path() / "content"));
        for (const auto &[key, sum] : storedFiles(target))
            QCOMPARE(sha256Hex(readFile(dataDir / "content" / key)), sum);
        QCOMPARE(entries(dataDir), std::vector<std::string>{"content"}); // no staging directory left
        // A feed of its own: workstations that followed the source start over (proto/Changes.h).
        const auto epoch = scalar(target, "SELECT epoch FROM change_feed_epoch");
        QVERIFY(epoch > 0);
        QVERIFY(epoch != scalar(*m_source, "SELECT epoch FROM change_feed_epoch"));
        QVERIFY2(run.err.contains(QStringLiteral("new epoch")), qPrintable(run.err)); // the restore's log

        const auto verify = runSyncd({u"audit-verify"_qs}, configFor(target, dataDir));
        QCOMPARE(verify.exitCode, 0);
        QVERIFY2(verify.out.startsWith(QStringLiteral("OK ")), qPrintable(verify.out));
        const auto migrate = runSyncd({u"migrate"_qs}, configFor(target, dataDir));
        QCOMPARE(migrate.exitCode, 0);
        QVERIFY2(migrate.out.startsWith(QStringLiteral("schema is current")), qPrintable(migrate.out));
    }

    void restoreRefusesADatabaseThatIsNotEmpty()
    {
        PgTestDatabase target; // migrated: tables, no rows
        TempDir dir;
        const auto dataDir = dir.path() / "data";
        const auto relations = userRelations(target);
        const auto run = runSyncd({u"restore"_qs, u"--from"_qs, q(m_root)}, configFor(target, dataDir));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is not empty")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("nothing was changed")), qPrintable(run.err));
        QCOMPARE(userRelations(target), relations);
        QCOMPARE(scalar(target, "SELECT count(*) FROM orders"), 0LL);
        QVERIFY(!fs::exists(dataDir));
    }

    void restoreRefusesADataDirectoryThatIsNotEmpty()
    {
        PgTestDatabase target(PgTestDatabase::Schema::Empty);
        TempDir dataDir;
        fs::create_directories(dataDir.path() / "content");
        writeFile(dataDir.path() / "content" / "stray", "x");
        const auto run = runSyncd({u"restore"_qs, u"--from"_qs, q(m_backup)}, configFor(target, dataDir.path()));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("data_dir")) && run.err.contains(QStringLiteral("is not empty")),
                 qPrintable(run.err));
        QCOMPARE(userRelations(target), 0LL);
        QCOMPARE(filesUnder(dataDir.path()), (std::map<std::string, std::string>{{"content/stray", sha256Hex("x")}}));
    }

    void drillPassesAndLeavesNothingBehind()
    {
        const auto run = runSyncd({u"restore-drill"_qs, u"--from"_qs, q(m_root), u"--sample"_qs, u"0"_qs}, m_config);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("verdict: PASS")), qPrintable(run.out));
        for (const char *check : {"checksums", "restore", "orders", "order_history", "audit_log", "audit head",
                                  "audit-verify", "proof hashes"}) {
            const QRegularExpression line(QStringLiteral("\\n  %1 .* ok\\n").arg(QString::fromLatin1(check)));
            QVERIFY2(line.match(run.out).hasMatch(), qPrintable(QString::fromLatin1(check) + u"\n"_qs + run.out));
        }
        QVERIFY2(run.out.contains(QStringLiteral("6 (all) match")), qPrintable(run.out));
        QCOMPARE(drillDatabases(*m_source), 0LL);
        QCOMPARE(entries(m_root), (std::vector<std::string>{".lock", m_backup.filename().string()}));
    }

    void drillFailsOnATamperedBackup_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("failedCheck");
        QTest::newRow("a byte of the dump") << u"dump byte"_qs << u"checksums"_qs;
        QTest::newRow("a byte of a proof") << u"proof byte"_qs << u"checksums"_qs;
        QTest::newRow("a proof deleted") << u"proof deleted"_qs << u"checksums"_qs;
        QTest::newRow("a proof replaced, its sum rewritten") << u"proof replaced"_qs << u"checksums"_qs;
        QTest::newRow("the orders count edited") << u"orders count"_qs << u"orders"_qs;
        QTest::newRow("the audit head edited") << u"audit head"_qs << u"audit head"_qs;
    }

    void drillFailsOnATamperedBackup()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, failedCheck);
        TempDir dir;
        const auto backup = copyOfBackup(dir);
        auto manifest = manifestOf(backup);
        std::string proof;
        for (const auto &f : manifest["files"]) {
            if (f["path"].get<std::string>().starts_with("proofs/"))
                proof = f["path"].get<std::string>();
        }
        QVERIFY(!proof.empty());
        if (tamper == u"dump byte") {
            flipByte(backup / "db.dump", fs::file_size(backup / "db.dump") / 2);
        } else if (tamper == u"proof byte") {
            flipByte(backup / proof, 30);
        } else if (tamper == u"proof deleted") {
            fs::remove(backup / proof);
        } else if (tamper == u"proof replaced") {
            const std::string other = test::images::realPng(40, 40).toStdString();
            writeFile(backup / proof, other);
            for (auto &f : manifest["files"]) {
                if (f["path"] == proof) {
                    f["sha256"] = sha256Hex(other);
                    f["size"] = other.size();
                }
            }
            writeManifest(backup, manifest);
        } else if (tamper == u"orders count") {
            manifest["snapshot"]["orders"] = manifest["snapshot"]["orders"].get<long long>() + 1;
            writeManifest(backup, manifest);
        } else {
            manifest["snapshot"]["audit_head"]["hash"] = std::string(64, 'a');
            writeManifest(backup, manifest);
        }
        const auto run = runSyncd({u"restore-drill"_qs, u"--from"_qs, q(backup.parent_path())}, m_config);
        QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("verdict: FAIL")), qPrintable(run.out));
        const QRegularExpression line(QStringLiteral("\\n  %1 .* FAIL\\n").arg(failedCheck));
        QVERIFY2(line.match(run.out).hasMatch(), qPrintable(run.out));
        QCOMPARE(drillDatabases(*m_source), 0LL);
        QCOMPARE(entries(backup.parent_path()), (std::vector<std::string>{".lock", backup.filename().string()}));
    }

    // The drill runs the audit chain verification on what it restored: a chain broken in the
    // database is caught although every sum and count of the backup agrees with itself.
    void drillRunsTheAuditVerification()
    {
        PgTestDatabase db;
        {
            syncd::db::ConnectionPool pool(db.conninfo(), 2, std::chrono::seconds(5));
            for (int i = 0; i < 5; ++i) {
                syncd::db::inTransaction(pool, [&](syncd::db::Transaction &tx) {
                    syncd::audit::AuditEntry e;
                    e.actor = "system";
                    e.action = "test.row";
                    e.entity = "test";
                    e.entityId = std::to_string(i);
                    return syncd::audit::AuditWriter::append(tx.work(), e);
                });
            }
            syncd::workers::AuditSealer sealer(pool);
            const auto sealed = [&] {
                sealer.sealOnce();
                return scalar(db, "SELECT count(*) FROM audit_log WHERE hash IS NULL") == 0;
            };
            QTRY_VERIFY_WITH_TIMEOUT(sealed(), 20000);
        }
        {
            auto conn = db.connect();
            pqxx::nontransaction tx(*conn);
            tx.exec0("UPDATE audit_log SET reason = 'edited' WHERE seq = (SELECT min(seq) + 2 FROM audit_log)");
        }
        TempDir dir;
        const Config config = configFor(db, dir.path() / "data");
        const auto root = dir.path() / "backups";
        QCOMPARE(runSyncd({u"backup"_qs, u"--to"_qs, q(root)}, config).exitCode, 0);
        const auto run = runSyncd({u"restore-drill"_qs, u"--from"_qs, q(root)}, config);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QRegularExpression(QStringLiteral("\\n  audit-verify .* BROKEN at seq \\d+ +FAIL\\n"))
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("row modified")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("verdict: FAIL")));
    }

    // Rows committed while the backup runs: the manifest's counts are read in the snapshot pg_dump
    // dumps, so the restored database matches them exactly (the drill compares), although the
    // table kept growing before, during and after the dump.
    void backupOfABusyDatabaseIsOneSnapshot()
    {
        PgTestDatabase db;
        syncd::db::ConnectionPool pool(db.conninfo(), 2, std::chrono::seconds(5));
        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        auto append = [&] {
            syncd::db::inTransaction(pool, [&](syncd::db::Transaction &tx) {
                syncd::audit::AuditEntry e;
                e.actor = "system";
                e.action = "test.busy";
                e.entity = "test";
                return syncd::audit::AuditWriter::append(tx.work(), e);
            });
            ++written;
        };
        for (int i = 0; i < 20; ++i)
            append();
        std::thread writer([&] {
            while (!stop)
                append();
        });
        TempDir dir;
        const Config config = configFor(db, dir.path() / "data");
        const auto root = dir.path() / "backups";
        const auto made = runSyncd({u"backup"_qs, u"--to"_qs, q(root)}, config);
        const int afterDump = written;
        QTRY_VERIFY(written > afterDump + 20); // rows after the dump as well

        stop = true;
        writer.join();
        QVERIFY2(made.exitCode == 0, qPrintable(made.out + made.err));
        const auto dumped = manifestOf(root / completeBackups(root).front())["snapshot"]["audit_log"].get<long long>();
        QVERIFY(dumped >= 20);
        QVERIFY(dumped < scalar(db, "SELECT count(*) FROM audit_log"));
        const auto drill = runSyncd({u"restore-drill"_qs, u"--from"_qs, q(root)}, config);
        QVERIFY2(drill.exitCode == 0, qPrintable(drill.out + drill.err));
        QVERIFY2(
            QRegularExpression(QStringLiteral("\\n  audit_log +%1 +%1 +ok\\n").arg(dumped)).match(drill.out).hasMatch(),
            qPrintable(drill.out));
    }

    // The drill's throw-away database needs CREATEDB; without it the drill says so and fails.
    void drillNamesTheMissingCreatedbPrivilege()
    {
        const std::string role = "backup_nocreatedb_" + std::to_string(::getpid());
        auto admin = m_source->connect();
        pqxx::nontransaction tx(*admin);
        tx.exec0("CREATE ROLE " + tx.quote_name(role) + " LOGIN NOCREATEDB");
        Config config = m_config;
        config["db.user"] = role;
        const auto run = runSyncd({u"restore-drill"_qs, u"--from"_qs, q(m_root)}, config);
        tx.exec0("DROP ROLE " + tx.quote_name(role));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QRegularExpression(QStringLiteral("\\n  restore .* FAIL\\n")).match(run.out).hasMatch(),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("CREATEDB")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("verdict: FAIL")));
    }

    // A proof file lost from the store: the backup still saves the rest but exits 1, says what is
    // missing, deletes no older backup, and the drill fails on it.
    void backupReportsAMissingProof()
    {
        TempDir dir;
        const auto dataDir = dir.path() / "data";
        fs::copy(m_data->path(), dataDir, fs::copy_options::recursive);
        const auto lost = storedFiles(*m_source).begin()->first;
        fs::remove(dataDir / "content" / lost);
        const auto root = copyOfBackup(dir).parent_path(); // one good backup already there
        const auto run =
            runSyncd({u"backup"_qs, u"--to"_qs, q(root), u"--keep"_qs, u"1"_qs}, configFor(*m_source, dataDir));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("content/%1 is missing").arg(QString::fromStdString(lost))),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("retention skipped")), qPrintable(run.err));
        const auto backups = completeBackups(root);
        QCOMPARE(backups.size(), std::size_t(2));
        // One problem per attachment row referencing the lost file.
        QCOMPARE(static_cast<long long>(manifestOf(root / backups.back())["problems"].size()),
                 scalar(*m_source, "SELECT count(*) FROM attachments WHERE storage_key = '" + lost + "'"));
        const auto drill = runSyncd({u"restore-drill"_qs, u"--from"_qs, q(root)}, m_config);
        QCOMPARE(drill.exitCode, 1);
        QVERIFY2(QRegularExpression(QStringLiteral("\\n  backup problems .* FAIL\\n")).match(drill.out).hasMatch(),
                 qPrintable(drill.out));
    }

    void drillWithoutABackupFails()
    {
        TempDir dir;
        const auto run = runSyncd({u"restore-drill"_qs, u"--from"_qs, q(dir.path())}, m_config);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no complete backup")), qPrintable(run.err));
    }

    void retentionKeepsTheNewestCompleteBackups()
    {
        TempDir dir;
        const auto root = dir.path() / "backups";
        fs::create_directories(root / ".partial-20000101T000000Z-dead"); // a crashed run's leftover
        fs::create_directories(root / "20000101T000000Z");               // no manifest: not a backup
        fs::create_directories(root / "notes");
        std::vector<std::string> made;
        for (int i = 0; i < 3; ++i) {
            const auto run = runSyncd({u"backup"_qs, u"--to"_qs, q(root), u"--keep"_qs, u"2"_qs}, m_config);
            QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
            made.push_back(run.out.section(u' ', 1, 1).chopped(1).section(u'/', -1).toStdString());
            QVERIFY(completeBackups(root).size() <= 2);
            if (i == 2)
                QVERIFY2(run.out.contains(QStringLiteral("removed ")), qPrintable(run.out));
        }
        QCOMPARE(completeBackups(root), (std::vector<std::string>{made[1], made[2]}));
        auto expected = std::vector<std::string>{".lock", "20000101T000000Z", made[1], made[2], "notes"};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(entries(root), expected);
    }

    void encryptedBackupNeedsItsKey()
    {
        TempDir dir;
        const auto key = writeKeyFile(dir.path(), "backup.key");
        const auto wrongKey = writeKeyFile(dir.path(), "other.key");
        const auto root = dir.path() / "backups";
        const auto made = runSyncd({u"backup"_qs, u"--to"_qs, q(root), u"--key-file"_qs, q(key)}, m_config);
        QVERIFY2(made.exitCode == 0, qPrintable(made.out + made.err));
        QVERIFY(made.out.contains(QStringLiteral("encrypted (key id ")));
        const auto backup = root / completeBackups(root).front();

        // Nothing readable in the backup; the TLS key and certificate are in it (encrypted).
        const auto manifest = manifestOf(backup);
        QVERIFY(manifest["encryption"].is_object());
        QVERIFY(manifest["secrets_included"].get<bool>());
        QCOMPARE(manifest["mac"].get<std::string>().size(), std::size_t(64));
        QVERIFY(readFile(backup / "db.dump").starts_with("P2PDGCM1"));
        const auto plainProofs = filesUnder(m_data->path() / "content");
        for (const auto &[path, sum] : filesUnder(backup / "proofs"))
            QVERIFY(sum != plainProofs.at(path));
        const std::string tlsKey = readFile(m_data->path() / "tls" / "syncd.key");
        QVERIFY(!tlsKey.empty());
        QVERIFY(fs::exists(backup / "tls" / "syncd.key"));
        QVERIFY(readFile(backup / "tls" / "syncd.key").find("PRIVATE KEY") == std::string::npos);

        const auto drill = runSyncd({u"restore-drill"_qs, u"--from"_qs, q(root), u"--key-file"_qs, q(key)}, m_config);
        QVERIFY2(drill.exitCode == 0, qPrintable(drill.out + drill.err));
        QVERIFY(drill.out.contains(QStringLiteral("verdict: PASS")));

        const auto noKey = runSyncd({u"restore-drill"_qs, u"--from"_qs, q(root)}, m_config);
        QCOMPARE(noKey.exitCode, 1);
        QVERIFY2(noKey.out.contains(QStringLiteral("the backup is encrypted")), qPrintable(noKey.out));
        const auto wrong =
            runSyncd({u"restore-drill"_qs, u"--from"_qs, q(root), u"--key-file"_qs, q(wrongKey)}, m_config);
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.out.contains(QStringLiteral("wrong key")), qPrintable(wrong.out));

        // Restore with the key: the database, the proofs and the TLS key (0600) come back.
        PgTestDatabase target(PgTestDatabase::Schema::Empty);
        const auto dataDir = dir.path() / "restored";
        const auto restored =
            runSyncd({u"restore"_qs, u"--from"_qs, q(root), u"--key-file"_qs, q(key)}, configFor(target, dataDir));
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        QCOMPARE(tableCounts(target), m_counts);
        QCOMPARE(filesUnder(dataDir / "content"), plainProofs);
        QCOMPARE(readFile(dataDir / "tls" / "syncd.key"), tlsKey);
        QCOMPARE(static_cast<int>(fs::status(dataDir / "tls" / "syncd.key").permissions() & fs::perms::all), 0600);

        // The manifest is authenticated: an edited count is refused before anything is restored.
        auto edited = manifest;
        edited["snapshot"]["orders"] = 1;
        writeManifest(backup, edited);
        const auto forged = runSyncd({u"restore-drill"_qs, u"--from"_qs, q(root), u"--key-file"_qs, q(key)}, m_config);
        QCOMPARE(forged.exitCode, 1);
        QVERIFY2(forged.out.contains(QStringLiteral("manifest.json was modified")), qPrintable(forged.out));
        QCOMPARE(drillDatabases(*m_source), 0LL);
    }

    void cleanupTestCase()
    {
        m_source.reset();
        m_data.reset();
        m_work.reset();
    }
};

QTEST_GUILESS_MAIN(TestSyncdBackup)
#include "tst_syncd_backup.moc"
