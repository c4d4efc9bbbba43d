-- 0001: every entity of DESIGN.md "Entities". Later migrations (0002+) add columns and indexes;
-- they never rebuild these tables. Money is numeric, time is timestamptz, ids are bigint identities.

-- Operators and sessions ---------------------------------------------------------------------------
CREATE TABLE operators (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username        text NOT NULL,
    display_name    text NOT NULL DEFAULT '',
    roles           text[] NOT NULL DEFAULT '{operator}',
    password_hash   text NOT NULL,
    totp_secret_ciphertext bytea,
    totp_secret_nonce      bytea,
    totp_secret_key_id     text,
    totp_confirmed  boolean NOT NULL DEFAULT false,
    totp_last_step  bigint NOT NULL DEFAULT 0,   -- last accepted TOTP step: a code is never accepted twice
    active          boolean NOT NULL DEFAULT true,
    on_duty         boolean NOT NULL DEFAULT false,
    failed_logins   integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT operators_roles_valid CHECK (roles <@ ARRAY['operator', 'senior', 'admin']::text[]),
    CONSTRAINT operators_username_format CHECK (username ~ '^[a-z0-9_.-]{2,64}$')
);
CREATE UNIQUE INDEX operators_username_key ON operators (lower(username));

CREATE TABLE sessions (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash          bytea NOT NULL UNIQUE,
    operator_id         bigint NOT NULL REFERENCES operators (id) ON DELETE CASCADE,
    created_at          timestamptz NOT NULL DEFAULT now(),
    last_seen_at        timestamptz NOT NULL DEFAULT now(),
    idle_expires_at     timestamptz NOT NULL,
    absolute_expires_at timestamptz NOT NULL,
    revoked_at          timestamptz,
    ip                  inet,
    user_agent          text,
    workstation_id      text
);
CREATE INDEX sessions_operator_idx ON sessions (operator_id) WHERE revoked_at IS NULL;

