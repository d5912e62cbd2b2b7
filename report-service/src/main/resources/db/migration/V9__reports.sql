-- Reports are reproducible: each records the instant its data was read as of, and regenerating it for that instant
-- gives the same numbers. observation_fact keeps only the current revision, so every revision is kept here too,
-- stamped with when the source recorded it (not when it was consumed: a replay must rebuild the same history).
create table observation_history (
    country_code    varchar(3)  not null,
    indicator_code  text        not null,
    series_code     text        not null,
    city_code       text        not null,
    disaggregation  text        not null,
    year            smallint    not null,
    revision        integer     not null,
    value           numeric,
    unit            text        not null,
    nature          text,
    source          text,
    withdrawn       boolean     not null,
    recorded_at     timestamptz not null,
    primary key (country_code, indicator_code, series_code, city_code, disaggregation, year, revision)
);

-- A comparison report reads one series across countries; a country profile uses the primary key.
create index observation_history_by_series on observation_history (indicator_code, series_code)
    where city_code = '' and disaggregation = '';

-- Only current revisions exist before this version; earlier ones come back by replaying the topics
-- (deploy/local/stack rebuild-read-model).
insert into observation_history
select country_code, indicator_code, series_code, city_code, disaggregation, year, revision, value, unit, nature,
       source, withdrawn, recorded_at
from observation_fact;

-- A country profile shows the country's name in its own languages (Khmer for Cambodia).
alter table country_view add column native_names jsonb not null default '{}';

-- One requested report. The row is the job's truth; the Kafka message that carries its id only wakes a worker,
-- and the sweeper sends it again when it was lost or its worker died.
create table report (
    id            uuid        primary key,
    type          text        not null,
    language      varchar(2)  not null,
    parameters    jsonb       not null,
    as_of         timestamptz not null,
    status        text        not null,
    progress      smallint    not null default 0,
    stage         text,
    error         text,
    attempts      smallint    not null default 0,
    requested_by  text        not null,
    requested_at  timestamptz not null,
    enqueued_at   timestamptz not null,
    started_at    timestamptz,
    heartbeat_at  timestamptz,
    finished_at   timestamptz,
    announced_at  timestamptz,
    constraint report_status check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))
);

create index report_requested on report (requested_at desc);
-- The sweeper's questions: which jobs wait or ran too long, and which endings are not yet announced.
create index report_open on report (status, enqueued_at) where status in ('QUEUED', 'RUNNING');
create index report_unannounced on report (finished_at) where finished_at is not null and announced_at is null;

create table report_artifact (
    report_id   uuid        not null references report (id) on delete cascade,
    format      text        not null,
    media_type  text        not null,
    file_name   text        not null,
    content     bytea       not null,
    sha256      varchar(64) not null,
    primary key (report_id, format)
);
