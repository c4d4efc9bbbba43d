#include "GoldenRegistry.h"

#include <QByteArray>
#include <QString>
#include <QTest>

#include <string>

using namespace p2pdesk::proto;
using test::recoders;

Q_DECLARE_METATYPE(p2pdesk::proto::DecodeErrorKind)

// Strict decoding: every way a body can be wrong yields a DecodeError naming the field path.
class TestDecodeErrors final : public QObject {
    Q_OBJECT

private:
    // A valid minimal order detail with `patch` merged over it (RFC 7386: null deletes a member).
    static std::string detailWith(const char *patch)
    {
        Json base = Json::parse(R"({"id":1,"code":"A","status":"NEW","version":1,"direction":"sell","asset":"USDT",
            "network":"TRON","fiat_currency":"RUB","amount_crypto":"1","amount_fiat":"1","suggested_rate":"1",
            "customer":{"id":1,"telegram_id":1},"created_at":"2024-05-01T10:00:00Z",
            "updated_at":"2024-05-01T10:00:00Z","risk":[],"requisites_masked":"","history":[],"risk_flags":[],
            "approvals":[],"proofs":[],"checklist":{"verify":[],"payout":[]}})");
        base.merge_patch(Json::parse(patch));
        return base.dump();
    }

    static void row(const char *name, const char *type, const char *body, const char *path, DecodeErrorKind kind)
    {
        QTest::newRow(name) << QByteArray(type) << QByteArray(body) << QString::fromUtf8(path) << kind;
    }

