#!/usr/bin/env node
// Customers for the demo: they talk to the desk's bot through the fake Telegram Bot API server
// (tests/support/fake_telegram_main.cpp) and its /_control/ endpoints, exactly as people would
// through Telegram — nothing here touches syncd or its database.
//
//   node tools/customer-simulator.mjs --api http://127.0.0.1:8081 --customers 3
//       simulated customers: they start the bot, exchange, press "I've sent", send a txid,
//       confirm receipt, and now and then ask the desk a question.
//   node tools/customer-simulator.mjs --api http://127.0.0.1:8081 --chat 1001 [--lang ru]
//       a terminal chat as customer 1001: type text to send it, a number to press that button of
//       the last message with buttons, "/photo FILE" to send a picture, Ctrl-D to leave.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const args = process.argv.slice(2);
const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const api = option('--api', 'http://127.0.0.1:8081');

async function control(path, body) {
    const response = await fetch(api + path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!json.ok) throw new Error(`${path}: ${json.description ?? response.status}`);
    return json;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const pick = (list) => list[Math.floor(Math.random() * list.length)];

// The bot's messages to one chat, in order, fetched with the server's long-poll.
class Inbox {
    constructor(chat) {
        this.chat = chat;
        this.seq = 0;
        this.messages = [];
    }
    async poll(waitSeconds = 20) {
        const { result } = await control(`/_control/sent?chat_id=${this.chat}&after_seq=${this.seq}&wait=${waitSeconds}`);
        for (const sent of result) {
            this.seq = Math.max(this.seq, sent.seq);
            if (sent.method === 'sendMessage') this.messages.push(sent);
        }
        return result.filter((s) => s.method === 'sendMessage');
    }
    // Waits for a message whose text matches, among those after `from`.
    async waitFor(pattern, from, timeoutMs = 120000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const found = this.messages.slice(from).find((m) => pattern.test(m.params.text ?? ''));
            if (found) return found;
            if (Date.now() > deadline) return null;
            await this.poll(10);
        }
    }
    // Waits for a message (after `from`) with a button whose label matches.
    async waitForButton(pattern, from, timeoutMs = 120000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const found = this.messages.slice(from).find((m) => buttons(m).some((b) => pattern.test(b.text)));
            if (found) return found;
            if (Date.now() > deadline) return null;
            await this.poll(10);
        }
    }
    lastWithButtons() {
        for (let i = this.messages.length - 1; i >= 0; --i)
            if (this.messages[i].params.reply_markup?.inline_keyboard?.length) return this.messages[i];
        return null;
    }
}

function buttons(message) {
    return (message?.params.reply_markup?.inline_keyboard ?? []).flat();
}

async function press(chat, message, labelPattern) {
    const button = buttons(message).find((b) => labelPattern.test(b.text));
    if (!button) return false;
    await control('/_control/button', { user_id: chat, message_id: message.message_id, data: button.callback_data });
    return true;
}

// A card number that passes the Luhn check, as the bot insists.
function cardNumber() {
    const digits = [2, 2, 0, 0, ...Array.from({ length: 11 }, () => Math.floor(Math.random() * 10))];
    let sum = 0;
    for (let i = digits.length - 1, double = true; i >= 0; --i, double = !double) {
        let d = digits[i] * (double ? 2 : 1);
        sum += d > 9 ? d - 9 : d;
    }
    digits.push((10 - (sum % 10)) % 10);
    return digits.join('').replace(/(.{4})/g, '$1 ').trim();
}

const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(Math.random() * 16)]).join('');

const names = ['Anna', 'Boris', 'Chen', 'Dmitry', 'Elena', 'Farid', 'Galina', 'Hans', 'Irina', 'Jamal'];
const questions = {
    en: ['Hello, how long does it usually take?', 'Is the rate fixed once you take my order?', 'Thank you!'],
    ru: ['Здравствуйте, сколько обычно занимает обмен?', 'Курс фиксируется, когда вы берёте заявку?', 'Спасибо!'],
};

