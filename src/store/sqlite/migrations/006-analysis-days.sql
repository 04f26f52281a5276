-- Analysis by day, kept by the store as events are written: the spike scan and the brief grouped
-- every event of the range by dyad and day, and unpacked every counted event's JSON quantities, on
-- each request (about half a second each at 100,000 events, twice per dashboard view). Triggers
-- keep both tables exact whatever writes the events: an event counts from the moment it has a date
-- (a dateless event gets one when a later mention gives it; no other column of an event changes).

-- Events per dyad and day. Intensities are summed in hundredths, as integers: sums then do not
-- depend on the order events were written in (PostgreSQL's figures are summed the same way).
CREATE TABLE dyad_days (
  source    TEXT NOT NULL,
  target    TEXT NOT NULL,
  date      TEXT NOT NULL,
  events    INTEGER NOT NULL,
  intensity INTEGER NOT NULL,   -- hundredths
  hostility INTEGER NOT NULL,   -- hundredths of the negative intensities' magnitude
  PRIMARY KEY (source, target, date)
) WITHOUT ROWID;

-- One row per reported count of a dated event ("189 ceasefire violations in Donetsk").
CREATE TABLE event_counts (
  event  TEXT NOT NULL,
  date   TEXT NOT NULL,
  region TEXT NOT NULL,
  unit   TEXT,
  period TEXT,
  value  REAL
);
CREATE INDEX event_counts_date ON event_counts(date);
CREATE INDEX event_counts_event ON event_counts(event);

-- The two triggers have one body: SQLite has no trigger for both an insert and an update, and a
-- trigger cannot call another.
CREATE TRIGGER events_dated_insert AFTER INSERT ON events WHEN NEW.date IS NOT NULL
BEGIN
  INSERT INTO dyad_days (source, target, date, events, intensity, hostility)
    VALUES (NEW.source, NEW.target, NEW.date, 1, ROUND(NEW.intensity * 100),
            CASE WHEN NEW.intensity < 0 THEN ROUND(-NEW.intensity * 100) ELSE 0 END)
    ON CONFLICT (source, target, date) DO UPDATE SET
      events = events + 1,
      intensity = intensity + excluded.intensity,
      hostility = hostility + excluded.hostility;
  INSERT INTO event_counts (event, date, region, unit, period, value)
    SELECT NEW.id, NEW.date, COALESCE(q.value ->> 'region', ''), q.value ->> 'unit',
           q.value ->> 'period', CAST(q.value ->> 'count' AS REAL)
      FROM json_each(NEW.quantities) q WHERE NEW.quantity_key != '';
END;

CREATE TRIGGER events_dated_later AFTER UPDATE OF date ON events
  WHEN OLD.date IS NULL AND NEW.date IS NOT NULL
BEGIN
  INSERT INTO dyad_days (source, target, date, events, intensity, hostility)
    VALUES (NEW.source, NEW.target, NEW.date, 1, ROUND(NEW.intensity * 100),
            CASE WHEN NEW.intensity < 0 THEN ROUND(-NEW.intensity * 100) ELSE 0 END)
    ON CONFLICT (source, target, date) DO UPDATE SET
      events = events + 1,
      intensity = intensity + excluded.intensity,
      hostility = hostility + excluded.hostility;
  INSERT INTO event_counts (event, date, region, unit, period, value)
    SELECT NEW.id, NEW.date, COALESCE(q.value ->> 'region', ''), q.value ->> 'unit',
           q.value ->> 'period', CAST(q.value ->> 'count' AS REAL)
      FROM json_each(NEW.quantities) q WHERE NEW.quantity_key != '';
END;

-- What a store holds already.
INSERT INTO dyad_days (source, target, date, events, intensity, hostility)
  SELECT source, target, date, COUNT(*), SUM(ROUND(intensity * 100)),
         SUM(CASE WHEN intensity < 0 THEN ROUND(-intensity * 100) ELSE 0 END)
    FROM events WHERE date IS NOT NULL GROUP BY source, target, date;
INSERT INTO event_counts (event, date, region, unit, period, value)
  SELECT e.id, e.date, COALESCE(q.value ->> 'region', ''), q.value ->> 'unit',
         q.value ->> 'period', CAST(q.value ->> 'count' AS REAL)
    FROM events e, json_each(e.quantities) q WHERE e.date IS NOT NULL AND e.quantity_key != '';