private slots:
    void rejects_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");
        QTest::addColumn<DecodeErrorKind>("kind");
        using K = DecodeErrorKind;
        const std::string longReason(1001, 'r');
        const std::string longRequisites(257, '1');
        const std::string longUsername(65, 'u');

        // Not JSON / not an object.
        row("syntax error", "login_request", R"({"username":)", "", K::MalformedJson);
        row("invalid utf-8", "login_request", "{\"username\":\"\xff\"}", "", K::MalformedJson);
        row("array at the root", "login_request", R"([1,2])", "", K::WrongType);
        row("nested not object", "create_order_request",
            R"({"customer":5,"direction":"sell","asset":"USDT","network":"TRON","fiat_currency":"RUB",
                "amount_crypto":"1","payout_requisites":"x"})",
            "customer", K::WrongType);

        // Missing required fields.
        row("missing username", "login_request", R"({"password":"p","totp":"1"})", "username", K::Missing);
        row("null is missing", "login_request", R"({"username":null,"password":"p","totp":"1"})", "username",
            K::Missing);
        row("missing nested", "create_order_request",
            R"({"customer":{},"direction":"sell","asset":"USDT","network":"TRON","fiat_currency":"RUB",
                "amount_crypto":"1","payout_requisites":"x"})",
            "customer.telegram_id", K::Missing);
        row("missing transition version", "transition_request", R"({"to":"PAID_OUT"})", "version", K::Missing);
        row("missing reason", "deactivate_operator_request", R"({})", "reason", K::Missing);
        row("blank reason", "set_roles_request", R"({"roles":["admin"],"reason":" \n\t"})", "reason", K::Missing);
        row("blank optional reason", "transition_request", R"({"to":"CANCELLED","version":1,"reason":""})", "reason",
            K::Missing);
        row("missing error code", "error_body", R"({"error":{"message":"m"}})", "error.code", K::Missing);
        row("txid proof without txid", "order_detail",
            detailWith(
                R"({"proofs":[{"id":1,"kind":"txid","uploader":{"kind":"system"},"at":"2024-05-01T10:00:00Z"}]})")
                .c_str(),
            "proofs[0].txid", K::Missing);
        row("operator actor without id", "order_detail",
            detailWith(R"({"history":[{"id":1,"at":"2024-05-01T10:00:00Z","actor":{"kind":"operator"},"to":"NEW"}]})")
                .c_str(),
            "history[0].actor.id", K::Missing);
        row("missing error object", "error_body", R"({"code":"not_found"})", "error", K::Missing);

        // Wrong JSON types.
        row("number for string", "login_request", R"({"username":5,"password":"p","totp":"1"})", "username",
            K::WrongType);
        row("money as number", "take_request", R"({"final_rate":92.35})", "final_rate", K::WrongType);
        row("string for integer", "transition_request", R"({"to":"PAID_OUT","version":"3"})", "version", K::WrongType);
        row("float for integer", "transition_request", R"({"to":"PAID_OUT","version":3.5})", "version", K::WrongType);
        row("whole float for integer", "transition_request", R"({"to":"PAID_OUT","version":3.0})", "version",
            K::WrongType);
        row("string for bool", "checklist_item_update", R"({"item_id":1,"done":"true"})", "done", K::WrongType);
        row("object for array", "operator_list", R"({"items":{}})", "items", K::WrongType);
        row("meta not object", "changes_response",
            R"({"events":[{"seq":1,"at":"2024-05-01T10:00:00Z","kind":"order.created","payload":[]}],"last_seq":1})",
            "events[0].payload", K::WrongType);
        row("timestamp as number", "login_response",
            R"({"token":"t","expires_at":1714557600,"operator":{"id":1,"username":"a","roles":[]}})", "expires_at",
            K::WrongType);

        // Out-of-range numbers.
        row("negative version", "transition_request", R"({"to":"PAID_OUT","version":-1})", "version", K::OutOfRange);
        row("zero id", "checklist_item_update", R"({"item_id":0,"done":true})", "item_id", K::OutOfRange);
        row("above int64", "checklist_item_update", R"({"item_id":9223372036854775808,"done":true})", "item_id",
            K::OutOfRange);
        row("beyond 64 bits", "checklist_item_update", R"({"item_id":123456789012345678901234567890,"done":true})",
            "item_id", K::OutOfRange);
        row("telegram id zero", "create_order_request",
            R"({"customer":{"telegram_id":0},"direction":"sell","asset":"USDT","network":"TRON","fiat_currency":"RUB",
                "amount_crypto":"1","payout_requisites":"x"})",
            "customer.telegram_id", K::OutOfRange);
        row("annotation outside image", "create_annotation_request", R"({"x":900,"y":0,"w":101,"h":10,"note":""})", "w",
            K::OutOfRange);
        row("annotation empty rect", "create_annotation_request", R"({"x":0,"y":0,"w":10,"h":0,"note":""})", "h",
            K::OutOfRange);
        row("chain hint unknown state", "chain_hint",
            R"({"proof_id":1,"state":"maybe","network":"TRON","txid":"ab","checked_at":"2026-12-07T18:40:05Z",
                "expected_amount":"1"})",
            "state", K::BadEnum);
        row("chain hint negative confirmations", "chain_hint",
            R"({"proof_id":1,"state":"found","network":"TRON","txid":"ab","checked_at":"2026-12-07T18:40:05Z",
                "expected_amount":"1","confirmations":-1})",
            "confirmations", K::OutOfRange);
        row("screening score above 100", "screen_address_request",
            R"({"address":"TNaRAoLUyYEV2uF7GUrzSjRQTU8v5ZJ5VR","reason":"x","score":101})", "score", K::OutOfRange);
        row("screening blank reason", "screen_address_request",
            R"({"address":"TNaRAoLUyYEV2uF7GUrzSjRQTU8v5ZJ5VR","reason":"  "})", "reason", K::Missing);
        row("screening unknown source", "address_screening",
            R"({"id":1,"address":"T","score":1,"source":"guess","labels":[],"sender_checked":false,
                "screened_by":{"id":1,"username":"a"},"reason":"r","screened_at":"2026-12-08T01:42:10Z"})",
            "source", K::Invalid);
        row("screening manual with a provider", "address_screening",
            R"({"id":1,"address":"T","score":1,"source":"manual","provider":"MistTrack","labels":[],
                "sender_checked":false,"screened_by":{"id":1,"username":"a"},"reason":"r",
                "screened_at":"2026-12-08T01:42:10Z"})",
            "provider", K::Invalid);
        row("screening labels not strings", "address_screening",
            R"({"id":1,"address":"T","score":1,"source":"manual","labels":[1],"sender_checked":false,
                "screened_by":{"id":1,"username":"a"},"reason":"r","screened_at":"2026-12-08T01:42:10Z"})",
            "labels[0]", K::WrongType);
        row("timeout too long", "settings",
            R"({"approval_thresholds":{},"status_timeouts":{"NEW":99999999},"max_rate_deviation_percent":"1"})",
            "status_timeouts.NEW", K::OutOfRange);

        // Over-long and too-short strings.
        row("username too long", "login_request",
            (R"({"username":")" + longUsername + R"(","password":"p","totp":"1"})").c_str(), "username", K::TooLong);
        row("reason too long", "deactivate_operator_request", (R"({"reason":")" + longReason + R"("})").c_str(),
            "reason", K::TooLong);
        row("requisites too long", "create_order_request",
            (R"({"customer":{"telegram_id":1},"direction":"sell","asset":"USDT","network":"TRON",
                 "fiat_currency":"RUB","amount_crypto":"1","payout_requisites":")" +
             longRequisites + R"("})")
                .c_str(),
            "payout_requisites", K::TooLong);
        row("item reason in array", "checklist_update_request",
            (R"({"items":[{"title":"a"},{"title":")" + std::string(201, 't') + R"("}],"reason":"r"})").c_str(),
            "items[1].title", K::TooLong);
        row("too many roles", "set_roles_request", R"({"roles":["admin","senior","operator","admin"],"reason":"r"})",
            "roles", K::TooLong);
        row("empty username", "login_request", R"({"username":"","password":"p","totp":"1"})", "username", K::TooShort);
        row("short password", "create_operator_request",
            R"({"username":"u","password":"short","roles":["operator"],"reason":"r"})", "password", K::TooShort);
        row("no roles", "set_roles_request", R"({"roles":[],"reason":"r"})", "roles", K::TooShort);
        row("bad sha256 length", "order_detail",
            detailWith(R"({"proofs":[{"id":1,"kind":"file","sha256":"abc","uploader":{"kind":"system"},
                                      "at":"2024-05-01T10:00:00Z"}]})")
                .c_str(),
            "proofs[0].sha256", K::TooShort);

        // Bad enum values.
        row("bad status", "transition_request", R"({"to":"DONE","version":1})", "to", K::BadEnum);
        row("lowercase status", "transition_request", R"({"to":"paid_out","version":1})", "to", K::BadEnum);
        row("bad direction", "rate_update_request",
            R"({"direction":"both","asset":"USDT","network":"TRON","fiat_currency":"RUB","base_rate":"1",
                "margin_percent":"1","fixed_fee":"0","reason":"r"})",
            "direction", K::BadEnum);
        row("bad role", "set_roles_request", R"({"roles":["operator","root"],"reason":"r"})", "roles[1]", K::BadEnum);
        row("bad wallet kind", "create_wallet_request",
            R"({"asset":"USDT","network":"TRON","kind":"warm","address":"a","secret_ref":"s","reason":"r"})", "kind",
            K::BadEnum);
        row("bad decision", "approval_request", R"({"decision":"ok","reason":"r","version":1})", "decision",
            K::BadEnum);
        row("bad error code", "error_body", R"({"error":{"code":"teapot","message":"m"}})", "error.code", K::BadEnum);
        row("bad timeout status", "settings",
            R"({"approval_thresholds":{},"status_timeouts":{"LATER":60},"max_rate_deviation_percent":"1"})",
            "status_timeouts.LATER", K::BadEnum);
        row("bad severity deep", "orders_page",
            R"({"items":[{"id":1,"code":"A","status":"NEW","version":1,"direction":"sell","asset":"USDT",
                "network":"TRON","fiat_currency":"RUB","amount_crypto":"1","amount_fiat":"1","suggested_rate":"1",
                "customer":{"id":1,"telegram_id":1},"created_at":"2024-05-01T10:00:00Z",
                "updated_at":"2024-05-01T10:00:00Z","risk":[{"rule":"r","severity":"fatal"}],
                "requisites_masked":""}]})",
            "items[0].risk[0].severity", K::BadEnum);

        // Malformed decimals and timestamps.
        row("decimal with exponent", "take_request", R"({"final_rate":"1e5"})", "final_rate", K::BadDecimal);
        row("negative decimal", "take_request", R"({"final_rate":"-92.35"})", "final_rate", K::BadDecimal);
        row("decimal with comma", "take_request", R"({"final_rate":"92,35"})", "final_rate", K::BadDecimal);
        row("empty decimal", "take_request", R"({"final_rate":""})", "final_rate", K::BadDecimal);
        row("decimal overflow", "take_request", R"({"final_rate":"99999999999999999999999"})", "final_rate",
            K::BadDecimal);
        row("rate min amount decimal", "rate_update_request",
            R"({"direction":"sell","asset":"USDT","network":"TRON","fiat_currency":"RUB","base_rate":"1",
                "margin_percent":"1","fixed_fee":"0","min_amount":"1e3","reason":"r"})",
            "min_amount", K::BadDecimal);
        row("rate max amount number", "rate_list",
            R"({"items":[{"id":1,"direction":"sell","asset":"USDT","network":"TRON","fiat_currency":"RUB",
                "base_rate":"1","base_source":"manual","margin_percent":"1","fixed_fee":"0","suggested_rate":"1",
                "updated_at":"2024-05-01T10:00:00Z","stale":false,"max_amount":500000}]})",
            "items[0].max_amount", K::WrongType);
        row("rate unknown base source", "rate_list",
            R"({"items":[{"id":1,"direction":"sell","asset":"USDT","network":"TRON","fiat_currency":"RUB",
                "base_rate":"1","base_source":"oracle","margin_percent":"1","fixed_fee":"0","suggested_rate":"1",
                "updated_at":"2024-05-01T10:00:00Z","stale":false}]})",
            "items[0].base_source", K::BadEnum);
        row("feed confirm without reason", "rate_feed_confirm_request", R"({"feed_rate":"98.1"})", "reason",
            K::Missing);
        row("reserve of an unknown kind", "create_reserve_request",
            R"({"kind":"gold","fiat_currency":"RUB","amount":"1","reason":"r"})", "kind", K::BadEnum);
        row("reserve without an amount", "create_reserve_request",
            R"({"kind":"fiat","fiat_currency":"RUB","reason":"r"})", "amount", K::Missing);
        row("reserve with a negative amount", "create_reserve_request",
            R"({"kind":"fiat","fiat_currency":"RUB","amount":"-5","reason":"r"})", "amount", K::BadDecimal);
        row("recount without a version", "update_reserve_request", R"({"amount":"1","reason":"r"})", "version",
            K::Missing);
        row("recount without a reason", "update_reserve_request", R"({"amount":"1","version":1})", "reason",
            K::Missing);
        row("rate max age zero", "settings",
            R"({"approval_thresholds":{},"status_timeouts":{},"max_rate_deviation_percent":"1",
                "rate_max_age_seconds":0})",
            "rate_max_age_seconds", K::OutOfRange);
        row("rate max age too long", "settings_update_request",
            R"({"approval_thresholds":{},"status_timeouts":{},"max_rate_deviation_percent":"1",
                "rate_max_age_seconds":604801,"reason":"r"})",
            "rate_max_age_seconds", K::OutOfRange);
        row("rate max age not integer", "settings_update_request",
            R"({"approval_thresholds":{},"status_timeouts":{},"max_rate_deviation_percent":"1",
                "rate_max_age_seconds":"soon","reason":"r"})",
            "rate_max_age_seconds", K::WrongType);
        row("desk hours on a made-up day", "settings",
            R"({"approval_thresholds":{},"status_timeouts":{},"max_rate_deviation_percent":"1",
                "desk_hours":{"enabled":true,"utc_offset_minutes":180,"days":{"mo":"09:00-21:00"}}})",
            "desk_hours.days", K::TooShort);
        row("desk hours on an unknown weekday", "settings",
            R"({"approval_thresholds":{},"status_timeouts":{},"max_rate_deviation_percent":"1",
                "desk_hours":{"enabled":true,"utc_offset_minutes":180,"days":{"moo":"09:00-21:00"}}})",
            "desk_hours.days.moo", K::Invalid);
        row("desk hours not a string", "settings",
            R"({"approval_thresholds":{},"status_timeouts":{},"max_rate_deviation_percent":"1",
                "desk_hours":{"enabled":true,"utc_offset_minutes":180,"days":{"mon":900}}})",
            "desk_hours.days.mon", K::WrongType);
        row("desk hours without an offset", "settings",
            R"({"approval_thresholds":{},"status_timeouts":{},"max_rate_deviation_percent":"1",
                "desk_hours":{"enabled":true,"days":{}}})",
            "desk_hours.utc_offset_minutes", K::Missing);
        row("roster opening not a time", "duty_roster",
            R"({"open":false,"requires_on_duty":true,"on_duty":[],"within_hours":false,"opens_at":"soon"})", "opens_at",
            K::BadTimestamp);
        row("threshold decimal", "settings",
            R"({"approval_thresholds":{"RUB":"lots"},"status_timeouts":{},"max_rate_deviation_percent":"1"})",
            "approval_thresholds.RUB", K::BadDecimal);
        row("timestamp without zone", "login_response",
            R"({"token":"t","expires_at":"2024-05-01T20:00:00","operator":{"id":1,"username":"a","roles":[]}})",
            "expires_at", K::BadTimestamp);
        row("timestamp bad date", "login_response",
            R"({"token":"t","expires_at":"2024-02-30T20:00:00Z","operator":{"id":1,"username":"a","roles":[]}})",
            "expires_at", K::BadTimestamp);

        // Constraints across fields.
        row("both amounts", "create_order_request",
            R"({"customer":{"telegram_id":1},"direction":"sell","asset":"USDT","network":"TRON","fiat_currency":"RUB",
                "amount_crypto":"1","amount_fiat":"90","payout_requisites":"x"})",
            "amount_crypto", K::Invalid);
        row("no amount", "create_order_request",
            R"({"customer":{"telegram_id":1},"direction":"sell","asset":"USDT","network":"TRON","fiat_currency":"RUB",
                "payout_requisites":"x"})",
            "amount_crypto", K::Invalid);
        // Tickets and canned replies.
        row("reply without text or canned", "ticket_reply_request", R"({"private_note":false})", "text", K::Missing);
        row("reply with text and canned", "ticket_reply_request", R"({"text":"hi","canned_reply_id":3})", "text",
            K::Invalid);
        row("preview without anything", "ticket_preview_request", R"({})", "text", K::Missing);
        row("empty reply text", "ticket_reply_request", R"({"text":""})", "text", K::TooShort);
        row("reply text too long", "ticket_reply_request", (R"({"text":")" + std::string(4001, 't') + R"("})").c_str(),
            "text", K::TooLong);
        row("variable value not string", "ticket_reply_request",
            R"({"canned_reply_id":3,"variables":{"order.code":5}})", "variables.order.code", K::WrongType);
        row("variable value too long", "ticket_preview_request",
            (R"({"canned_reply_id":3,"variables":{"order.code":")" + std::string(501, 'v') + R"("}})").c_str(),
            "variables.order.code", K::TooLong);
        row("variables not object", "ticket_reply_request", R"({"canned_reply_id":3,"variables":["order.code"]})",
            "variables", K::WrongType);
        row("bad priority", "ticket_priority_request", R"({"priority":"high"})", "priority", K::BadEnum);
        row("blank ticket reason", "ticket_status_request", R"({"reason":"  "})", "reason", K::Missing);
        row("assign to zero", "ticket_assign_request", R"({"operator_id":0})", "operator_id", K::OutOfRange);
        row("read without message", "ticket_read_request", R"({})", "message_id", K::Missing);
        row("bad ticket status", "ticket_summary",
            R"({"id":1,"status":"pending","priority":"normal","customer":{"id":1,"telegram_id":1},
                "created_at":"2024-05-01T10:00:00Z","updated_at":"2024-05-01T10:00:00Z","version":1,"unread":0,
                "overdue":false})",
            "status", K::BadEnum);
        row("bad author deep", "ticket_detail",
            R"({"ticket":{"id":1,"status":"open","priority":"normal","customer":{"id":1,"telegram_id":1},
                "created_at":"2024-05-01T10:00:00Z","updated_at":"2024-05-01T10:00:00Z","version":1,"unread":0,
                "overdue":false},"customer":{"id":1,"telegram_id":1,"language":"ru","unreachable":false},
                "messages":[{"id":1,"author":"bot","private_note":false,"body":"x",
                "created_at":"2024-05-01T10:00:00Z","attachments":[]}]})",
            "messages[0].author", K::BadEnum);
        row("bad delivery", "ticket_message",
            R"({"id":1,"author":"operator","private_note":false,"body":"x","created_at":"2024-05-01T10:00:00Z",
                "attachments":[],"delivery":"lost"})",
            "delivery", K::BadEnum);
        row("bad customer language", "ticket_customer",
            R"({"id":1,"telegram_id":1,"language":"de","unreachable":false})", "language", K::BadEnum);
        row("attachment bad sha", "ticket_attachment", R"({"id":1,"mime":"image/png","size":1,"sha256":"ab"})",
            "sha256", K::TooShort);
        row("tickets page bad offset", "tickets_page", R"({"items":[],"next_offset":"50"})", "next_offset",
            K::WrongType);
        row("canned without reason", "canned_reply_request",
            R"({"shortcut":"a","title":"t","body_ru":"x","body_en":""})", "reason", K::Missing);
        row("canned shortcut too long", "canned_reply_request",
            (R"({"shortcut":")" + std::string(33, 's') + R"(","title":"t","body_ru":"x","body_en":"","reason":"r"})")
                .c_str(),
            "shortcut", K::TooLong);
        row("canned body too long", "canned_reply",
            (R"({"id":1,"shortcut":"a","title":"t","body_ru":")" + std::string(4001, 'b') +
             R"(","body_en":"","active":true,"version":1,"updated_at":"2024-05-01T10:00:00Z"})")
                .c_str(),
            "body_ru", K::TooLong);
        row("canned list not array", "canned_reply_list", R"({"items":{}})", "items", K::WrongType);
        row("preview bad language", "ticket_preview_response", R"({"text":"x","language":"de"})", "language",
            K::BadEnum);

        row("block without reason", "customer_block_request", R"({})", "reason", K::Missing);
        row("block blank reason", "customer_block_request", R"({"reason":"  \n "})", "reason", K::Missing);
        row("block reason too long", "customer_block_request", (R"({"reason":")" + longReason + R"("})").c_str(),
            "reason", K::TooLong);
        row("profile bad language", "customer_profile",
            R"({"customer":{"id":1,"telegram_id":1,"language":"de","unreachable":false,"blocked":false,"kyc_level":0,
                "created_at":"2024-05-01T10:00:00Z"},"orders":[],"risk_flags":[],"payout_accounts":[],"tickets":[]})",
            "customer.language", K::BadEnum);
        row("profile order bad status", "customer_profile",
            R"({"customer":{"id":1,"telegram_id":1,"language":"ru","unreachable":false,"blocked":false,"kyc_level":0,
                "created_at":"2024-05-01T10:00:00Z"},"orders":[{"id":1,"code":"AB12","status":"LOST",
                "direction":"sell","asset":"USDT","network":"TRON","fiat_currency":"RUB","amount_crypto":"1",
                "amount_fiat":"1","hold":false,"created_at":"2024-05-01T10:00:00Z",
                "updated_at":"2024-05-01T10:00:00Z"}],"risk_flags":[],"payout_accounts":[],"tickets":[]})",
            "orders[0].status", K::BadEnum);

        row("kyc level too high", "customer_kyc_level_request", R"({"level":3,"reason":"documents"})", "level",
            K::OutOfRange);
        row("kyc level negative", "customer_kyc_level_request", R"({"level":-1,"reason":"documents"})", "level",
            K::OutOfRange);
        row("kyc level as text", "customer_kyc_level_request", R"({"level":"1","reason":"documents"})", "level",
            K::WrongType);
        row("kyc level without reason", "customer_kyc_level_request", R"({"level":1})", "reason", K::Missing);
        row("profile kyc level out of range", "customer_profile",
            R"({"customer":{"id":1,"telegram_id":1,"language":"ru","unreachable":false,"blocked":false,
                "kyc_level":7,"created_at":"2024-05-01T10:00:00Z"},"orders":[],"risk_flags":[],
                "payout_accounts":[],"tickets":[]})",
            "customer.kyc_level", K::OutOfRange);
        row("note without text", "customer_note_request", R"({})", "text", K::Missing);
        row("note too long", "customer_note_request", (R"({"text":")" + std::string(2001, 'n') + R"("})").c_str(),
            "text", K::TooLong);
        row("directory unknown match", "customer_list",
            R"({"customers":[{"customer":{"id":1,"telegram_id":1,"language":"ru","unreachable":false,
                "blocked":false,"kyc_level":0,"created_at":"2024-05-01T10:00:00Z"},"orders_total":1,"orders_open":0,
                "open_flags":0,"matched":"email"}],"more":false})",
            "customers[0].matched", K::BadEnum);
        row("directory negative count", "customer_list",
            R"({"customers":[{"customer":{"id":1,"telegram_id":1,"language":"ru","unreachable":false,
                "blocked":false,"kyc_level":0,"created_at":"2024-05-01T10:00:00Z"},"orders_total":-1,"orders_open":0,
                "open_flags":0}],"more":false})",
            "customers[0].orders_total", K::OutOfRange);
        row("directory without more", "customer_list", R"({"customers":[]})", "more", K::Missing);

        row("duplicate role", "create_operator_request",
            R"({"username":"u","password":"long-enough-pw","roles":["admin","admin"],"reason":"r"})", "roles[1]",
            K::Invalid);
    }

    void acceptsTheBaseOfThePatchedRows()
    {
        QVERIFY(parse<OrderDetail>(detailWith("{}")).ok());
        QVERIFY(!parse<OrderDetail>(detailWith(R"({"checklist":null})")).ok());
    }

    void rejects()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        QFETCH(DecodeErrorKind, kind);
        const auto recoder = recoders().find(type.toStdString());
        QVERIFY(recoder != recoders().end());
        const auto json = parseJson(body.toStdString());
        const auto result = json.ok() ? recoder->second(json.value()) : Decoded<Json>(json.error());
        QVERIFY2(!result.ok(), "accepted an invalid body");
        QCOMPARE(QString::fromStdString(result.error().fieldPath), path);
        QCOMPARE(QString::fromUtf8(toString(result.error().kind).data()), QString::fromUtf8(toString(kind).data()));
        QVERIFY(!result.error().reason.empty());
    }
};

QTEST_APPLESS_MAIN(TestDecodeErrors)
#include "tst_decode_errors.moc"
