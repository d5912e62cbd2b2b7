-- The payload is stored as the bytes that go on the wire: written as UTF-8 JSON by the service, read back and
-- handed to the Kafka producer as they are. As text, every event was encoded to UTF-8 for the database, decoded
-- into a string for the relay and encoded again for Kafka: for a 100,000-row load, gigabytes of copies.
-- Read it with convert_from(payload, 'UTF8').
alter table outbox_event alter column payload type bytea using convert_to(payload, 'UTF8');
-- A type change resets the storage; out of line and uncompressed, as V9 explains.
alter table outbox_event alter column payload set storage external;
