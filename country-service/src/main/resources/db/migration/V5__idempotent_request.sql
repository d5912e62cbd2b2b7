-- The result of every batch that carried an Idempotency-Key, so a retry gets it again without a second effect.
create table idempotent_request (
    country_code    varchar(3)  not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    report          jsonb       not null,
    created_at      timestamptz not null,
    primary key (country_code, idempotency_key)
);
