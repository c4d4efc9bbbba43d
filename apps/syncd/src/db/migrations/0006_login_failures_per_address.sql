-- 0006: login failures counted per (operator, client address).
-- With one counter per account, anyone who knew a username could keep its operator locked out from
-- anywhere. Failures now lock the pair first; the account-wide counter in `operators` remains as a
-- much higher ceiling against guessing spread over many addresses.
CREATE TABLE login_failures (
    operator_id     bigint      NOT NULL REFERENCES operators(id) ON DELETE CASCADE,
    client_address  text        NOT NULL CHECK (length(client_address) BETWEEN 1 AND 64),
    failures        integer     NOT NULL CHECK (failures > 0),
    locked_until    timestamptz,
    last_failure_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (operator_id, client_address)
);
