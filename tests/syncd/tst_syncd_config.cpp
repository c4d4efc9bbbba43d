#include "SyncdProcess.h"
#include "config/Config.h"
#include "service/ProofImageLimits.h"

#include "p2pdesk/test/TempDir.h"

#include <QtTest>

#include <fstream>

using namespace p2pdesk::syncd;

class TestSyncdConfig final : public QObject {
    Q_OBJECT

private slots:
    void defaultsApply();
    void fileThenEnvironmentThenOverrides();
    void rejectsUnknownKeysAndBadIntegers_data();
    void rejectsUnknownKeysAndBadIntegers();
    void secretsComeFromFilesOrEnvironment();
    void conninfoQuotesValues();
    void helpDocumentsEveryKey();
    void cliUsageErrors();
    void proofImageLimits_data();
    void proofImageLimits();
};

namespace {

std::filesystem::path writeFile(const p2pdesk::test::TempDir &dir, const std::string &name, const std::string &text)
{
    const auto path = dir.path() / name;
    std::ofstream(path) << text;
    return path;
}

} // namespace

void TestSyncdConfig::defaultsApply()
{
    const auto cfg = config::Config::load(std::nullopt, {});
    QCOMPARE(cfg.integer("listen.port"), 8443);
    QVERIFY(cfg.integer("http.threads") >= 64 + 16); // long-polls plus headroom
    QVERIFY(!cfg.isSet("tls.cert_file"));
    QCOMPARE(cfg.secret("db.password_file"), std::string());
}

void TestSyncdConfig::fileThenEnvironmentThenOverrides()
{
    p2pdesk::test::TempDir dir;
    const auto file =
        writeFile(dir, "syncd.conf", "# comment\n\nlisten.port = 9443\ndb.name = fromfile\ndb.pool_size=7\n");
    const auto cfg = config::Config::load(file, {{"P2PDESK_DB_NAME", "fromenv"}, {"P2PDESK_UNRELATED", "x"}},
                                          {{"db.pool_size", "3"}});
    QCOMPARE(cfg.integer("listen.port"), 9443);
    QCOMPARE(cfg.string("db.name"), std::string("fromenv"));
    QCOMPARE(cfg.integer("db.pool_size"), 3);
}

void TestSyncdConfig::rejectsUnknownKeysAndBadIntegers_data()
{
    QTest::addColumn<QString>("fileText");
    QTest::addColumn<QString>("envName");
    QTest::addColumn<QString>("envValue");
    QTest::newRow("unknown key") << "listen.prot = 1\n"
                                 << ""
                                 << "";
    QTest::newRow("secret inline") << "db.password = hunter2\n"
                                   << ""
                                   << "";
    QTest::newRow("no equals") << "listen.port 1\n"
                               << ""
                               << "";
    QTest::newRow("bad integer in file") << "db.pool_size = many\n"
                                         << ""
                                         << "";
    QTest::newRow("bad integer in env") << ""
                                        << "P2PDESK_LISTEN_PORT"
                                        << "80x";
}

void TestSyncdConfig::rejectsUnknownKeysAndBadIntegers()
{
    QFETCH(QString, fileText);
    QFETCH(QString, envName);
    QFETCH(QString, envValue);
    p2pdesk::test::TempDir dir;
    const auto file = writeFile(dir, "syncd.conf", fileText.toStdString());
    config::Config::Environment env;
    if (!envName.isEmpty())
        env[envName.toStdString()] = envValue.toStdString();
    QVERIFY_THROWS_EXCEPTION(config::ConfigError, config::Config::load(file, env));
}

void TestSyncdConfig::secretsComeFromFilesOrEnvironment()
{
    p2pdesk::test::TempDir dir;
    const auto secretFile = writeFile(dir, "dbpass", "s3cret-from-file\n");
    const auto fromFile = config::Config::load(std::nullopt, {{"P2PDESK_DB_PASSWORD_FILE", secretFile.string()}});
    QCOMPARE(fromFile.secret("db.password_file"), std::string("s3cret-from-file"));
    QVERIFY(fromFile.dbConninfo().find("password='s3cret-from-file'") != std::string::npos);

    const auto fromEnv = config::Config::load(std::nullopt, {{"P2PDESK_DB_PASSWORD", "s3cret-from-env"}});
    QCOMPARE(fromEnv.secret("db.password_file"), std::string("s3cret-from-env"));

    const auto missing = config::Config::load(std::nullopt, {{"P2PDESK_DB_PASSWORD_FILE", "/nonexistent/file"}});
    QVERIFY_THROWS_EXCEPTION(config::ConfigError, missing.secret("db.password_file"));
}

