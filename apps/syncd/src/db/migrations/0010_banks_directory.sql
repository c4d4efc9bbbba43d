-- The banks directory (Administration → Banks): admins edit a bank against the version they saw,
-- so a concurrent edit is refused instead of overwritten. The shape rules the service enforces
-- hold in the database too, for rows written from now on (NOT VALID: rows an operator put in by
-- hand before this migration are left as they are).
ALTER TABLE banks
    ADD COLUMN version    integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE banks
    ADD CONSTRAINT banks_code_format CHECK (code ~ '^[A-Z0-9_]{2,32}$') NOT VALID,
    ADD CONSTRAINT banks_country_format CHECK (country IS NULL OR country ~ '^[A-Z]{2}$') NOT VALID;

-- The bot and payout-account checks look banks up by currency.
CREATE INDEX banks_fiat_idx ON banks (fiat_currency, active);
