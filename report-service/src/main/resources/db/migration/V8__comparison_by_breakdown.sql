-- Comparisons of a breakdown (LOCATION=URBAN) as well as of totals: national values that stand, by indicator,
-- series and breakdown. It replaces the totals-only index, whose rows it holds (disaggregation = '').
drop index observation_fact_comparison;
create index observation_fact_comparison
    on observation_fact (indicator_code, series_code, disaggregation, country_code, year desc)
    where city_code = '' and not withdrawn;
