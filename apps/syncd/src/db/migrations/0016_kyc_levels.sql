-- 0016: how far the desk has verified each customer (KYC level 0, 1, 2).
--
-- The level decides which 30-day volume limit applies to the customer (limits rules
-- kyc_level0_volume_30d … kyc_level2_volume_30d, per fiat). Only a senior or an admin changes it,
-- with a reason; who did it and why lives in the audit log ('customer.kyc_level'), like a block.
-- Everyone the desk already knows starts unverified: nothing was checked about them.
ALTER TABLE customers
    ADD COLUMN kyc_level smallint NOT NULL DEFAULT 0 CHECK (kyc_level BETWEEN 0 AND 2);
