-- A large upload is kept as it was sent, not as its parsed rows serialised to JSON: a 200,000-row CSV held as rows
-- and again as one JSON string did not fit in a service's heap. A job queued before this version still has its
-- rows in body, and is run from them.
alter table ingestion_job add column upload bytea, add column upload_type text;
alter table ingestion_job add constraint ingestion_job_upload_typed check ((upload is null) = (upload_type is null));
-- Kept for seconds to minutes and read once: compressing it would cost CPU for nothing.
alter table ingestion_job alter column upload set storage external;
comment on column ingestion_job.body is 'the parsed rows as JSON, for jobs queued before V11; null since';
