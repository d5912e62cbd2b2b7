-- Indicators that are not assessed (the catalogue's non-statistical ones) have no desired direction.
alter table indicator_view alter column desired_direction drop not null;
