create table indicator (
    id                bigint generated always as identity primary key,
    code              text        not null unique,
    names             jsonb       not null,
    unit              text        not null,
    desired_direction text        not null check (desired_direction in ('INCREASE', 'DECREASE')),
    version           integer     not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);
