-- 0014: reserves — what the desk holds of each currency it pays out, as a senior last counted it.
-- A sell pays fiat out of a fiat reserve; a buy pays crypto out of the reserve of that asset on that
-- network. The amount is what was entered (with a reason, audited); what is still free to promise is
-- computed at read time from the orders (see db/repositories/ReserveRepository.cpp), so the figure
-- never drifts from the orders it is made of and no trigger has to keep a counter right.
-- export_code is the currency's code in the public rates export (BestChange style, e.g.
-- USDTTRC20, CARDRUB); a currency without one is not exported.
-- rates.reserve (0001) was never used; the reserve belongs to a currency, not to a direction of a
-- pair (a sell and a buy of USDT/RUB draw on two different reserves), so it is dropped.
CREATE TABLE reserves (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          text NOT NULL CHECK (kind IN ('crypto', 'fiat')),
    asset         text,
    network       text,
    fiat_currency text CHECK (fiat_currency ~ '^[A-Z]{3}$'),
    amount        numeric(30, 10) NOT NULL CHECK (amount >= 0),
    export_code   text CHECK (export_code ~ '^[A-Z0-9]{2,20}$'),
    version       integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    bigint REFERENCES operators (id),
    CONSTRAINT reserves_key_shape CHECK (
        (kind = 'crypto' AND asset IS NOT NULL AND network IS NOT NULL AND fiat_currency IS NULL)
        OR (kind = 'fiat' AND asset IS NULL AND network IS NULL AND fiat_currency IS NOT NULL))
);
CREATE UNIQUE INDEX reserves_crypto_key ON reserves (asset, network) WHERE kind = 'crypto';
CREATE UNIQUE INDEX reserves_fiat_key ON reserves (fiat_currency) WHERE kind = 'fiat';
CREATE UNIQUE INDEX reserves_export_code_key ON reserves (export_code) WHERE export_code IS NOT NULL;

-- An order's payout counts against its reserve unless it was cancelled or paid out before the
-- reserve was entered; the commitment query walks the open orders and those closed since the entry.
CREATE INDEX orders_reserve_open_idx ON orders (asset, network, fiat_currency, direction)
    WHERE status <> 'CANCELLED' AND closed_at IS NULL;
CREATE INDEX orders_closed_at_idx ON orders (closed_at) WHERE closed_at IS NOT NULL;

ALTER TABLE rates DROP COLUMN reserve;
ALTER TABLE rate_history DROP COLUMN reserve;
