-- Analysis (src/store/postgres/aggregates.ts): series, spikes and the brief group events by dyad
-- and day. A covering index in that order answers a dyad's series and the all-dyad day counts from
-- the index alone (after VACUUM), without reading the wide event rows; counts read only the few
-- events that carry them (as SQLite's 004-analysis.sql).
CREATE INDEX events_dyad_day ON events (source, target, date, type, intensity);
CREATE INDEX events_counted ON events (date) WHERE quantity_key <> '';

-- Sums of intensities as SQLite's TOTAL() makes them: compensated (Kahan-Babuska-Neumaier), so
-- 14 × −7.2 is −100.8 in both stores rather than a plain double sum's −100.80000000000003. State:
-- {running sum, lost low-order parts}; nulls are skipped (strict), an empty sum is 0.
-- PL/pgSQL rather than SQL: the step runs once per event, and a SQL function's per-call setup made
-- the all-dyad day counts 2.5 times slower than this.
CREATE FUNCTION spiral_total_step(state double precision[], x double precision)
RETURNS double precision[] LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  s double precision := state[1];
  t double precision := state[1] + x;
BEGIN
  IF abs(s) > abs(x) THEN
    RETURN ARRAY[t, state[2] + ((s - t) + x)];
  END IF;
  RETURN ARRAY[t, state[2] + ((x - t) + s)];
END
$$;
CREATE FUNCTION spiral_total_final(state double precision[])
RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT state[1] + state[2]
$$;
CREATE AGGREGATE spiral_total(double precision) (
  SFUNC = spiral_total_step,
  STYPE = double precision[],
  FINALFUNC = spiral_total_final,
  INITCOND = '{0,0}'
);
