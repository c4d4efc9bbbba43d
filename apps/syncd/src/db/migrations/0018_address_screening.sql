-- 0018: risk scores of the addresses customers' crypto came from (AML screening).
--
-- One row per screening of a sender address of a txid proof: by the configured provider (source
-- 'provider', its name in provider) or entered by an operator who checked elsewhere (source
-- 'manual', only when no provider is configured). Rows are never updated: a screening later is a new
-- row, and the newest per address is what the proof viewer shows. The operator who asked (or entered
-- it) and why are here and in the audit log ('proof.screen'); a score above the desk's setting
-- aml_hold_score raises the hold flag sender_address_risk on the order in the same transaction.
--
-- sender_checked: the address was among the transaction's senders as the block explorer reported
-- them; false when no explorer could say (the operator typed it), so a reader knows which scores
-- rest on the operator's word alone.
CREATE TABLE address_screenings (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    attachment_id   bigint NOT NULL REFERENCES attachments (id),
    order_id        bigint NOT NULL REFERENCES orders (id),
    network         text NOT NULL,
    address         text NOT NULL CHECK (length(address) BETWEEN 1 AND 128),
    score           smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
    source          text NOT NULL CHECK (source IN ('provider', 'manual')),
    provider        text,
    risk_level      text,                  -- the provider's own word for the score ("High"), as given
    labels          jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(labels) = 'array'),
    sender_checked  boolean NOT NULL,
    operator_id     bigint NOT NULL REFERENCES operators (id),
    reason          text NOT NULL CHECK (length(btrim(reason)) > 0),
    screened_at     timestamptz NOT NULL DEFAULT now(),
    -- The hold flag this screening raised (none when the score was within the setting, or the
    -- order already had an open sender_address_risk flag).
    flag_id         bigint REFERENCES risk_flags (id),
    CHECK ((source = 'provider') = (provider IS NOT NULL))
);
CREATE INDEX address_screenings_attachment_idx ON address_screenings (attachment_id, id);
