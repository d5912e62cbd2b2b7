-- Where an indicator sits in its framework (SDG goal 11, target 11.6), as indicator.events carry it: progress
-- is aggregated from indicators to targets and goals along it.
alter table indicator_view
    add column framework text,
    add column goal      text,
    add column target    text;

create index indicator_view_goal on indicator_view (framework, goal);
