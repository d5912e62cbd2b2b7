-- What progress assessment needs of an indicator: its 2030 target and natural limits, as the catalogue states them.
alter table indicator_view
    add column target_value         numeric,
    add column target_year          smallint,
    add column target_is_convention boolean not null default false,
    add column min_value            numeric,
    add column max_value            numeric;
