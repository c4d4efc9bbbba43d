#include "security/Encoding.h"
#include "security/KeyFile.h"
#include "security/Keyring.h"
#include "security/SecureRandom.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <stdexcept>
#include <string>

using namespace p2pdesk::syncd::security;
using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Key material is generated per run; nothing secret lives in the repository.
std::filesystem::path writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content,
                                QFileDevice::Permissions permissions = kOwnerOnly)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write test key file");
    file.close();
    file.setPermissions(permissions);
    return std::filesystem::path(path.toStdString());
}

QByteArray toQByteArray(const SecretBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

} // namespace

class TestKeyring final : public QObject {
    Q_OBJECT

private slots:
    void loadsRawKeyFile();
    void loadsHexKeyFile_data();
    void loadsHexKeyFile();
    void refusesBadKeyFiles_data();
    void refusesBadKeyFiles();
    void errorsDoNotContainKeyMaterial();
    void newestAddedKeyIsCurrent();
    void refusesBadKeys();
    void loadsDirectoryNewestCurrent();
    void emptyDirectoryIsAnError();
};

void TestKeyring::loadsRawKeyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SecretBytes key = randomBytes(32);
    const auto path = writeFile(dir, u"raw.key"_s, toQByteArray(key));
    QVERIFY(loadKeyFile(path) == key);
}

void TestKeyring::loadsHexKeyFile_data()
{
    QTest::addColumn<QByteArray>("suffix");
    QTest::addColumn<bool>("upperCase");
    QTest::newRow("no newline") << QByteArray() << false;
    QTest::newRow("newline") << QByteArray("\n") << false;
    QTest::newRow("crlf") << QByteArray("\r\n") << false;
    QTest::newRow("upper case") << QByteArray("\n") << true;
}

void TestKeyring::loadsHexKeyFile()
{
    QFETCH(QByteArray, suffix);
    QFETCH(bool, upperCase);
    QTemporaryDir dir;
    const SecretBytes key = randomBytes(32);
    QByteArray hex = QByteArray::fromStdString(hexEncode(key));
    if (upperCase)
        hex = hex.toUpper();
    const auto path = writeFile(dir, u"hex.key"_s, hex + suffix);
    QVERIFY(loadKeyFile(path) == key);
}

void TestKeyring::refusesBadKeyFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("permissions");
    const QByteArray goodHex = QByteArray::fromStdString(hexEncode(randomBytes(32)));
    const int ownerOnly = static_cast<int>(kOwnerOnly);
    QTest::newRow("empty") << QByteArray() << ownerOnly;
    QTest::newRow("31 raw bytes") << QByteArray(31, 'k') << ownerOnly;
    QTest::newRow("33 raw bytes") << QByteArray(33, 'k') << ownerOnly;
    QTest::newRow("62 hex digits") << goodHex.left(62) << ownerOnly;
    QTest::newRow("66 hex digits") << goodHex + "abcd" << ownerOnly;
    QTest::newRow("non-hex") << QByteArray(64, 'g') << ownerOnly;
    QTest::newRow("hex with inner space") << goodHex.left(32) + ' ' + goodHex.mid(33) << ownerOnly;
    QTest::newRow("all zero raw") << QByteArray(32, '\0') << ownerOnly;
    QTest::newRow("all zero hex") << QByteArray(64, '0') << ownerOnly;
    QTest::newRow("world readable") << goodHex << static_cast<int>(kOwnerOnly | QFileDevice::ReadOther);
    QTest::newRow("world writable") << goodHex << static_cast<int>(kOwnerOnly | QFileDevice::WriteOther);
}

void TestKeyring::refusesBadKeyFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, permissions);
    QTemporaryDir dir;
    const auto path = writeFile(dir, u"bad.key"_s, content, QFileDevice::Permissions::fromInt(permissions));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, loadKeyFile(path));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, Keyring{}.addFromFile("k1", path));
}

void TestKeyring::errorsDoNotContainKeyMaterial()
{
    QTemporaryDir dir;
    // 65 characters: one too many, so it is refused; the message must name the file only.
    const QByteArray content = QByteArray::fromStdString(hexEncode(randomBytes(32))) + 'f';
    const auto path = writeFile(dir, u"long.key"_s, content);
    try {
        (void)loadKeyFile(path);
        QFAIL("an over-long key file was accepted");
    } catch (const std::runtime_error &error) {
        const std::string message = error.what();
        QVERIFY(message.find("long.key") != std::string::npos);
        QVERIFY(message.find(content.left(16).toStdString()) == std::string::npos);
    }
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, loadKeyFile(path.parent_path() / "missing.key"));
}

void TestKeyring::newestAddedKeyIsCurrent()
{
    Keyring keyring;
    QVERIFY(keyring.empty());
    keyring.add("2024-01", randomBytes(32));
    QCOMPARE(keyring.currentKeyId(), std::string("2024-01"));
    const SecretBytes second = randomBytes(32);
    keyring.add("2024-07", second);
    QCOMPARE(keyring.currentKeyId(), std::string("2024-07"));
    QCOMPARE(keyring.size(), std::size_t(2));
    QVERIFY(keyring.find("2024-07") != nullptr);
    QVERIFY(*keyring.find("2024-07") == second);
    QVERIFY(keyring.find("2025-01") == nullptr);
    keyring.setCurrent("2024-01");
    QCOMPARE(keyring.currentKeyId(), std::string("2024-01"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, keyring.setCurrent("nope"));
    QCOMPARE(keyring.keyIds(), (std::vector<std::string>{"2024-01", "2024-07"}));
}

void TestKeyring::refusesBadKeys()
{
    Keyring keyring;
    keyring.add("k1", randomBytes(32));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, keyring.add("k1", randomBytes(32)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, keyring.add("k2", randomBytes(16)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, keyring.add("", randomBytes(32)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, keyring.add("has.dot", randomBytes(32)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, keyring.add(std::string(33, 'k'), randomBytes(32)));
    QCOMPARE(keyring.size(), std::size_t(1));
    QCOMPARE(keyring.currentKeyId(), std::string("k1"));
}

void TestKeyring::loadsDirectoryNewestCurrent()
{
    QTemporaryDir dir;
    const SecretBytes first = randomBytes(32);
    const SecretBytes second = randomBytes(32);
    writeFile(dir, u"k0002.key"_s, QByteArray::fromStdString(hexEncode(second)) + '\n');
    writeFile(dir, u"k0001.key"_s, toQByteArray(first));
    writeFile(dir, u"README"_s, "not a key");
    writeFile(dir, u"notes.txt"_s, "not a key");
    const Keyring keyring = Keyring::loadDirectory(dir.path().toStdString());
    QCOMPARE(keyring.keyIds(), (std::vector<std::string>{"k0001", "k0002"}));
    QCOMPARE(keyring.currentKeyId(), std::string("k0002"));
    QVERIFY(*keyring.find("k0001") == first);
    QVERIFY(*keyring.find("k0002") == second);
}

void TestKeyring::emptyDirectoryIsAnError()
{
    QTemporaryDir dir;
    writeFile(dir, u"README"_s, "no keys here");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, Keyring::loadDirectory(dir.path().toStdString()));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, Keyring::loadDirectory(dir.filePath(u"missing"_s).toStdString()));
}

QTEST_APPLESS_MAIN(TestKeyring)
#include "tst_keyring.moc"
