-- country-service's copy of the catalogue, rebuilt from indicator.events; observations are validated against it.
create table indicator_replica (
    code              text        primary key,
    names             jsonb       not null,
    unit              text        not null,
    desired_direction text        not null,
    version           integer     not null,
    updated_at        timestamptz not null
);

create table observation (
    id              bigint generated always as identity primary key,
    country_code    varchar(3)     not null references country (code),
    indicator_code  text        not null,
    series_code     text        not null default '',   -- '' when the indicator has a single series
    year            smallint    not null,
    value           numeric     not null,
    unit            text        not null,
    nature          text,
    source          text,
    revision        integer     not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    constraint observation_natural_key unique (country_code, indicator_code, series_code, year)
);

-- Every event this service has applied, so a redelivered event has no second effect.
create table processed_event (
    event_id     uuid        primary key,
    processed_at timestamptz not null
);
