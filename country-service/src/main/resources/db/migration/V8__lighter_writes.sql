-- The relay sends the payload as it was written; storing it as jsonb parsed and re-printed every event, which
-- grouped observation events (up to a thousand observations each) made costly.
alter table outbox_event alter column payload type text using payload::text;

-- The observation row is its current revision; observation_revision keeps the revisions it superseded. A first
-- recording, the bulk of any load, is then one row, not two.
delete from observation_revision r using observation o
 where r.observation_id = o.id and r.revision = o.revision;

-- The breakdown's JSON form is the canonical text's, parsed: one copy is enough.
alter table observation drop column dimensions;
