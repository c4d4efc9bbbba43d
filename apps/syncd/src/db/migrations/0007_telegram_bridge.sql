-- 0007: what the Telegram bridge needs beyond 0001's placeholder tables.

-- Customers: what the bot learns about them and whether they can still be reached.
ALTER TABLE customers
    ADD COLUMN first_name         text CHECK (first_name IS NULL OR length(first_name) <= 256),
    ADD COLUMN email              text CHECK (email IS NULL OR length(email) <= 254),
    ADD COLUMN language_chosen    boolean NOT NULL DEFAULT false,   -- /language used: stop following Telegram's
    ADD COLUMN unreachable_at     timestamptz,                      -- 403/“chat not found” from Telegram
    ADD COLUMN unreachable_reason text;
-- The verification word is generated once and never changes: a customer learns to expect it.
CREATE UNIQUE INDEX customers_verification_word_key ON customers (verification_word) WHERE verification_word IS NOT NULL;

-- Updates: the intake stores each one before the poller confirms its offset. `from_user_id`
-- serves the per-customer flood limit; `kind` is the payload's kind (message, callback_query, …).
ALTER TABLE tg_updates
    ADD COLUMN from_user_id bigint,
    ADD COLUMN kind         text,
    ADD COLUMN attempts     integer NOT NULL DEFAULT 0 CHECK (attempts >= 0);
CREATE INDEX tg_updates_from_idx ON tg_updates (from_user_id, received_at) WHERE from_user_id IS NOT NULL;

-- Where a customer is in a bot flow (new exchange, proof, dispute reason, …). One row per customer,
-- updated in the same transaction as the update that moved it.
CREATE TABLE tg_conversations (
    customer_id bigint PRIMARY KEY REFERENCES customers (id),
    state       text NOT NULL DEFAULT 'idle' CHECK (length(state) BETWEEN 1 AND 64),
    data        jsonb NOT NULL DEFAULT '{}',
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Inline buttons. callback_data is only an opaque token ("b:<token>", ≤ 64 bytes) naming a row here,
-- so nothing a client sends is trusted. Buttons of one message share `group_token`: using one
-- spends the whole group, so a confirmation cannot be pressed twice (or its sibling after it).
CREATE TABLE tg_buttons (
    token       text PRIMARY KEY CHECK (token ~ '^[A-Za-z0-9_-]{8,40}$'),
    group_token text NOT NULL,
    customer_id bigint NOT NULL REFERENCES customers (id),
    action      text NOT NULL,
    payload     jsonb NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL DEFAULT now(),
    used_at     timestamptz
);
CREATE INDEX tg_buttons_group_idx ON tg_buttons (group_token);

-- Small named state of the bridge's singleton workers (the notifier's change-feed cursor, the
-- poller's last success and error), so another instance taking over continues where it stopped.
CREATE TABLE bridge_state (
    name       text PRIMARY KEY,
    value      jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Outbox: one row per message to deliver, written in the transaction of its cause. `dedupe_key`
-- makes "notify the customer of event N" happen once however often the notifier replays N;
-- `parts_sent` lets a long text split in several messages resume without resending a part.
ALTER TABLE outbox DROP CONSTRAINT outbox_channel_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_channel_valid CHECK (channel IN ('telegram_customer', 'telegram_ops', 'email'));
ALTER TABLE outbox
    ADD COLUMN customer_id       bigint REFERENCES customers (id),
    ADD COLUMN ticket_message_id bigint REFERENCES ticket_messages (id),
    ADD COLUMN dedupe_key        text UNIQUE CHECK (dedupe_key IS NULL OR length(dedupe_key) <= 200),
    ADD COLUMN status            text NOT NULL DEFAULT 'queued'
                                 CHECK (status IN ('queued', 'sent', 'failed', 'undeliverable')),
    ADD COLUMN tg_message_id     bigint,
    ADD COLUMN parts_sent        integer NOT NULL DEFAULT 0 CHECK (parts_sent >= 0);
CREATE INDEX outbox_queued_idx ON outbox (next_attempt_at, id) WHERE status = 'queued';
CREATE INDEX outbox_ticket_message_idx ON outbox (ticket_message_id) WHERE ticket_message_id IS NOT NULL;

-- Support tickets: SLA, priority, who answered, and per-operator read marks.
ALTER TABLE support_tickets
    ADD COLUMN priority                 text NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal', 'urgent')),
    ADD COLUMN first_response_due_at    timestamptz,
    ADD COLUMN next_response_due_at     timestamptz,
    ADD COLUMN first_responded_at       timestamptz,
    ADD COLUMN last_customer_message_at timestamptz,
    ADD COLUMN last_message_id          bigint,
    ADD COLUMN closed_at                timestamptz,
    ADD COLUMN version                  integer NOT NULL DEFAULT 1 CHECK (version >= 1);
CREATE INDEX support_tickets_open_idx ON support_tickets (status, next_response_due_at);

ALTER TABLE ticket_messages
    ADD COLUMN edited_at     timestamptz,
    ADD COLUMN original_body text,                    -- the first text when the customer edited it
    ADD COLUMN tg_update_id  bigint;                  -- the update it came from (customer messages)
CREATE UNIQUE INDEX ticket_messages_update_key ON ticket_messages (tg_update_id) WHERE tg_update_id IS NOT NULL;
CREATE INDEX ticket_messages_tg_message_idx ON ticket_messages (tg_message_id) WHERE tg_message_id IS NOT NULL;

CREATE TABLE ticket_reads (
    ticket_id            bigint NOT NULL REFERENCES support_tickets (id),
    operator_id          bigint NOT NULL REFERENCES operators (id),
    last_read_message_id bigint NOT NULL,
    PRIMARY KEY (ticket_id, operator_id)
);

-- Canned replies carry both languages; the customer's decides which is sent. The table was
-- never written to before this migration.
ALTER TABLE canned_replies DROP COLUMN language;
ALTER TABLE canned_replies RENAME COLUMN body TO body_ru;
ALTER TABLE canned_replies
    ADD COLUMN body_en    text NOT NULL DEFAULT '',
    ADD COLUMN title      text NOT NULL DEFAULT '',
    ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN version    integer NOT NULL DEFAULT 1 CHECK (version >= 1);

-- Orders from the bot: until when the confirmed indicative quote holds, and when the customer
-- confirmed receipt of the payout.
ALTER TABLE orders
    ADD COLUMN quote_locked_until timestamptz;
