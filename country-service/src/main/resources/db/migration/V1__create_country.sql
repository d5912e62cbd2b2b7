-- The nine countries of the project, seeded at start-up from the reference files in deploy/data.
create table country (
    code            varchar(3)     primary key,      -- ISO 3166-1 alpha-3
    iso2            varchar(2)     not null unique,
    m49             varchar(3)     not null unique,  -- ISO numeric = UN M49 country code
    names           jsonb       not null,         -- language tag -> short name (CLDR)
    official_name   text        not null,
    region          text        not null,
    region_m49      varchar(3)     not null,
    sub_region      text        not null,
    sub_region_m49  varchar(3)     not null,
    capital         text,
    version         integer     not null,
    updated_at      timestamptz not null
);
