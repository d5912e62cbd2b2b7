-- Events written in the same transaction as the change they describe; OutboxRelay publishes them.
create table outbox_event (
    id            bigint generated always as identity primary key,
    event_id      uuid        not null unique,
    aggregatetype text        not null,
    aggregateid   text        not null,
    type          text        not null,
    topic         text        not null,
    payload       jsonb       not null,
    created_at    timestamptz not null,
    published_at  timestamptz
);

-- The relay only ever looks for what is still unpublished; this index stays as small as the backlog.
create index outbox_event_pending on outbox_event (id) where published_at is null;