-- Customers and requisites -------------------------------------------------------------------------
CREATE TABLE customers (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tg_user_id        bigint NOT NULL UNIQUE,
    username          text,
    language          text NOT NULL DEFAULT 'ru' CHECK (language IN ('ru', 'en')),
    blocked           boolean NOT NULL DEFAULT false,
    blocked_reason    text,
    verification_word text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customers_username_idx ON customers (lower(username));

CREATE TABLE banks (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code       text NOT NULL UNIQUE,
    name       text NOT NULL,
    country    text,
    fiat_currency text NOT NULL CHECK (fiat_currency ~ '^[A-Z]{3}$'),
    active     boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE payout_accounts (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id   bigint NOT NULL REFERENCES customers (id),
    kind          text NOT NULL CHECK (kind IN ('card', 'account', 'phone', 'p2p', 'crypto')),
    bank_id       bigint REFERENCES banks (id),
    ciphertext    bytea NOT NULL,           -- AES-256-GCM of the full requisites (ciphertext || tag)
    nonce         bytea NOT NULL,
    key_id        text NOT NULL,            -- which key encrypted it, for rotation
    keyed_hash    bytea NOT NULL,           -- HMAC of the normalised value, for lookups across customers
    masked        text NOT NULL,            -- e.g. "2200 •••• •••• 1234", safe for lists
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payout_accounts_keyed_hash_idx ON payout_accounts (keyed_hash);
CREATE INDEX payout_accounts_customer_idx ON payout_accounts (customer_id, created_at);

-- Rates, wallets, limits ----------------------------------------------------------------------------
CREATE TABLE rates (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    direction       text NOT NULL CHECK (direction IN ('crypto_to_fiat', 'fiat_to_crypto')),
    asset           text NOT NULL,
    network         text NOT NULL,
    fiat_currency   text NOT NULL CHECK (fiat_currency ~ '^[A-Z]{3}$'),
    base_rate       numeric(30, 10) CHECK (base_rate > 0),
    base_source     text NOT NULL DEFAULT 'manual' CHECK (base_source IN ('manual', 'feed')),
    base_updated_at timestamptz,
    margin_percent  numeric(10, 4) NOT NULL DEFAULT 0,
    fixed_fee       numeric(30, 10) NOT NULL DEFAULT 0 CHECK (fixed_fee >= 0),
    min_amount      numeric(30, 10) NOT NULL DEFAULT 0 CHECK (min_amount >= 0),
    max_amount      numeric(30, 10) CHECK (max_amount >= min_amount),
    reserve         numeric(30, 10) CHECK (reserve >= 0),
    active          boolean NOT NULL DEFAULT true,
    version         integer NOT NULL DEFAULT 1,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (direction, asset, network, fiat_currency)
);

CREATE TABLE rate_history (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rate_id        bigint NOT NULL REFERENCES rates (id),
    at             timestamptz NOT NULL DEFAULT now(),
    actor          text NOT NULL,
    operator_id    bigint REFERENCES operators (id),
    base_rate      numeric(30, 10),
    margin_percent numeric(10, 4) NOT NULL,
    fixed_fee      numeric(30, 10) NOT NULL,
    min_amount     numeric(30, 10) NOT NULL,
    max_amount     numeric(30, 10),
    reserve        numeric(30, 10),
    reason         text
);
CREATE INDEX rate_history_rate_idx ON rate_history (rate_id, at);

CREATE TABLE crypto_wallets (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider   text NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('hot', 'cold')),
    asset      text NOT NULL,
    network    text NOT NULL,
    address    text NOT NULL,
    label      text NOT NULL DEFAULT '',
    secret_ref text,                         -- a pointer to where the key lives, never a key
    active     boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (network, address)
);
CREATE INDEX crypto_wallets_pick_idx ON crypto_wallets (asset, network) WHERE active AND kind = 'hot';

CREATE TABLE limits (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rule          text NOT NULL,             -- e.g. customer_orders_24h, single_order_max
    fiat_currency text CHECK (fiat_currency ~ '^[A-Z]{3}$'),
    asset         text,
    threshold     numeric(30, 10) NOT NULL CHECK (threshold >= 0),
    action        text NOT NULL DEFAULT 'flag' CHECK (action IN ('flag', 'hold', 'block')),
    active        boolean NOT NULL DEFAULT true,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE NULLS NOT DISTINCT (rule, fiat_currency, asset)
);

-- Orders ----------------------------------------------------------------------------------------------
CREATE TABLE orders (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_code        text NOT NULL UNIQUE CHECK (public_code ~ '^[A-Z0-9-]{4,20}$'),
    direction          text NOT NULL CHECK (direction IN ('crypto_to_fiat', 'fiat_to_crypto')),
    asset              text NOT NULL,
    network            text NOT NULL,
    fiat_currency      text NOT NULL CHECK (fiat_currency ~ '^[A-Z]{3}$'),
    amount_crypto      numeric(30, 10) CHECK (amount_crypto >= 0),
    amount_fiat        numeric(30, 10) CHECK (amount_fiat >= 0),
    requested_rate     numeric(30, 10) CHECK (requested_rate > 0),
    suggested_rate     numeric(30, 10) CHECK (suggested_rate > 0),
    final_rate         numeric(30, 10) CHECK (final_rate > 0),
    status             text NOT NULL DEFAULT 'NEW' CHECK (status IN (
                           'NEW', 'ASSIGNED', 'AWAITING_CRYPTO', 'USER_MARKED_SENT', 'OPERATOR_VERIFY_PROOF',
                           'PAYMENT_VERIFIED', 'PROCESSING_PAYOUT', 'PAID_OUT', 'COMPLETED', 'CANCELLED',
                           'DISPUTE')),
    version            integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    customer_id        bigint NOT NULL REFERENCES customers (id),
    holder_operator_id bigint REFERENCES operators (id),
    created_by_operator_id bigint REFERENCES operators (id),
    source             text NOT NULL DEFAULT 'operator' CHECK (source IN ('operator', 'bot')),
    p2p_platform       text,
    deposit_wallet_id  bigint REFERENCES crypto_wallets (id),
    payout_account_id  bigint REFERENCES payout_accounts (id),
    payout_reference   text,
    hold               boolean NOT NULL DEFAULT false,  -- set by a hard risk hit; cleared by a senior
    status_entered_at  timestamptz NOT NULL DEFAULT now(),
    status_deadline    timestamptz,
    status_warned_at   timestamptz,
    disputed_from      text CHECK (disputed_from IS NULL OR disputed_from IN (
                           'ASSIGNED', 'AWAITING_CRYPTO', 'USER_MARKED_SENT', 'OPERATOR_VERIFY_PROOF',
                           'PAYMENT_VERIFIED', 'PROCESSING_PAYOUT', 'PAID_OUT')),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    closed_at          timestamptz,
    CONSTRAINT orders_dispute_has_origin CHECK ((status = 'DISPUTE') = (disputed_from IS NOT NULL)),
    CONSTRAINT orders_taken_has_rate CHECK (status IN ('NEW', 'CANCELLED') OR final_rate IS NOT NULL)
);
CREATE INDEX orders_status_idx ON orders (status, id DESC);
CREATE INDEX orders_holder_idx ON orders (holder_operator_id, status) WHERE holder_operator_id IS NOT NULL;
CREATE INDEX orders_customer_idx ON orders (customer_id, created_at DESC);
CREATE INDEX orders_payout_account_idx ON orders (payout_account_id, created_at) WHERE payout_account_id IS NOT NULL;
CREATE INDEX orders_deadline_idx ON orders (status_deadline) WHERE status_deadline IS NOT NULL;
CREATE INDEX orders_created_idx ON orders (created_at DESC, id DESC);

-- final_rate is fixed when an order is taken and never changes afterwards, whatever the code does.
CREATE FUNCTION orders_final_rate_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.final_rate IS NOT NULL AND NEW.final_rate IS DISTINCT FROM OLD.final_rate THEN
        RAISE EXCEPTION 'final_rate of order % is immutable', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER orders_final_rate_immutable BEFORE UPDATE OF final_rate ON orders
    FOR EACH ROW EXECUTE FUNCTION orders_final_rate_immutable();

CREATE TABLE order_history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id    bigint NOT NULL REFERENCES orders (id),
    at          timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL,                      -- 'operator:<id>', 'customer:<id>', 'system'
    operator_id bigint REFERENCES operators (id),
    from_status text,
    to_status   text NOT NULL,
    order_version integer NOT NULL,
    reason      text,
    meta        jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX order_history_order_idx ON order_history (order_id, id);

CREATE TABLE risk_flags (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id     bigint REFERENCES orders (id),
    customer_id  bigint REFERENCES customers (id),
    rule         text NOT NULL,
    severity     text NOT NULL CHECK (severity IN ('info', 'soft', 'hard')),
    figures      jsonb NOT NULL DEFAULT '{}',
    created_at   timestamptz NOT NULL DEFAULT now(),
    cleared_at   timestamptz,
    cleared_by   bigint REFERENCES operators (id),
    clear_reason text,
    CHECK (order_id IS NOT NULL OR customer_id IS NOT NULL),
    CHECK ((cleared_at IS NULL) = (cleared_by IS NULL))
);
CREATE INDEX risk_flags_order_idx ON risk_flags (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX risk_flags_customer_idx ON risk_flags (customer_id) WHERE customer_id IS NOT NULL;

CREATE TABLE approvals (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id      bigint NOT NULL REFERENCES orders (id),
    order_version integer NOT NULL,               -- the version the approver saw
    approver_id   bigint NOT NULL REFERENCES operators (id),
    decision      text NOT NULL CHECK (decision IN ('approve', 'reject')),
    reason        text,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX approvals_order_idx ON approvals (order_id, order_version);

-- Attachments -----------------------------------------------------------------------------------------
CREATE TABLE attachments (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id        bigint REFERENCES orders (id),
    ticket_message_id bigint,
    kind            text NOT NULL CHECK (kind IN ('proof_file', 'proof_txid', 'receipt', 'message_file')),
    sha256          bytea CHECK (sha256 IS NULL OR octet_length(sha256) = 32),
    size_bytes      bigint CHECK (size_bytes >= 0),
    mime            text,                            -- sniffed from magic bytes, never trusted from the client
    storage_key     text,
    txid            text,
    uploader        text NOT NULL,                   -- 'operator:<id>', 'customer:<id>'
    created_at      timestamptz NOT NULL DEFAULT now(),
    retention_until timestamptz,
    purged_at       timestamptz,
    CHECK ((kind = 'proof_txid') = (txid IS NOT NULL))
);
CREATE INDEX attachments_order_idx ON attachments (order_id);
CREATE INDEX attachments_sha256_idx ON attachments (sha256) WHERE sha256 IS NOT NULL;
CREATE INDEX attachments_txid_idx ON attachments (txid) WHERE txid IS NOT NULL;
CREATE INDEX attachments_retention_idx ON attachments (retention_until) WHERE purged_at IS NULL;

CREATE TABLE annotations (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    attachment_id bigint NOT NULL REFERENCES attachments (id),
    operator_id   bigint NOT NULL REFERENCES operators (id),
    page          integer NOT NULL DEFAULT 0 CHECK (page >= 0),
    x             double precision NOT NULL, -- geometry in relative image units, not money
    y             double precision NOT NULL,
    width         double precision NOT NULL CHECK (width >= 0),
    height        double precision NOT NULL CHECK (height >= 0),
    note          text NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX annotations_attachment_idx ON annotations (attachment_id);

-- Support ---------------------------------------------------------------------------------------------
CREATE TABLE support_tickets (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    order_id    bigint REFERENCES orders (id),    -- NULL: the customer's general ticket
    status      text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    assignee_id bigint REFERENCES operators (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX support_tickets_order_key ON support_tickets (order_id) WHERE order_id IS NOT NULL;
CREATE UNIQUE INDEX support_tickets_general_key ON support_tickets (customer_id) WHERE order_id IS NULL;

CREATE TABLE ticket_messages (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id   bigint NOT NULL REFERENCES support_tickets (id),
    author      text NOT NULL,                   -- 'operator:<id>', 'customer:<id>', 'system'
    operator_id bigint REFERENCES operators (id),
    body        text NOT NULL,
    private_note boolean NOT NULL DEFAULT false,
    tg_message_id bigint,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_messages_ticket_idx ON ticket_messages (ticket_id, id);
ALTER TABLE attachments ADD CONSTRAINT attachments_ticket_message_fk
    FOREIGN KEY (ticket_message_id) REFERENCES ticket_messages (id);

CREATE TABLE canned_replies (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shortcut   text NOT NULL UNIQUE CHECK (shortcut ~ '^[a-z0-9_-]{1,32}$'),
    language   text NOT NULL DEFAULT 'ru' CHECK (language IN ('ru', 'en')),
    body       text NOT NULL,
    active     boolean NOT NULL DEFAULT true,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Checklists ------------------------------------------------------------------------------------------
CREATE TABLE checklists (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stage      text NOT NULL UNIQUE CHECK (stage IN ('verify', 'payout')),
    title      text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE checklist_items (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    checklist_id bigint NOT NULL REFERENCES checklists (id),
    position     integer NOT NULL,
    text         text NOT NULL,
    required     boolean NOT NULL DEFAULT true,
    active       boolean NOT NULL DEFAULT true
);
CREATE INDEX checklist_items_checklist_idx ON checklist_items (checklist_id, position);

CREATE TABLE order_checklist_items (
    order_id          bigint NOT NULL REFERENCES orders (id),
    checklist_item_id bigint NOT NULL REFERENCES checklist_items (id),
    done              boolean NOT NULL DEFAULT true,
    operator_id       bigint NOT NULL REFERENCES operators (id),
    at                timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (order_id, checklist_item_id)
);

-- Configuration ---------------------------------------------------------------------------------------
CREATE TABLE feature_flags (
    key        text PRIMARY KEY,
    enabled    boolean NOT NULL DEFAULT false,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE settings (
    key        text PRIMARY KEY,
    value      jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Audit and change feed -------------------------------------------------------------------------------
-- Rows are inserted by the writer's transaction with hash NULL and sealed shortly after commit, in
-- seq order, by the single AuditSealer (see workers/AuditSealer.cpp for why).
CREATE TABLE audit_log (
    seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at             timestamptz NOT NULL DEFAULT now(),
    actor          text NOT NULL,
    action         text NOT NULL,
    entity         text NOT NULL,
    entity_id      text,
    reason         text,
    ip             inet,
    user_agent     text,
    workstation_id text,
    payload        jsonb NOT NULL DEFAULT '{}',
    prev_hash      bytea CHECK (prev_hash IS NULL OR octet_length(prev_hash) = 32),
    hash           bytea CHECK (hash IS NULL OR octet_length(hash) = 32),
    CHECK ((prev_hash IS NULL) = (hash IS NULL))
);
CREATE INDEX audit_log_unsealed_idx ON audit_log (seq) WHERE hash IS NULL;
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, seq);
CREATE INDEX audit_log_at_idx ON audit_log (at);

CREATE TABLE change_events (
    seq      bigserial PRIMARY KEY,
    at       timestamptz NOT NULL DEFAULT now(),
    kind     text NOT NULL,
    order_id bigint REFERENCES orders (id),
    payload  jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX change_events_order_idx ON change_events (order_id, seq) WHERE order_id IS NOT NULL;

-- Telegram and outbox ---------------------------------------------------------------------------------
CREATE TABLE tg_updates (
    update_id    bigint PRIMARY KEY,            -- Telegram's id: processing is idempotent per update
    received_at  timestamptz NOT NULL DEFAULT now(),
    payload      jsonb NOT NULL,
    processed_at timestamptz,
    error        text
);
CREATE INDEX tg_updates_pending_idx ON tg_updates (update_id) WHERE processed_at IS NULL;

CREATE TABLE outbox (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel       text NOT NULL CHECK (channel IN ('telegram_customer', 'telegram_ops')),
    recipient     text NOT NULL,
    order_id      bigint REFERENCES orders (id),
    payload       jsonb NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    attempts      integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    sent_at       timestamptz,
    last_error    text
);
CREATE INDEX outbox_pending_idx ON outbox (next_attempt_at) WHERE sent_at IS NULL;

-- Idempotency -----------------------------------------------------------------------------------------
-- The key row is inserted in the same transaction as the handler's writes, so either both commit
-- or neither does (http/IdempotencyMiddleware.cpp).
CREATE TABLE idempotency_keys (
    principal       text NOT NULL,               -- 'operator:<id>' or 'anonymous:<ip>'
    key             text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    method          text NOT NULL,
    path            text NOT NULL,
    request_hash    bytea NOT NULL,
    response_status integer,
    response_body   text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (principal, key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
