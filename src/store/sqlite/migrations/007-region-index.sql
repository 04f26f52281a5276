-- The overview's regions: events per admin-1 region, read from each event's JSON place. Without a
-- filter, grouping every placed event's JSON took about 110 ms at 100,000 events on each view;
-- an index on the two JSON fields (and the date, for the plan's sake) answers it in about 5 ms.
CREATE INDEX events_region
  ON events(json_extract(place, '$.country'), json_extract(place, '$.admin1'), date)
  WHERE place IS NOT NULL;
