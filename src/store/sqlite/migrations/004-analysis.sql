-- Analysis (src/store/sqlite/aggregates.ts): series, spikes and the brief group events by dyad and
-- day. A covering index in that order answers a dyad's series and the all-dyad day counts without
-- touching the (wide) event rows or sorting; counts read only the few events that carry them.
CREATE INDEX events_dyad_day ON events(source, target, date, type, intensity);
CREATE INDEX events_counted ON events(date) WHERE quantity_key != '';
