-- The platform's processed-event ledger (org.nua.platform.events.ProcessedEventLedger), applied by every service
-- that consumes events, in its own Flyway history. A repeatable migration, run after the service's versioned
-- ones whenever this file changes: it must stay idempotent, and bring any earlier form to the current one.
create table if not exists processed_event (
    event_id     uuid primary key,
    processed_at timestamptz not null
);
