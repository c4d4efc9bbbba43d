-- 0003: what the order lifecycle needs beyond 0001.

-- Risk flags use libs/domain's severities (info / hold / block), the same words the wire and the
-- admin screens use, instead of 0001's placeholder soft/hard.
ALTER TABLE risk_flags DROP CONSTRAINT risk_flags_severity_check;
ALTER TABLE risk_flags ADD CONSTRAINT risk_flags_severity_valid CHECK (severity IN ('info', 'hold', 'block'));
CREATE INDEX risk_flags_open_idx ON risk_flags (order_id) WHERE cleared_at IS NULL;

-- final_rate is fixed by "take" and never changes while the order is held. The one exception is a
-- release (ASSIGNED -> NEW): the order goes back to the queue without a rate, so that the next
-- taker fixes their own; 0001's trigger forbade that and made a released order untakeable.
CREATE OR REPLACE FUNCTION orders_final_rate_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.final_rate IS NOT NULL AND NEW.final_rate IS DISTINCT FROM OLD.final_rate
       AND NOT (OLD.status = 'ASSIGNED' AND NEW.status = 'NEW' AND NEW.final_rate IS NULL) THEN
        RAISE EXCEPTION 'final_rate of order % is immutable', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;

-- The deadline worker's scans: expired deadlines and half-time warnings not yet given.
CREATE INDEX orders_warn_pending_idx ON orders (status_deadline) WHERE status_deadline IS NOT NULL AND status_warned_at IS NULL;
