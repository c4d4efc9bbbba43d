#include "GoldenRegistry.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <vector>

using namespace p2pdesk::proto;
using test::recoders;

// Every text field of every DTO refuses NUL and the other control characters, through the one
// string reader all decoders share. The documents are the golden samples, so a field added to a
// sample is covered without touching this test.
class TestTextFields final : public QObject {
    Q_OBJECT

    struct Leaf {
        std::string golden;    // file name
        std::string path;      // field path as DecodeError spells it
        Json::json_pointer at; // where to patch the document
    };

    // Free text typed by a person: the only fields that may span lines.
    static bool isMultiLine(const std::string &path)
    {
        static const std::set<std::string> names = {
            "reason", "clear_reason", "blocked_reason", "kyc_reason", "note", "payout_requisites", "requisites",
            "requisites_masked",
            // Ticket messages (what customers and operators write, the rendered preview) and the
            // canned reply bodies an admin writes; a delivery error quotes Telegram's answer.
            "body", "original_body", "text", "body_ru", "body_en", "delivery_error"};
        const auto dot = path.find_last_of('.');
        std::string last = dot == std::string::npos ? path : path.substr(dot + 1);
        return names.count(last) != 0;
    }

    static bool isOpaque(const std::string &path)
    {
        for (const char *name : {"payload", "details", "meta", "figures"}) {
            const std::string n(name);
            if (path == n ||
                (path.size() > n.size() && path.compare(path.size() - n.size() - 1, std::string::npos, "." + n) == 0))
                return true;
        }
        return false;
    }

    static void collect(const Json &json, const std::string &path, const Json::json_pointer &at,
                        const std::string &golden, std::vector<Leaf> &out)
    {
        if (json.is_string()) {
            out.push_back({golden, path, at});
        } else if (isOpaque(path)) {
            // Free-form JSON carried as is (change-event payloads, error details): no text fields.
        } else if (json.is_object()) {
            for (const auto &[key, value] : json.items())
                collect(value, path.empty() ? key : path + "." + key, at / key, golden, out);
        } else if (json.is_array()) {
            for (std::size_t i = 0; i < json.size(); ++i)
                collect(json[i], path + "[" + std::to_string(i) + "]", at / i, golden, out);
        }
    }

    static QString dataDir()
    {
        return qEnvironmentVariable("P2PDESK_SOURCE_DIR") + QStringLiteral("/tests/data/proto");
    }

    static Json load(const QString &name)
    {
        QFile f(dataDir() + QStringLiteral("/") + name);
        if (!f.open(QIODevice::ReadOnly))
            return Json();
        return Json::parse(f.readAll().toStdString());
    }

    static std::string typeOf(const QString &name) { return name.section(QLatin1Char('.'), 0, 0).toStdString(); }

    // Text leaves only: a value that still decodes after a letter is appended is free text (enums,
    // decimals, timestamps and hashes would fail on the letter already).
    std::vector<Leaf> textLeaves() const
    {
        std::vector<Leaf> leaves;
        const auto files = QDir(dataDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const Json doc = load(file);
            std::vector<Leaf> all;
            collect(doc, {}, Json::json_pointer(), file.toStdString(), all);
            const auto &recode = recoders().at(typeOf(file));
            for (const Leaf &leaf : all) {
                Json patched = doc;
                patched[leaf.at] = patched[leaf.at].get<std::string>() + "x";
                if (recode(patched).ok())
                    leaves.push_back(leaf);
            }
        }
        return leaves;
    }

private slots:
    void initTestCase() { QVERIFY2(!qEnvironmentVariableIsEmpty("P2PDESK_SOURCE_DIR"), "run through ctest"); }

    void coversTheFieldsThatWereCut()
    {
        // The probe's findings: usernames, reasons, checklist titles, secret_ref, annotation notes.
        std::set<std::string> seen;
        for (const Leaf &leaf : textLeaves())
            seen.insert(typeOf(QString::fromStdString(leaf.golden)) + ":" + leaf.path);
        for (const char *expected : {"login_request:username",
                                     "login_request:password",
                                     "transition_request:reason",
                                     "checklist_update_request:items[0].title",
                                     "create_wallet_request:secret_ref",
                                     "create_annotation_request:note",
                                     "create_order_request:payout_requisites",
                                     "ticket_detail:messages[0].body",
                                     "ticket_detail:messages[0].original_body",
                                     "ticket_detail:customer.verification_word",
                                     "ticket_reply_request:text",
                                     "canned_reply:title",
                                     "canned_reply_request:body_ru",
                                     "canned_reply_request:body_en",
                                     "ticket_preview_response:text",
                                     "ticket_reply_request:variables.order.final_rate",
                                     "ticket_summary:customer_first_name",
                                     "customer_profile:customer.blocked_reason",
                                     "customer_profile:payout_accounts[0].masked",
                                     "customer_block_request:reason"})
            QVERIFY2(seen.count(expected) == 1, expected);
    }

