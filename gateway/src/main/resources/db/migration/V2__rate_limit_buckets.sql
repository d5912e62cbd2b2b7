-- The rate limits' token buckets, one row per client and policy, shared by every gateway instance so that a limit
-- holds however many instances a client's requests are spread over. Bucket4j's PostgreSQL backend owns the rows:
-- state is its serialised bucket, expires_at (epoch milliseconds) when a full bucket may be forgotten.
create table rate_limit_bucket (
    id         varchar(300) primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);
