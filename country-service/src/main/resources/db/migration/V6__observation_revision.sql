-- Every value an observation has had, so reads "as of" a past instant return what was known then.
create table observation_revision (
    observation_id  bigint      not null references observation (id),
    revision        integer     not null,
    value           numeric     not null,
    unit            text        not null,
    nature          text,
    source          text,
    recorded_at     timestamptz not null,
    primary key (observation_id, revision)
);

-- Observations recorded before this table existed get their current value as their only known revision.
insert into observation_revision (observation_id, revision, value, unit, nature, source, recorded_at)
select id, revision, value, unit, nature, source, updated_at from observation;
