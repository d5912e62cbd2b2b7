-- Observations now carry a city and a breakdown in their natural key, and may be withdrawn. Comparisons,
-- progress and pandemic impact read national totals: city '' and disaggregation '' (the canonical text of "no
-- breakdown", as country-service writes it), and never a withdrawn value.
alter table observation_fact
    add column city_code      text    not null default '',
    add column disaggregation text    not null default '',
    add column withdrawn      boolean not null default false,
    alter column value drop not null,
    drop constraint observation_fact_pkey;
alter table observation_fact add primary key
    (country_code, indicator_code, series_code, city_code, disaggregation, year);

drop index observation_fact_comparison;
create index observation_fact_comparison on observation_fact (indicator_code, series_code, country_code, year desc)
    where city_code = '' and disaggregation = '' and not withdrawn;