async function customer(chat, lang, log) {
    const inbox = new Inbox(chat);
    const name = pick(names);
    const say = (text) => control('/_control/text', { user_id: chat, text, language_code: lang, first_name: name });
    const isRu = lang === 'ru';
    for (;;) {
        await inbox.poll(0); // everything said so far is behind us
        let from = inbox.messages.length;
        await say('/new');
        const direction = await inbox.waitForButton(isRu ? /Продать/ : /Sell/, from, 30000);
        if (!direction) {
            log('the desk takes no order now; waiting');
            await sleep(30000);
            continue;
        }
        from = inbox.messages.length;
        await press(chat, direction, isRu ? /Продать/ : /Sell/);
        const pairs = await inbox.waitForButton(/USDT|BTC|ETH/, from);
        if (!pairs) continue;
        from = inbox.messages.length;
        await press(chat, pairs, /USDT|BTC|ETH/);
        if (!(await inbox.waitFor(isRu ? /Какую сумму/ : /How much/, from))) continue;
        await sleep(1500);
        from = inbox.messages.length;
        await say(String(50 + Math.floor(Math.random() * 450)));
        const quote = await inbox.waitForButton(isRu ? /Продолжить/ : /Continue/, from, 30000);
        if (!quote) {
            log('no quote for that amount; starting again');
            await sleep(10000);
            continue;
        }
        from = inbox.messages.length;
        await press(chat, quote, isRu ? /Продолжить/ : /Continue/);
        await inbox.waitFor(isRu ? /Куда перевести/ : /Where should we pay/, from);
        await sleep(1500);
        from = inbox.messages.length;
        await say(cardNumber());
        const check = await inbox.waitForButton(isRu ? /Подтвердить/ : /Confirm/, from);
        if (!check) continue;
        await sleep(1000);
        from = inbox.messages.length;
        await press(chat, check, isRu ? /Подтвердить/ : /Confirm/);
        const created = await inbox.waitFor(isRu ? /создана/ : /is created/, from);
        const code = created?.params.text.match(/<b>([A-Z0-9-]+)<\/b>/)?.[1] ?? '?';
        log(`created order ${code}`);
        if (Math.random() < 0.5) await say(pick(questions[lang]));

        // Follow the order until it ends.
        let received = false;
        for (let seen = inbox.messages.length; !received; ) {
            await inbox.poll(20);
            const fresh = inbox.messages.slice(seen);
            seen = inbox.messages.length;
            for (const m of fresh) {
                const text = m.params.text ?? '';
                if (buttons(m).some((b) => /sent|paid|отправил|оплатил/i.test(b.text))) {
                    await sleep(3000 + Math.random() * 5000);
                    await press(chat, m, /sent|paid|отправил|оплатил/i);
                    await sleep(2000);
                    await say(hex(64));
                    log(`${code}: sent a txid`);
                } else if (/rejected|could not accept|не смог принять/i.test(text)) {
                    await sleep(3000);
                    await say(hex(64));
                } else if (buttons(m).some((b) => /received|Получил/.test(b.text))) {
                    await sleep(3000 + Math.random() * 5000);
                    await press(chat, m, /received|Получил/);
                    log(`${code}: confirmed receipt`);
                    received = true;
                }
            }
            if (fresh.some((m) => /completed|cancelled|завершена|отменена/i.test(m.params.text ?? ''))) break;
        }
        log(`${code}: finished`);
        await sleep(20000 + Math.random() * 40000);
    }
}

async function chat(chatId, lang) {
    const inbox = new Inbox(chatId);
    const show = (m) => {
        const text = (m.params.text ?? '').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"').replace(/&amp;/g, '&');
        console.log(`\n🤖 ${text}`);
        buttons(m).forEach((b, i) => console.log(`   [${i + 1}] ${b.text}`));
    };
    (async () => {
        for (;;) {
            try {
                for (const m of await inbox.poll(25)) show(m);
            } catch (e) {
                console.error(`(fake Telegram unreachable: ${e.message})`);
                await sleep(2000);
            }
        }
    })();
    console.log(`You are Telegram user ${chatId}. Type a message, a button number, or /photo FILE.`);
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) {
        const text = line.trim();
        if (!text) continue;
        try {
            if (/^\d+$/.test(text) && inbox.lastWithButtons()) {
                const message = inbox.lastWithButtons();
                const button = buttons(message)[Number(text) - 1];
                if (button)
                    await control('/_control/button', {
                        user_id: chatId, message_id: message.message_id, data: button.callback_data,
                    });
            } else if (text.startsWith('/photo ')) {
                const bytes = readFileSync(text.slice(7).trim());
                const response = await fetch(`${api}/_control/photo?user_id=${chatId}`, { method: 'POST', body: bytes });
                if (!response.ok) console.error('photo refused');
            } else {
                await control('/_control/text', { user_id: chatId, text, language_code: lang, first_name: 'You' });
            }
        } catch (e) {
            console.error(e.message);
        }
    }
    process.exit(0);
}

const chatId = option('--chat');
if (chatId) {
    await chat(Number(chatId), option('--lang', 'en'));
} else {
    const count = Number(option('--customers', '3'));
    const base = Number(option('--first-id', '7100000001'));
    for (let i = 0; i < count; ++i) {
        const id = base + i;
        const lang = i % 2 ? 'ru' : 'en';
        const log = (text) => console.log(`[customer ${id}] ${text}`);
        (async () => {
            await sleep(i * 4000);
            for (;;) {
                try {
                    await control('/_control/text', { user_id: id, text: '/start', language_code: lang, first_name: pick(names) });
                    await customer(id, lang, log);
                } catch (e) {
                    log(`paused: ${e.message}`);
                    await sleep(5000);
                }
            }
        })();
    }
}
