-- A grouped observation event is a few hundred kilobytes of JSON. PostgreSQL compressed each one (pglz) as it
-- stored it out of line, the relay had it decompressed again, and the producer compresses it with lz4 for Kafka:
-- out of line but uncompressed, the database spends no CPU on bytes it keeps for seconds.
alter table outbox_event alter column payload set storage external;
