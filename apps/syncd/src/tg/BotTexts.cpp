#include "tg/BotTexts.h"

#include <array>
#include <utility>

namespace p2pdesk::syncd::tg {

namespace {

struct Entry {
    Text id;
    std::string_view ru;
    std::string_view en;
};

// Kept in enum order; a test checks every entry is present in both languages.
constexpr Entry kTexts[] = {
    {Text::StartGreeting,
     "Здравствуйте, {name}! Это бот обменного пункта.\n\nВаше кодовое слово: <b>{word}</b>. Оно стоит в конце "
     "каждого нашего сообщения. Если «поддержка» пишет вам без него — это не мы.\n\nЧто вы хотите сделать?",
     "Hello, {name}! This is the exchange desk's bot.\n\nYour desk word is <b>{word}</b>. It ends every message we "
     "send. If “support” writes to you without it, it is not us.\n\nWhat would you like to do?"},
    {Text::Help,
     "Команды:\n/start — главное меню\n/new — новый обмен\n/status — ваши открытые заявки\n/cancel — отменить "
     "заявку (пока это возможно)\n/language — язык\n/email адрес — копии уведомлений на почту\n/help — эта "
     "справка\n\nЛюбое другое сообщение получит оператор.",
     "Commands:\n/start — main menu\n/new — new exchange\n/status — your open orders\n/cancel — cancel an order "
     "(while that is possible)\n/language — language\n/email address — official notices by e-mail too\n/help — this "
     "help\n\nAny other message goes to an operator."},
    {Text::MenuNewExchange, "💱 Новый обмен", "💱 New exchange"},
    {Text::MenuMyOrders, "📋 Мои заявки", "📋 My orders"},
    {Text::MenuLanguage, "🌐 Язык / Language", "🌐 Язык / Language"},
    {Text::LanguagePrompt, "Выберите язык:", "Choose your language:"},
    {Text::LanguageSet, "Язык: русский.", "Language: English."},
    {Text::DeskClosed,
     "Сейчас обменный пункт закрыт: нет дежурного оператора. Новые заявки не принимаются — попробуйте позже.",
     "The desk is closed right now: no operator is on duty, so no new orders are taken. Please try again later."},
    {Text::DeskClosedUntil,
     "Сейчас обменный пункт закрыт. Он откроется {when} ({zone}) — тогда можно будет создать заявку. Сообщения "
     "здесь оператор прочитает.",
     "The desk is closed now. It opens {when} ({zone}); you can place an order then. An operator will read your "
     "messages here."},
    {Text::DeskClosedNoHours,
     "Сейчас обменный пункт закрыт и новые заявки не принимает. Сообщения здесь оператор прочитает.",
     "The desk is closed now and takes no new orders. An operator will read your messages here."},
    {Text::RateStale,
     "Сейчас мы не можем назвать курс для этой пары (курс обновляется). Попробуйте через несколько минут.",
     "We cannot quote this pair right now (the rate is being updated). Please try again in a few minutes."},
    {Text::CustomerBlocked, "К сожалению, обменный пункт не может вас обслужить. Если это ошибка, напишите нам здесь.",
     "We are sorry, the desk cannot serve you. If you think this is a mistake, write to us here."},
    {Text::NewOrdersPaused,
     "Сейчас обменный пункт не принимает новые заявки. Заявки, которые уже в работе, мы доведём до конца, а "
     "сообщения здесь по-прежнему получит оператор. Попробуйте позже.",
     "The desk is not taking new orders right now. Orders already under way go on as usual, and an operator still "
     "reads your messages here. Please try again later."},
    {Text::NoPairs, "Сейчас нет доступных направлений обмена. Попробуйте позже.",
     "No exchange pairs are available right now. Please try again later."},
    {Text::ChooseDirection, "Что вы хотите сделать?", "What would you like to do?"},
    {Text::DirectionSell, "Продать криптовалюту", "Sell crypto"},
    {Text::DirectionBuy, "Купить криптовалюту", "Buy crypto"},
    {Text::ChoosePair, "Выберите пару:", "Choose the pair:"},
    {Text::AskAmount,
     "Какую сумму? Отправьте сумму в {asset} или в {fiat} со словом {fiat}.\nНапример: <code>150</code> или "
     "<code>15000 {fiat}</code>",
     "How much? Send the amount in {asset}, or in {fiat} followed by {fiat}.\nFor example: <code>150</code> or "
     "<code>15000 {fiat}</code>"},
    {Text::AmountUnreadable, "Не получилось прочитать сумму. Отправьте число, например 150 или 15000 {fiat}.",
     "I could not read that amount. Send a number, for example 150 or 15000 {fiat}."},
    {Text::AmountOutOfRange, "Эта сумма вне лимитов обменного пункта. Попробуйте другую сумму.",
     "This amount is outside the desk's limits. Please try another amount."},
    {Text::QuoteSell,
     "<b>Предварительный расчёт</b>\nКурс: 1 {asset} = {rate} {fiat}\nВы отправляете: <b>{crypto} {asset}</b> "
     "({network})\nВы получаете: <b>{amount_fiat} {fiat}</b>\nКомиссия: {fee} {fiat}\n\nКурс фиксируется, когда "
     "оператор берёт заявку; после подтверждения расчёт действует {minutes} мин.",
     "<b>Indicative quote</b>\nRate: 1 {asset} = {rate} {fiat}\nYou send: <b>{crypto} {asset}</b> ({network})\nYou "
     "receive: <b>{amount_fiat} {fiat}</b>\nFee: {fee} {fiat}\n\nThe rate is fixed when an operator takes your order; "
     "once you confirm, this quote holds for {minutes} min."},
    {Text::QuoteBuy,
     "<b>Предварительный расчёт</b>\nКурс: 1 {asset} = {rate} {fiat}\nВы платите: <b>{amount_fiat} {fiat}</b>\nВы "
     "получаете: <b>{crypto} {asset}</b> ({network})\nКомиссия: {fee} {fiat}\n\nКурс фиксируется, когда оператор "
     "берёт заявку; после подтверждения расчёт действует {minutes} мин.",
     "<b>Indicative quote</b>\nRate: 1 {asset} = {rate} {fiat}\nYou pay: <b>{amount_fiat} {fiat}</b>\nYou receive: "
     "<b>{crypto} {asset}</b> ({network})\nFee: {fee} {fiat}\n\nThe rate is fixed when an operator takes your order; "
     "once you confirm, this quote holds for {minutes} min."},
    {Text::ButtonContinue, "Продолжить", "Continue"},
    {Text::ButtonCancel, "Отмена", "Cancel"},
    {Text::ButtonConfirm, "✅ Подтвердить", "✅ Confirm"},
    {Text::AskRequisitesSell, "Куда перевести деньги? Отправьте номер карты, номер счёта или номер телефона для СБП.",
     "Where should we pay you? Send a card number, an account number or a phone number for fast payments."},
    {Text::AskRequisitesBuy, "Отправьте ваш адрес {asset} в сети {network} для получения.",
     "Send your {asset} address on the {network} network to receive the crypto."},
    {Text::RequisitesInvalid, "Похоже на ошибку: {reason}. Отправьте, пожалуйста, ещё раз.",
     "That does not look right: {reason}. Please send it again."},
    {Text::ConfirmSummary,
     "<b>Проверьте заявку</b>\n{quote}\nРеквизиты для выплаты: <code>{requisites}</code>\n\nВсё верно?",
     "<b>Check your order</b>\n{quote}\nPayout to: <code>{requisites}</code>\n\nIs everything correct?"},
    {Text::OrderCreated,
     "Заявка <b>{code}</b> создана. Оператор скоро возьмёт её в работу; я буду сообщать о каждом шаге.",
     "Order <b>{code}</b> is created. An operator will take it shortly; I will tell you about every step."},
    {Text::FlowCancelled, "Хорошо, отменено. Ничего не создано.", "OK, cancelled. Nothing was created."},
    {Text::QuoteExpired, "Расчёт устарел. Начните заново: /new", "This quote has expired. Please start again: /new"},
    {Text::NoLongerCurrent, "Это уже неактуально.", "This is no longer current."},
    {Text::ButtonDone, "Готово", "Done"},
    {Text::NotifyAssigned, "Заявка <b>{code}</b>: оператор взял её в работу. Итоговый курс: 1 {asset} = {rate} {fiat}.",
     "Order <b>{code}</b>: an operator has taken it. Final rate: 1 {asset} = {rate} {fiat}."},
    {Text::NotifyAwaitingCrypto,
     "Заявка <b>{code}</b>: отправьте ровно <b>{crypto} {asset}</b> (сеть {network}) на адрес:\n<code>{address}</code>"
     "\nК выплате: {amount_fiat} {fiat}.\nСрок: до {deadline} UTC.\nПосле отправки нажмите «Я отправил».",
     "Order <b>{code}</b>: send exactly <b>{crypto} {asset}</b> ({network} network) to:\n<code>{address}</code>\nYou "
     "will receive: {amount_fiat} {fiat}.\nDeadline: {deadline} UTC.\nAfter sending, press “I've sent”."},
    {Text::NotifyAwaitingFiat,
     "Заявка <b>{code}</b>: к оплате <b>{amount_fiat} {fiat}</b>. Оператор пришлёт реквизиты для оплаты в этот чат."
     "\nСрок: до {deadline} UTC.\nПосле оплаты нажмите «Я оплатил».",
     "Order <b>{code}</b>: please pay <b>{amount_fiat} {fiat}</b>. The operator will send the payment details in "
     "this chat.\nDeadline: {deadline} UTC.\nAfter paying, press “I've paid”."},
    {Text::ButtonSent, "✅ Я отправил", "✅ I've sent"},
    {Text::ButtonPaid, "✅ Я оплатил", "✅ I've paid"},
    {Text::MarkedSent,
     "Спасибо. Теперь пришлите подтверждение: хеш транзакции (txid) текстом, скриншот или PDF перевода.",
     "Thank you. Now send the proof: the transaction id (txid) as text, or a screenshot or PDF of the transfer."},
    {Text::ProofReceived, "Заявка <b>{code}</b>: подтверждение получено, оператор проверяет его.",
     "Order <b>{code}</b>: proof received; an operator is checking it."},
    {Text::ProofRejected,
     "Заявка <b>{code}</b>: оператор не смог принять подтверждение. Пришлите другое (txid, скриншот или PDF).",
     "Order <b>{code}</b>: the operator could not accept the proof. Please send another one (txid, screenshot or "
     "PDF)."},
    {Text::ProofRefused, "Не удалось принять подтверждение: {reason}", "I could not accept this proof: {reason}"},
    {Text::FileTooLarge, "Файл больше {limit} МБ, я не могу его получить. Пришлите скриншот или PDF поменьше.",
     "This file is larger than {limit} MB, so I cannot receive it. Please send a smaller screenshot or PDF."},
    {Text::NotifyVerified, "Заявка <b>{code}</b>: оплата подтверждена, готовим выплату.",
     "Order <b>{code}</b>: your payment is confirmed; the payout is being prepared."},
    {Text::NotifyProcessing, "Заявка <b>{code}</b>: выплата отправляется.",
     "Order <b>{code}</b>: the payout is being sent."},
    {Text::NotifyPaidOut,
     "Заявка <b>{code}</b>: выплачено. Номер платежа: <code>{reference}</code>.\nПожалуйста, подтвердите получение.",
     "Order <b>{code}</b>: paid out. Payment reference: <code>{reference}</code>.\nPlease confirm when you have "
     "received it."},
    {Text::ButtonReceived, "✅ Получил", "✅ I've received it"},
    {Text::ButtonDispute, "⚠️ Открыть спор", "⚠️ Open a dispute"},
    {Text::NotifyCompleted, "Заявка <b>{code}</b> завершена. Спасибо, что выбрали нас!",
     "Order <b>{code}</b> is completed. Thank you for choosing us!"},
    {Text::NotifyCancelledByCustomer, "Заявка <b>{code}</b> отменена.", "Order <b>{code}</b> is cancelled."},
    {Text::NotifyCancelledByDesk, "Заявка <b>{code}</b> отменена обменным пунктом. Если есть вопросы, напишите здесь.",
     "Order <b>{code}</b> was cancelled by the desk. If you have questions, write here."},
    {Text::NotifyCancelledTimeout, "Заявка <b>{code}</b> отменена: истекло время ожидания.",
     "Order <b>{code}</b> was cancelled: the time for this step ran out."},
    {Text::NotifyDisputeOpened, "Заявка <b>{code}</b>: открыт спор. Старший оператор разберётся и напишет вам здесь.",
     "Order <b>{code}</b>: a dispute is open. A senior operator will look into it and write to you here."},
    {Text::NotifyDisputeResolved, "Заявка <b>{code}</b>: спор решён, статус заявки — {status}.",
     "Order <b>{code}</b>: the dispute is resolved; the order is now {status}."},
    {Text::AskDisputeReason, "Опишите, пожалуйста, проблему одним сообщением.",
     "Please describe the problem in one message."},
    {Text::StatusList, "<b>Ваши открытые заявки</b>\n{lines}", "<b>Your open orders</b>\n{lines}"},
    {Text::StatusLine, "• <b>{code}</b>: {crypto} {asset} ⇄ {amount_fiat} {fiat} — {status}",
     "• <b>{code}</b>: {crypto} {asset} ⇄ {amount_fiat} {fiat} — {status}"},
    {Text::NoOpenOrders, "У вас нет открытых заявок. Новый обмен: /new", "You have no open orders. New exchange: /new"},
    {Text::ChooseOrderToCancel, "Какую заявку отменить?", "Which order do you want to cancel?"},
    {Text::ConfirmCancel, "Отменить заявку <b>{code}</b>?", "Cancel order <b>{code}</b>?"},
    {Text::ButtonYesCancel, "Да, отменить", "Yes, cancel it"},
    {Text::ButtonNo, "Нет", "No"},
    {Text::CannotCancel,
     "Заявку <b>{code}</b> уже нельзя отменить здесь (оплата могла быть в пути). Напишите нам в этот чат.",
     "Order <b>{code}</b> can no longer be cancelled here (the payment may already be on its way). Write to us in "
     "this chat."},
    {Text::NothingToCancel, "Нет заявок, которые можно отменить.", "You have no order that can be cancelled."},
    {Text::MessagePassedOn, "Сообщение передано оператору; ответ придёт сюда.",
     "Your message was passed to an operator; the answer will come here."},
    {Text::Flood, "Вы отправляете сообщения слишком часто. Подождите минуту.",
     "You are sending messages too fast. Please wait a minute."},
    {Text::Unsupported, "Я понимаю только текст, фото и документы.", "I can only read text, photos and documents."},
    {Text::NotAllowedNow, "Сейчас это действие недоступно.", "This is not possible right now."},
    {Text::SomethingWentWrong, "Что-то пошло не так на нашей стороне. Попробуйте через минуту.",
     "Something went wrong on our side. Please try again in a minute."},
    {Text::ThankYou, "Спасибо!", "Thank you!"},
    {Text::EmailSaved,
     "Адрес {email} сохранён. Туда придут итоги ваших заявок, а если Telegram перестанет доставлять наши "
     "сообщения — и всё остальное. Отключить: /email off",
     "Saved {email}. The outcome of your orders will also be sent there, and everything else if Telegram stops "
     "delivering our messages. To turn it off: /email off"},
    {Text::EmailRemoved, "Адрес удалён, письма больше не придут.", "Address removed; no more e-mails."},
    {Text::EmailInvalid, "Не похоже на адрес почты. Пример: <code>/email name@example.com</code>",
     "That does not look like an e-mail address. Example: <code>/email name@example.com</code>"},
    {Text::RequoteOffered,
     "Заявка <b>{code}</b>: ваш платёж пришёл, когда курс уже не действовал ({why}).\nНовый курс: <b>{rate}</b> {fiat} "
     "за 1 {asset}. За {pay} вы получите <b>{receive}</b> (по прежнему курсу было {receive_before}).\n\nПринимаете "
     "новый курс? Если нет — откроется спор, и старший оператор свяжется с вами, чтобы вернуть платёж или "
     "договориться.",
     "Order <b>{code}</b>: your payment arrived after the rate had stopped holding ({why}).\nNew rate: <b>{rate}</b> "
     "{fiat} per 1 {asset}. For {pay} you will receive <b>{receive}</b> (at the old rate: {receive_before}).\n\nDo "
     "you accept the new rate? If not, a dispute opens and a senior operator will contact you to return your "
     "payment or agree on a solution."},
    {Text::RequoteWhyLockExpired, "курс был зафиксирован до {until} UTC", "the rate was fixed until {until} UTC"},
    {Text::RequoteWhyRateMoved, "рыночный курс изменился более чем на {percent}%",
     "the market rate moved by more than {percent}%"},
    {Text::ButtonAcceptRate, "✅ Принимаю новый курс", "✅ I accept the new rate"},
    {Text::ButtonDeclineRate, "❌ Не принимаю", "❌ I do not accept"},
    {Text::RequoteAccepted, "Спасибо! Заявка <b>{code}</b>: новый курс принят, вы получите <b>{receive}</b>.",
     "Thank you! Order <b>{code}</b>: the new rate is accepted; you will receive <b>{receive}</b>."},
    {Text::AskPayoutBank, "В какой банк перевести {fiat}?", "Which bank should we pay your {fiat} to?"},
    // The requisites line of the confirmation when a bank was chosen: "•••• 1111, Sberbank".
    {Text::PayoutToBank, "{requisites}, {bank}", "{requisites}, {bank}"},
    {Text::BankNotAccepted, "Сейчас мы не переводим в этот банк. Начните, пожалуйста, заново: /new",
     "We do not pay out to that bank at the moment. Please start again: /new"},
};

} // namespace

std::string_view text(Text id, std::string_view language)
{
    for (const auto &entry : kTexts)
        if (entry.id == id)
            return language == "en" ? entry.en : entry.ru;
    return {};
}

std::string deskOpensWhen(const domain::DeskLocalTime &opens, std::string_view language)
{
    // Russian weekdays after "в": accusative, and "во" before "вторник" for the sound.
    static constexpr std::string_view kRu[7] = {"в понедельник", "во вторник", "в среду",      "в четверг",
                                                "в пятницу",     "в субботу",  "в воскресенье"};
    static constexpr std::string_view kEn[7] = {"on Monday", "on Tuesday",  "on Wednesday", "on Thursday",
                                                "on Friday", "on Saturday", "on Sunday"};
    const bool en = language == "en";
    std::string clock(5, '0');
    clock[0] = char('0' + opens.minute / 600);
    clock[1] = char('0' + opens.minute / 60 % 10);
    clock[2] = ':';
    clock[3] = char('0' + opens.minute % 60 / 10);
    clock[4] = char('0' + opens.minute % 10);
    std::string day;
    if (opens.daysFrom == 0)
        day = en ? "today" : "сегодня";
    else if (opens.daysFrom == 1)
        day = en ? "tomorrow" : "завтра";
    else
        day = std::string((en ? kEn : kRu)[std::size_t(opens.weekday % 7)]);
    return day + (en ? " at " : " в ") + clock;
}

std::string fill(std::string_view pattern, std::initializer_list<std::pair<std::string_view, std::string>> values)
{
    std::string out;
    out.reserve(pattern.size() + 64);
    for (std::size_t i = 0; i < pattern.size();) {
        if (pattern[i] == '{') {
            const auto close = pattern.find('}', i);
            if (close != std::string_view::npos) {
                const auto key = pattern.substr(i + 1, close - i - 1);
                bool replaced = false;
                for (const auto &[name, value] : values) {
                    if (name == key) {
                        out += value;
                        replaced = true;
                        break;
                    }
                }
                if (replaced) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += pattern[i++];
    }
    return out;
}

} // namespace p2pdesk::syncd::tg
