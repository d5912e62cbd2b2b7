-- The platform's transactional outbox (org.nua.platform.outbox), applied by every service that owns topics, in
-- its own Flyway history. A repeatable migration, run after the service's versioned ones whenever this file
-- changes: it must stay idempotent, and bring any earlier form of the table to the current one without losing a
-- row (OutboxMigrationTest checks both).

-- Events written in the same transaction as the change they describe; OutboxRelay publishes them. Column names
-- follow Debezium's outbox convention, so a CDC relay could replace the polling one.
create table if not exists outbox_event (
    id            bigint generated always as identity primary key,
    event_id      uuid        not null unique,
    aggregatetype text        not null,
    aggregateid   text        not null,
    type          text        not null,
    topic         text        not null,
    payload       bytea       not null,
    created_at    timestamptz not null,
    published_at  timestamptz
);

-- The payload is the bytes that go on the wire: written as UTF-8 JSON by the appender and handed to the Kafka
-- producer as they are. As jsonb or text, every event was printed, encoded, decoded and encoded again. An outbox
-- of the earlier jsonb or text form is converted in place, unpublished rows included (jsonb prints its keys in its
-- own order: the same JSON object, other bytes). Read it with convert_from(payload, 'UTF8').
do $$
declare
    current_type text;
begin
    select data_type into current_type from information_schema.columns
     where table_schema = current_schema() and table_name = 'outbox_event' and column_name = 'payload';
    if current_type in ('jsonb', 'json') then
        alter table outbox_event alter column payload type bytea using convert_to(payload::text, 'UTF8');
    elsif current_type = 'text' then
        alter table outbox_event alter column payload type bytea using convert_to(payload, 'UTF8');
    end if;
end
$$;

-- A grouped observation event is a few hundred kilobytes. Compressed (pglz) as PostgreSQL stored it out of line,
-- decompressed again by the relay, then compressed with lz4 by the producer: out of line but uncompressed, the
-- database spends no CPU on bytes it keeps for seconds.
alter table outbox_event alter column payload set storage external;

-- An event that states an aggregate's current state again, for consumers rebuilding from the topic after it was
-- lost (a new Kafka cluster), rather than announcing a change: the relay marks it with a nua-republished header.
alter table outbox_event add column if not exists republished boolean not null default false;

-- The relay only ever looks for what is still unpublished; this index stays as small as the backlog.
create index if not exists outbox_event_pending on outbox_event (id) where published_at is null;
