-- Regional means name their UN M49 sub-region by code as well as by name.
alter table country_view add column sub_region_m49 varchar(3);
