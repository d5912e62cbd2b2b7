-- The complete catalogue: frameworks, their goals and targets, units and disaggregation code lists, and for
-- each indicator its place in a framework, limits, 2030 target, provenance, aliases, series and history.

create table framework (
    code        text  primary key,            -- SDG, WDI, KAZ-NATIONAL, ...
    names       jsonb not null,               -- language tag -> name
    source      text  not null                -- who defines it
);

create table goal (
    framework_code text  not null references framework (code),
    code           text  not null,            -- 11
    names          jsonb not null,            -- language tag -> title
    short_names    jsonb not null default '{}',
    primary key (framework_code, code)
);

create table target (
    framework_code text  not null,
    code           text  not null,            -- 11.1
    goal_code      text  not null,
    names          jsonb not null,
    primary key (framework_code, code),
    foreign key (framework_code, goal_code) references goal (framework_code, code)
);

create table unit (
    code        text    primary key,          -- PERCENT, NUMBER, mgr/m^3, ... (UN SDG database unit codes)
    names       jsonb   not null,
    min_value   numeric,                      -- natural limits every indicator in this unit shares
    max_value   numeric
);

create table dimension (
    code    text  primary key,                -- SEX, AGE, LOCATION, CITY, NATURE, REPORTING_TYPE
    names   jsonb not null
);

create table dimension_code (
    dimension_code text  not null references dimension (code),
    code           text  not null,
    names          jsonb not null,
    primary key (dimension_code, code)
);

alter table indicator
    alter column desired_direction drop not null,
    drop constraint indicator_desired_direction_check,
    add constraint indicator_desired_direction_check check (desired_direction in ('INCREASE', 'DECREASE')),
    add column framework_code          text    references framework (code),
    add column goal_code               text,
    add column target_code             text,
    add column name_sources            jsonb   not null default '{}',
    add column descriptions            jsonb   not null default '{}',
    add column value_type              text    not null default 'DECIMAL'
        check (value_type in ('DECIMAL', 'INTEGER', 'BINARY')),
    add column min_value               numeric,
    add column max_value               numeric,
    add column direction_source        text,
    add column target_value            numeric,
    add column target_year             smallint,
    add column target_source           text,
    add column target_is_convention    boolean not null default false,
    add column custodian_agency        text,
    add column tier                    text,
    add column priorities              jsonb   not null default '[]',
    add column dimensions              jsonb   not null default '[]',
    add column related_indicators      jsonb   not null default '[]',
    add column status                  text    not null default 'ACTIVE'
        check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    add column search_text             text    not null default '',
    add column sort_key                text    not null default '',
    add constraint indicator_limits check (min_value is null or max_value is null or min_value <= max_value);

-- Another code under which the same indicator is known (11.5.1 = 1.5.1 = 13.1.1); unique across the catalogue.
create table indicator_alias (
    indicator_id bigint not null references indicator (id) on delete cascade,
    alias        text   not null unique
);

-- The UN SDG database series (or source series) that report values of an indicator.
create table indicator_series (
    indicator_id bigint not null references indicator (id) on delete cascade,
    code         text   not null unique,
    description  text   not null,
    unit         text   not null,
    release      text
);

-- Every version an indicator has had, as published; GET .../versions reads it.
create table indicator_version (
    indicator_code text        not null,
    version        integer     not null,
    change         text        not null check (change in ('PUBLISHED', 'UPDATED', 'RETIRED')),
    snapshot       jsonb       not null,
    changed_at     timestamptz not null,
    primary key (indicator_code, version)
);

-- Lists are ordered by framework, then by code with numbers compared as numbers (sort_key pads them).
create index indicator_listing on indicator (framework_code, sort_key);
