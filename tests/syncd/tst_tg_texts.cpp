// What the bot says and how it reads what it is sent, without a server: every text exists in both
// languages with the same placeholders and is valid Telegram HTML; updates are read defensively.
#include "tg/BotTexts.h"
#include "tg/CustomerErrorText.h"
#include "tg/IncomingUpdate.h"

#include "p2pdesk/test/FakeBotApi.h"

#include <QObject>
#include <QTest>

#include <regex>
#include <set>
#include <string>

using namespace p2pdesk::syncd::tg;
using Json = nlohmann::json;

namespace {

std::set<std::string> placeholders(std::string_view text)
{
    std::set<std::string> out;
    const std::string s(text);
    const std::regex re("\\{([a-z_]+)\\}");
    for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it)
        out.insert((*it)[1].str());
    return out;
}

Json privateMessage(std::int64_t user, Json extra)
{
    Json message = {{"message_id", 7},
                    {"date", 1},
                    {"from", {{"id", user}, {"is_bot", false}, {"first_name", "A"}, {"language_code", "ru"}}},
                    {"chat", {{"id", user}, {"type", "private"}}}};
    message.update(extra);
    return {{"update_id", 1}, {"message", message}};
}

} // namespace

class TestTelegramTexts final : public QObject {
    Q_OBJECT

private slots:
    void everyTextInBothLanguagesWithTheSamePlaceholders()
    {
        for (int i = 0; i <= static_cast<int>(Text::LastText); ++i) {
            const auto id = static_cast<Text>(i);
            const auto ru = text(id, "ru");
            const auto en = text(id, "en");
            QVERIFY2(!ru.empty() && !en.empty(), qPrintable(QString::number(i)));
            QCOMPARE(placeholders(ru), placeholders(en));
            // Filled with plain values, each must be HTML Telegram accepts.
            for (const auto language : {ru, en}) {
                std::string filled(language);
                for (const auto &name : placeholders(language))
                    filled = fill(filled, {{name, "x"}});
                const auto parsed = p2pdesk::test::parseTelegramHtml(filled);
                QVERIFY2(parsed.error.empty(), (filled + " — " + parsed.error).c_str());
            }
        }
        QCOMPARE(std::string(text(Text::ThankYou, "xx")), std::string(text(Text::ThankYou, "ru")));
    }

    void fillReplacesKnownPlaceholdersOnly()
    {
        QCOMPARE(fill("a {x} b {y} {x}", {{"x", "1"}}), std::string("a 1 b {y} 1"));
        QCOMPARE(fill("{", {{"x", "1"}}), std::string("{"));
    }

    void refusalsNeverShowInternalMessages()
    {
        using C = p2pdesk::proto::ApiErrorCode;
        QVERIFY(customerErrorText(C::RateStale) == Text::RateStale);
        QVERIFY(customerErrorText(C::InvalidTransition) == Text::NoLongerCurrent);
        QVERIFY(customerErrorText(C::InternalError) == Text::SomethingWentWrong);
        QVERIFY(customerErrorText(C::DbUnavailable) == Text::SomethingWentWrong);
    }

    void readsACommandWithTheBotsName()
    {
        const auto u = IncomingUpdate::parse(privateMessage(9'000'000'001LL, {{"text", "/Start@DeskBot payload"}}));
        QVERIFY(u.kind == IncomingUpdate::Kind::Message);
        QCOMPARE(u.userId, 9'000'000'001LL);
        QCOMPARE(u.command.value_or(""), std::string("/start"));
        QCOMPARE(u.commandArgs, std::string("payload"));
        QCOMPARE(u.languageCode.value_or(""), std::string("ru"));
    }

    void takesTheLargestPhotoAndTheCaption()
    {
        const auto u = IncomingUpdate::parse(privateMessage(
            5, {{"caption", "receipt"},
                {"photo",
                 Json::array({{{"file_id", "small"}, {"file_size", 10}}, {{"file_id", "big"}, {"file_size", 900}}})}}));
        QVERIFY(u.file);
        QCOMPARE(u.file->fileId, std::string("big"));
        QCOMPARE(u.file->size.value_or(0), 900LL);
        QCOMPARE(u.text, std::string("receipt"));
        QVERIFY(!u.command);
    }

    void ignoresWhatIsNotAPersonInAPrivateChat()
    {
        auto group = privateMessage(5, {{"text", "hi"}});
        group["message"]["chat"] = {{"id", -100}, {"type", "group"}};
        QVERIFY(IncomingUpdate::parse(group).kind == IncomingUpdate::Kind::Ignored);
        auto bot = privateMessage(5, {{"text", "hi"}});
        bot["message"]["from"]["is_bot"] = true;
        QVERIFY(IncomingUpdate::parse(bot).kind == IncomingUpdate::Kind::Ignored);
        auto foreignChat = privateMessage(5, {{"text", "hi"}});
        foreignChat["message"]["chat"]["id"] = 6;
        QVERIFY(IncomingUpdate::parse(foreignChat).kind == IncomingUpdate::Kind::Ignored);
        for (const Json &bad : {Json(nullptr), Json::array(), Json{{"update_id", 3}, {"message", 5}},
                                Json{{"update_id", 3}, {"poll", Json::object()}},
                                Json{{"update_id", 3}, {"message", {{"from", {{"id", "x"}}}, {"chat", 1}}}}}) {
            const auto u = IncomingUpdate::parse(bad);
            QVERIFY(u.kind == IncomingUpdate::Kind::Ignored);
            QVERIFY(!u.ignoredReason.empty());
        }
    }

    void aCallbackOnAnInaccessibleMessageHasNoMessageId()
    {
        const Json update = {
            {"update_id", 4},
            {"callback_query",
             {{"id", "cb1"},
              {"from", {{"id", 5}, {"is_bot", false}}},
              {"data", "b:token"},
              {"message", {{"message_id", 9}, {"date", 0}, {"chat", {{"id", 5}, {"type", "private"}}}}}}}};
        const auto u = IncomingUpdate::parse(update);
        QVERIFY(u.kind == IncomingUpdate::Kind::Callback);
        QCOMPARE(u.callbackMessageId, 0LL);
        QCOMPARE(u.callbackData, std::string("b:token"));
    }

    void blockingTheBotIsAChatMemberUpdate()
    {
        const Json update = {{"update_id", 5},
                             {"my_chat_member",
                              {{"from", {{"id", 5}, {"is_bot", false}}},
                               {"chat", {{"id", 5}, {"type", "private"}}},
                               {"new_chat_member", {{"status", "kicked"}}}}}};
        const auto u = IncomingUpdate::parse(update);
        QVERIFY(u.kind == IncomingUpdate::Kind::ChatMember);
        QVERIFY(!u.botAllowed);
    }
};

QTEST_APPLESS_MAIN(TestTelegramTexts)
#include "tst_tg_texts.moc"
