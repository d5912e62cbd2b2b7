-- Urban population by year (World Bank SP.URB.TOTL, as country.events carry it): the weights of the
-- population-weighted mean in comparisons.
alter table country_view add column urban_population jsonb not null default '{}'::jsonb;
