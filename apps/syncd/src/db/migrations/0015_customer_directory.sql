-- 0015: the customers directory — what operators note about a customer, and what its search needs.
--
-- Notes are the desk's memory of a person ("sends proofs from a second bank", "asked for a call
-- back"): append-only, each with its author and time, and audited like every other manual write,
-- so a note is never quietly edited after the fact. A wrong note is answered with a new one.
CREATE TABLE customer_notes (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    author_id   bigint NOT NULL REFERENCES operators (id),
    body        text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 2000),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_notes_customer_idx ON customer_notes (customer_id, id DESC);

-- The directory finds a customer by Telegram id (customers' unique key), @username (0001's
-- lower(username) index serves the exact case; a part of a name scans, which a desk's few thousand
-- customers allow), an order code (orders' unique public_code) or a payout account (the keyed hash
-- index of 0001, or the last four digits of the masked form below).
CREATE INDEX payout_accounts_masked_tail_idx
    ON payout_accounts ((right(regexp_replace(masked, '[^0-9]', '', 'g'), 4)));
