#!/usr/bin/env node
// An outside check of the Telegram bridge against a third-party Bot API emulator
// (the `telegram-test-api` npm package), so the bridge is not only tested against our own fake.
// tests/syncd/tst_tg_third_party_emulator.cpp starts this script, then a syncd polling it.
//
//   node tools/telegram-test-api-check.mjs PORT TOKEN
//
// Prints "listening" once the emulator is up, then, as a customer: sends /start, waits for the
// bot's greeting, presses its "New exchange" button and waits for the next question. Exits 0 and
// prints "ok: <greeting>" when both came, 1 otherwise. The emulator lacks long polling, files and
// offsets (see TOOLCHAIN.md): the bridge must cope with getUpdates answering at once.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const TelegramServer = require('telegram-test-api');

const [port, token] = process.argv.slice(2);
if (!port || !token) {
    console.error('usage: telegram-test-api-check.mjs PORT TOKEN');
    process.exit(2);
}
const userId = 4242424242; // above 32 bits, like real ids
const server = new TelegramServer({ port: Number(port), host: '127.0.0.1', storeTimeout: 120 });
await server.start();
console.log('listening');

const client = server.getClient(token, { userId, chatId: userId, firstName: 'Emu', timeout: 60000, interval: 50 });
const fail = async (why) => {
    console.error(`fail: ${why}`);
    await server.stop();
    process.exit(1);
};

try {
    await client.sendCommand(client.makeCommand('/start'));
    const greeting = (await client.getUpdates()).result.find((u) => /desk word|Кодовое слово/.test(u.message.text));
    if (!greeting) await fail('no greeting');
    const keyboard = greeting.message.reply_markup?.inline_keyboard ?? [];
    const button = keyboard.flat().find((b) => /New exchange|Новый обмен/.test(b.text));
    if (!button) await fail('no "New exchange" button');
    await client.sendCallback(client.makeCallbackQuery(button.callback_data));
    const next = (await client.getUpdates()).result.find((u) => /What would you like|Что вы хотите|closed|закрыт/.test(u.message.text));
    if (!next) await fail('no answer to the button');
    console.log(`ok: ${greeting.message.text.split('\n')[0]}`);
    await server.stop();
    process.exit(0);
} catch (e) {
    await fail(e.message);
}
