-- 0017: crypto reserves recounted from the desk's hot wallets (workers/ReserveSyncWorker).
--
-- counts_from is the moment from which an order's payout counts against the reserve: until now it
-- was updated_at, the moment a senior counted the money, and for a hand count it still is. A
-- balance read from a block explorer is different: a payout an operator marked sent a minute ago
-- may not be in a block yet, so the balance may not reflect it. The sync therefore sets
-- counts_from a settle period (explorer.reserve_settle_s) before the read: payouts of that period
-- count again even if the balance already shows them. The reserve is understated for a few minutes
-- rather than overstated — a desk that offers money it no longer has strands a customer's payment.
--
-- synced_from names the explorer whose reading is the current figure (NULL: a person or the demo
-- seed entered it); synced_at is the last time the wallets were read, even when the balance had
-- not moved.
ALTER TABLE reserves
    ADD COLUMN counts_from timestamptz,
    ADD COLUMN synced_from text CHECK (length(synced_from) BETWEEN 1 AND 200),
    ADD COLUMN synced_at timestamptz,
    ADD CONSTRAINT reserves_synced_pair CHECK ((synced_from IS NULL) = (synced_at IS NULL)),
    ADD CONSTRAINT reserves_sync_is_crypto CHECK (synced_from IS NULL OR kind = 'crypto');
UPDATE reserves SET counts_from = updated_at;
ALTER TABLE reserves
    ALTER COLUMN counts_from SET NOT NULL,
    ALTER COLUMN counts_from SET DEFAULT now();
