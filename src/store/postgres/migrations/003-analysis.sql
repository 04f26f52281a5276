-- Analysis (src/store/postgres/aggregates.ts): series, spikes and the brief group events by dyad
-- and day. A covering index in that order answers a dyad's series and the all-dyad day counts from
-- the index alone (after VACUUM), without reading the wide event rows; counts read only the few
-- events that carry them (as SQLite's 004-analysis.sql).
CREATE INDEX events_dyad_day ON events (source, target, date, type, intensity);
CREATE INDEX events_counted ON events (date) WHERE quantity_key <> '';
