-- The catalogue now says whether an indicator is retired, may leave its direction open, and lists the series
-- (with their units) that report it; the replica keeps what observation validation needs of that.
alter table indicator_replica
    alter column desired_direction drop not null,
    add column status       text  not null default 'ACTIVE',
    add column series_units jsonb not null default '{}';