void TestSyncdConfig::conninfoQuotesValues()
{
    const auto cfg = config::Config::load(std::nullopt, {}, {{"db.host", "/tmp/with space"}, {"db.name", "o'neil"}});
    const auto info = cfg.dbConninfo();
    QVERIFY(info.find("host='/tmp/with space'") != std::string::npos);
    QVERIFY(info.find("dbname='o\\'neil'") != std::string::npos);
    QVERIFY(info.find("password") == std::string::npos);
}

void TestSyncdConfig::helpDocumentsEveryKey()
{
    const auto help = runSyncd({QStringLiteral("--help")}, {});
    QCOMPARE(help.exitCode, 0);
    for (const auto &key : config::knownKeys()) {
        QVERIFY2(help.out.contains(QString::fromStdString(key.name)), key.name.c_str());
        QVERIFY2(help.out.contains(QString::fromStdString(config::envNameFor(key.name))), key.name.c_str());
        QVERIFY(!key.description.empty());
    }
    for (const char *command : {"serve", "migrate", "audit-verify"})
        QVERIFY(help.out.contains(QLatin1String(command)));
    const auto version = runSyncd({QStringLiteral("--version")}, {});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("syncd ")));
}

void TestSyncdConfig::cliUsageErrors()
{
    QCOMPARE(runSyncd({QStringLiteral("frobnicate")}, {}).exitCode, 2);
    QCOMPARE(runSyncd({QStringLiteral("--bogus")}, {}).exitCode, 2);
    QCOMPARE(runSyncd({QStringLiteral("migrate")}, {{"listen.port", "notanumber"}}).exitCode, 2);
    // Unreachable database: a clean failure, not a crash.
    const auto down = runSyncd({QStringLiteral("migrate")}, {{"db.host", "/nonexistent-socket-dir"}});
    QCOMPARE(down.exitCode, 1);
    QVERIFY(down.err.contains(QStringLiteral("database")));
}

void TestSyncdConfig::proofImageLimits_data()
{
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("pixels");
    QTest::addColumn<bool>("valid");
    QTest::newRow("raised") << "20000"
                            << "400000000" << true;
    QTest::newRow("largest PNG side") << "2147483647"
                                      << "1" << true;
    QTest::newRow("zero side") << "0"
                               << "50000000" << false;
    QTest::newRow("negative side") << "-1"
                                   << "50000000" << false;
    QTest::newRow("side beyond any header") << "2147483648"
                                            << "50000000" << false;
    QTest::newRow("zero pixels") << "16384"
                                 << "0" << false;
}

void TestSyncdConfig::proofImageLimits()
{
    QFETCH(QString, side);
    QFETCH(QString, pixels);
    QFETCH(bool, valid);
    // The defaults are the domain's.
    const auto defaults = service::proofImageLimits(config::Config::load(std::nullopt, {}));
    QCOMPARE(defaults.maxSide, p2pdesk::domain::ImageLimits::defaults().maxSide);
    QCOMPARE(defaults.maxPixels, p2pdesk::domain::ImageLimits::defaults().maxPixels);

    const auto cfg = config::Config::load(
        std::nullopt, {},
        {{"proofs.max_image_side", side.toStdString()}, {"proofs.max_image_pixels", pixels.toStdString()}});
    if (!valid) {
        QVERIFY_THROWS_EXCEPTION(config::ConfigError, service::proofImageLimits(cfg));
        return;
    }
    const auto limits = service::proofImageLimits(cfg);
    QCOMPARE(static_cast<qint64>(limits.maxSide), side.toLongLong());
    QCOMPARE(static_cast<qint64>(limits.maxPixels), pixels.toLongLong());
}

QTEST_GUILESS_MAIN(TestSyncdConfig)
#include "tst_syncd_config.moc"
