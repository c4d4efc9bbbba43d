#include "SyncdProcess.h"
#include "audit/AuditAnchor.h"
#include "audit/AuditWriter.h"
#include "db/ConnectionPool.h"
#include "db/Transaction.h"
#include "workers/AuditAnchorWorker.h"
#include "workers/AuditSealer.h"

#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/TempDir.h"

#include <QtTest>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

using namespace p2pdesk;
using namespace p2pdesk::syncd;
using p2pdesk::test::PgTestDatabase;

// The audit anchor: the chain head exported by the worker, then `syncd audit-verify --anchor`
// (the real binary) against an intact chain, a cut-off tail, a re-sealed head and a forged anchor.
class TestSyncdAuditAnchor final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void anchorIsWrittenAndVerifies();
    void cutOffTailFailsOnlyWithTheAnchor();
    void resealedHeadFails();
    void forgedAnchorHashFails();
    void unreadableAnchorIsRefused();

private:
    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<db::ConnectionPool> m_pool;
    std::unique_ptr<test::TempDir> m_dir;
    std::vector<std::int64_t> m_seqs;

    std::filesystem::path anchorFile() const { return m_dir->path() / "audit.anchor"; }
    void sealAll();
    void sql(const std::string &statement) const;
    SyncdRun verify(bool withAnchor) const;
};

void TestSyncdAuditAnchor::init()
{
    m_db = std::make_unique<PgTestDatabase>();
    m_pool = std::make_unique<db::ConnectionPool>(m_db->conninfo(), 2, std::chrono::seconds(5));
    m_dir = std::make_unique<test::TempDir>();
    m_seqs.clear();
    for (int i = 0; i < 6; ++i) {
        m_seqs.push_back(db::inTransaction(*m_pool, [i](db::Transaction &tx) {
            audit::AuditEntry e;
            e.actor = "system";
            e.action = "test.anchor";
            e.entity = "order";
            e.entityId = std::to_string(i);
            return audit::AuditWriter::append(tx.work(), e);
        }));
    }
    sealAll();
}

void TestSyncdAuditAnchor::cleanup()
{
    m_pool.reset();
    m_db.reset();
    m_dir.reset();
}

void TestSyncdAuditAnchor::sealAll()
{
    workers::AuditSealer sealer(*m_pool);
    auto conn = m_db->connect();
    const auto unsealed = [&] {
        pqxx::nontransaction q(*conn);
        return q.exec1("SELECT count(*) FROM audit_log WHERE hash IS NULL")[0].as<int>();
    };
    // The sealing horizon is cluster-wide: another test's open transaction may delay it a little.
    for (int i = 0; i < 500 && unsealed() > 0; ++i) {
        if (sealer.sealOnce() == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    QCOMPARE(unsealed(), 0);
}

void TestSyncdAuditAnchor::sql(const std::string &statement) const
{
    auto conn = m_db->connect(); // the test database's owner: it may rewrite audit_log like an intruder
    pqxx::nontransaction q(*conn);
    q.exec0(statement);
}

SyncdRun TestSyncdAuditAnchor::verify(bool withAnchor) const
{
    QStringList args{QStringLiteral("audit-verify")};
    if (withAnchor)
        args << QStringLiteral("--anchor") << QString::fromStdString(anchorFile().string());
    return runSyncd(args, m_db->configOverrides());
}

void TestSyncdAuditAnchor::anchorIsWrittenAndVerifies()
{
    workers::AuditAnchorWorker worker(*m_pool, anchorFile());
    const auto exported = worker.runOnce();
    QVERIFY(exported);
    QCOMPARE(exported->seq, m_seqs.back());
    QVERIFY(std::filesystem::exists(anchorFile()));
    QCOMPARE(std::filesystem::status(anchorFile()).permissions() & std::filesystem::perms::all,
             std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                 std::filesystem::perms::group_read);
    const auto read = audit::readAnchorFile(anchorFile());
    QCOMPARE(read.seq, m_seqs.back());
    QCOMPARE(read.hashHex, exported->hashHex);
    {
        auto conn = m_db->connect();
        pqxx::nontransaction q(*conn);
        QCOMPARE(q.exec_params1("SELECT encode(hash, 'hex') FROM audit_log WHERE seq = $1", m_seqs.back())[0]
                     .as<std::string>(),
                 read.hashHex);
    }
    // No temp file left beside it.
    QCOMPARE(std::distance(std::filesystem::directory_iterator(m_dir->path()), {}), 1);

    const auto run = verify(true);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("OK 6 sealed row(s)")), qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("anchor seq %1 matches").arg(m_seqs.back())), qPrintable(run.out));
}

void TestSyncdAuditAnchor::cutOffTailFailsOnlyWithTheAnchor()
{
    QVERIFY(workers::AuditAnchorWorker(*m_pool, anchorFile()).runOnce());
    sql("DELETE FROM audit_log WHERE seq >= " + std::to_string(m_seqs[4]));

    const auto plain = verify(false);
    QCOMPARE(plain.exitCode, 0); // what is left is a valid chain: only the anchor knows it was longer
    QVERIFY2(plain.out.startsWith(QStringLiteral("OK 4 sealed row(s)")), qPrintable(plain.out + plain.err));

    const auto anchored = verify(true);
    QCOMPARE(anchored.exitCode, 1);
    QVERIFY2(anchored.out.contains(QStringLiteral("ANCHOR MISMATCH")), qPrintable(anchored.out + anchored.err));
    QVERIFY2(anchored.out.contains(QStringLiteral("missing")), qPrintable(anchored.out));
}

void TestSyncdAuditAnchor::resealedHeadFails()
{
    QVERIFY(workers::AuditAnchorWorker(*m_pool, anchorFile()).runOnce());
    // Someone with write access edits the newest row and lets the sealer chain it again.
    sql("UPDATE audit_log SET entity_id = 'rewritten', prev_hash = NULL, hash = NULL WHERE seq = " +
        std::to_string(m_seqs.back()));
    sealAll();
    QCOMPARE(verify(false).exitCode, 0);

    const auto anchored = verify(true);
    QCOMPARE(anchored.exitCode, 1);
    QVERIFY2(anchored.out.contains(QStringLiteral("ANCHOR MISMATCH")) &&
                 anchored.out.contains(QStringLiteral("rewritten")),
             qPrintable(anchored.out + anchored.err));
}

void TestSyncdAuditAnchor::forgedAnchorHashFails()
{
    const auto exported = workers::AuditAnchorWorker(*m_pool, anchorFile()).runOnce();
    QVERIFY(exported);
    auto forged = *exported;
    forged.hashHex[0] = forged.hashHex[0] == '0' ? '1' : '0';
    audit::writeAnchorFile(anchorFile(), forged);

    const auto anchored = verify(true);
    QCOMPARE(anchored.exitCode, 1);
    QVERIFY2(anchored.out.contains(QStringLiteral("ANCHOR MISMATCH")), qPrintable(anchored.out + anchored.err));
}

void TestSyncdAuditAnchor::unreadableAnchorIsRefused()
{
    {
        std::ofstream out(anchorFile());
        out << "not an anchor\n";
    }
    const auto garbled = verify(true);
    QCOMPARE(garbled.exitCode, 1);
    QVERIFY2(garbled.err.contains(QStringLiteral("not an audit anchor")), qPrintable(garbled.out + garbled.err));

    const auto missingArgument =
        runSyncd({QStringLiteral("audit-verify"), QStringLiteral("--anchor")}, m_db->configOverrides());
    QCOMPARE(missingArgument.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestSyncdAuditAnchor)
#include "tst_syncd_audit_anchor.moc"