    void refusesEveryControlCharacterInEveryTextField()
    {
        const std::vector<Leaf> leaves = textLeaves();
        QVERIFY(leaves.size() > 50);
        int checked = 0;
        for (const Leaf &leaf : leaves) {
            const Json doc = load(QString::fromStdString(leaf.golden));
            const auto &recode = recoders().at(typeOf(QString::fromStdString(leaf.golden)));
            const std::string original = doc[leaf.at].get<std::string>();
            for (int c = 0; c <= 0x7F; ++c) {
                if (c >= 0x20 && c < 0x7F)
                    continue;
                const bool allowed = isMultiLine(leaf.path) && (c == '\n' || c == '\t');
                Json patched = doc;
                // In the middle, where a C string would have been cut.
                const std::size_t cut = std::min<std::size_t>(1, original.size());
                patched[leaf.at] = original.substr(0, cut) + static_cast<char>(c) + original.substr(cut) + "z";
                const auto result = recode(patched);
                const std::string where = leaf.golden + " " + leaf.path + " U+" + std::to_string(c);
                if (allowed) {
                    QVERIFY2(result.ok(), where.c_str());
                    continue;
                }
                QVERIFY2(!result.ok(), ("accepted " + where).c_str());
                QCOMPARE(QString::fromStdString(result.error().fieldPath), QString::fromStdString(leaf.path));
                QVERIFY2(result.error().kind == DecodeErrorKind::ControlCharacter, where.c_str());
                ++checked;
            }
        }
        QVERIFY(checked > 50 * 32);
    }

    void refusalIsValidationFailedAndNeverEchoesTheValue()
    {
        const auto parsed = parseJson("{\"username\":\"admin\\u0000x\",\"password\":\"pw\",\"totp\":\"123456\"}");
        QVERIFY(parsed.ok());
        const auto decoded = fromJson<LoginRequest>(parsed.value());
        QVERIFY(!decoded.ok());
        const ErrorBody body = fromDecodeError(decoded.error());
        QVERIFY(body.code == ApiErrorCode::ValidationFailed);
        QCOMPARE(QString::fromStdString(body.details.value("kind", std::string())),
                 QStringLiteral("control_character"));
        QVERIFY(body.message.find("admin") == std::string::npos);
    }

    // A refusal's message quotes the field path and, for enums, decimals and timestamps, the value:
    // the error body built from it must still encode strictly (as syncd does) and decode on the
    // client. Found by fuzz_proto_decoders: a control character in a value or in an object key that
    // became part of the path, a UTF-8 sequence cut by the 40-byte echo, a key too long for a message.
    void refusalQuotingTheInputIsAReadableErrorBody_data()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QByteArray>("patch"); // RFC 7386 merge patch over the golden document
        const auto patch = [](const char *key, Json value) {
            return QByteArray::fromStdString(Json{{key, std::move(value)}}.dump());
        };
        const std::string longKey(3000, 'k');
        const QString roles = QStringLiteral("set_roles_request.json");
        const QString reply = QStringLiteral("ticket_reply_request.json");
        const QString settings = QStringLiteral("settings.json");
        QTest::newRow("control in enum") << roles
                                         << patch("roles", Json::array({"\x07"
                                                                        "bell"}));
        QTest::newRow("character cut in enum")
            << roles << patch("roles", Json::array({std::string(39, 'a') + "\xC3\xA9"}));
        QTest::newRow("control in decimal")
            << QStringLiteral("rate_update_request.json") << patch("base_rate", "9\x01");
        QTest::newRow("control in timestamp")
            << QStringLiteral("order_summary.json") << patch("created_at", "2024\x1B");
        QTest::newRow("control in variable name")
            << reply << patch("variables", Json{{std::string("order\0code", 10), "x"}});
        QTest::newRow("long variable name") << reply << patch("variables", Json{{longKey, "x"}});
        QTest::newRow("long currency key") << settings << patch("approval_thresholds", Json{{longKey, "1"}});
        QTest::newRow("control in status key") << settings << patch("status_timeouts", Json{{"NEW\x01", 60}});
    }

    void refusalQuotingTheInputIsAReadableErrorBody()
    {
        QFETCH(QString, golden);
        QFETCH(QByteArray, patch);
        Json doc = load(golden);
        doc.merge_patch(Json::parse(patch.toStdString()));
        const auto refused = recoders().at(typeOf(golden))(doc);
        QVERIFY(!refused.ok());
        std::string wire;
        try {
            wire = toJson(fromDecodeError(refused.error())).dump();
        } catch (const Json::exception &e) {
            QFAIL(e.what());
        }
        const auto received = parse<ErrorBody>(wire);
        QVERIFY2(received.ok(), wire.substr(0, 300).c_str());
        QVERIFY(received->code == ApiErrorCode::ValidationFailed);
    }

    void searchTextRefusesNul()
    {
        const auto query = decodeOrdersQuery({{"q", std::string("ab\0cd", 5)}});
        QVERIFY(!query.ok());
        QVERIFY(query.error().kind == DecodeErrorKind::ControlCharacter);
    }
};

QTEST_APPLESS_MAIN(TestTextFields)
#include "tst_text_fields.moc"
