-- 001_init: charges and idempotency keys (ADR-0005).
BEGIN;

CREATE TABLE charges (
    id              text PRIMARY KEY,
    amount_minor    bigint      NOT NULL CHECK (amount_minor > 0),
    currency        char(3)     NOT NULL,
    status          text        NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed', 'refunded')),
    processor       text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE idempotency_keys (
    key             text PRIMARY KEY,
    request_hash    text        NOT NULL,
    charge_id       text        REFERENCES charges (id),
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);

COMMIT;
