-- Re-quotes: whether the customer still stands behind the order's rate (libs/domain RateAgreement).
-- A customer who pays after the rate stopped holding (the quote lock, renewed when the payment
-- instructions go out) or after the desk's rate moved too far is asked to accept a new rate in
-- the bot before the desk pays out.
ALTER TABLE orders
    ADD COLUMN rate_agreement text NOT NULL DEFAULT 'agreed'
        CHECK (rate_agreement IN ('agreed', 'due', 'offered')),
    ADD COLUMN requote_reason text CHECK (requote_reason IN ('lock_expired', 'rate_moved')),
    -- The suggested rate in force when the final rate was fixed (take, accepted re-quote): what a
    -- later move of the desk's rate is measured against.
    ADD COLUMN rate_reference numeric(30, 10) CHECK (rate_reference > 0),
    -- The desk's proposal while rate_agreement = 'offered'.
    ADD COLUMN requote_rate numeric(30, 10) CHECK (requote_rate > 0),
    ADD COLUMN requote_amount_crypto numeric(30, 10) CHECK (requote_amount_crypto >= 0),
    ADD COLUMN requote_amount_fiat numeric(30, 10) CHECK (requote_amount_fiat >= 0),
    ADD COLUMN requote_offered_at timestamptz,
    ADD CONSTRAINT orders_requote_has_reason CHECK ((rate_agreement = 'agreed') = (requote_reason IS NULL)),
    ADD CONSTRAINT orders_offer_is_complete CHECK (
        (rate_agreement = 'offered') = (requote_rate IS NOT NULL AND requote_amount_crypto IS NOT NULL
                                        AND requote_amount_fiat IS NOT NULL AND requote_offered_at IS NOT NULL));

-- Taken orders so far were fixed against their creation suggestion.
UPDATE orders SET rate_reference = suggested_rate WHERE final_rate IS NOT NULL;


-- final_rate still never changes while an order is held, with one more exception besides a
-- release: the customer accepting the desk's offer, and then only to exactly the offered rate.
CREATE OR REPLACE FUNCTION orders_final_rate_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.final_rate IS NOT NULL AND NEW.final_rate IS DISTINCT FROM OLD.final_rate
       AND NOT (OLD.status = 'ASSIGNED' AND NEW.status = 'NEW' AND NEW.final_rate IS NULL)
       AND NOT (OLD.rate_agreement = 'offered' AND NEW.rate_agreement = 'agreed'
                AND NEW.final_rate = OLD.requote_rate AND NEW.status = OLD.status) THEN
        RAISE EXCEPTION 'final_rate of order % is immutable', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
