-- Reference data a report needs of a country beyond its names: languages, native names, area, and the urban
-- population series (World Bank WDI SP.URB.TOTL) for population-weighted figures.
alter table country
    add column languages        jsonb   not null default '[]',
    add column native_names     jsonb   not null default '{}',
    add column area_km2         numeric,
    add column urban_population jsonb   not null default '{}';   -- year -> persons

-- Urban agglomerations (UN World Urbanization Prospects 2018, >= 300,000 inhabitants), and capitals below that
-- size, which WUP does not list: their population is unknown (null), never guessed.
create table city (
    country_code     varchar(3)  not null references country (code),
    code             text        not null,         -- WUP city code; for a capital WUP lacks, the UN SDG database's city code
    name             text        not null,
    capital          boolean     not null default false,
    latitude         numeric,
    longitude        numeric,
    population_2020  integer,                       -- persons; null when no source gives it
    population_source text,
    primary key (country_code, code)
);

-- National statistics offices, city observatories and other agencies that submit a country's data.
create table agency (
    country_code  varchar(3)  not null references country (code),
    code          text        not null,
    name          text        not null,
    kind          text        not null check (kind in ('NATIONAL_STATISTICS_OFFICE', 'CITY_OBSERVATORY', 'MINISTRY',
                                                       'LOCAL_GOVERNMENT', 'OTHER')),
    created_at    timestamptz not null,
    primary key (country_code, code)
);

-- The catalogue's natural limits and dimensions, which observation validation checks.
alter table indicator_replica
    add column min_value  numeric,
    add column max_value  numeric,
    add column dimensions jsonb not null default '[]';

-- The full natural key: (country, city, indicator, series, year, disaggregation). '' is "no city" and "no
-- breakdown", so the key compares equal without null semantics. disaggregation is the canonical text of the
-- dimensions map (sorted DIMENSION=CODE pairs joined by ';'); dimensions keeps the same map as JSON for reading.
alter table observation
    add column city_code      text    not null default '',
    add column disaggregation text    not null default '',
    add column dimensions     jsonb   not null default '{}',
    add column footnote       text,
    add column status         text    not null default 'FINAL' check (status in ('PROVISIONAL', 'FINAL')),
    add column agency_code    text,
    add column withdrawn_at   timestamptz,
    drop constraint observation_natural_key;
alter table observation add constraint observation_natural_key
    unique (country_code, indicator_code, series_code, city_code, disaggregation, year);

alter table observation_revision
    add column footnote     text,
    add column status       text    not null default 'FINAL',
    add column agency_code  text,
    add column withdrawn    boolean not null default false,
    alter column value drop not null;


-- Uploads too large to answer within one request run as jobs; the request itself is kept until the job ends,
-- so a restart resumes it rather than losing an acknowledged upload.
create table ingestion_job (
    id               uuid        primary key,
    country_code     varchar(3)  not null references country (code),
    state            text        not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    phase            text,
    rows             integer     not null,
    rows_done        integer     not null default 0,
    body             text,                          -- the parsed rows as JSON; cleared when the job ends
    dry_run          boolean     not null,
    agency_code      text,
    idempotency_key  text,
    request_hash     text        not null,
    report           jsonb,
    created_at       timestamptz not null,
    started_at       timestamptz,
    finished_at      timestamptz
);
create index ingestion_job_pending on ingestion_job (created_at) where state in ('QUEUED', 'RUNNING');
create unique index ingestion_job_idempotency on ingestion_job (country_code, idempotency_key)
    where idempotency_key is not null;
