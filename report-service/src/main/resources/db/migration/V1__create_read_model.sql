-- report-service's read model, built only from indicator.events, country.events and observation.events.
-- Dropping these tables and replaying the topics from the beginning rebuilds it exactly.

create table indicator_view (
    code              text        primary key,
    names             jsonb       not null,
    unit              text        not null,
    desired_direction text        not null,
    version           integer     not null
);

create table country_view (
    code            varchar(3)  primary key,
    names           jsonb       not null,
    m49             varchar(3)  not null,
    region          text        not null,
    sub_region      text        not null,
    version         integer     not null
);

create table observation_fact (
    country_code    varchar(3)  not null,
    indicator_code  text        not null,
    series_code     text        not null,
    year            smallint    not null,
    value           numeric     not null,
    unit            text        not null,
    nature          text,
    source          text,
    revision        integer     not null,
    recorded_at     timestamptz not null,
    primary key (country_code, indicator_code, series_code, year)
);

-- Comparisons read one indicator (and series) across countries, newest year first.
create index observation_fact_comparison
    on observation_fact (indicator_code, series_code, country_code, year desc);

create table processed_event (
    event_id     uuid        primary key,
    processed_at timestamptz not null
);
