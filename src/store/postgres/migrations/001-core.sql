-- Core schema for PostgreSQL: the same records as SQLite's (src/store/sqlite/migrations), so every
-- command prints the same output from either store. Text columns compare byte-wise (COLLATE "C"),
-- as SQLite's BINARY does, so that ORDER BY gives the same order whatever the database's locale.
-- JSON values are kept as text, not jsonb: jsonb reorders keys, and the output must not.

CREATE TABLE documents (
  id        TEXT COLLATE "C" PRIMARY KEY,  -- 'd' + first 16 hex of the content hash
  hash      TEXT COLLATE "C" NOT NULL UNIQUE, -- concurrent workers: ON CONFLICT DO NOTHING
  source    TEXT COLLATE "C" NOT NULL DEFAULT '',
  url       TEXT COLLATE "C",
  title     TEXT COLLATE "C",
  published TEXT COLLATE "C",            -- YYYY-MM-DD
  ingested  TEXT COLLATE "C" NOT NULL,   -- ISO timestamp
  path      TEXT COLLATE "C" NOT NULL,
  format    TEXT COLLATE "C" NOT NULL,
  text      TEXT NOT NULL
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_source ON documents (source);

CREATE TABLE sentences (
  doc    TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx    INTEGER NOT NULL,
  start  INTEGER NOT NULL,
  "end"  INTEGER NOT NULL,
  text   TEXT,
  PRIMARY KEY (doc, idx)
);

-- A happening; one or more mentions point at it. `seq` is storage order (SQLite's rowid): the
-- earliest stored candidate wins merge ties.
CREATE TABLE events (
  seq           BIGSERIAL NOT NULL UNIQUE,
  id            TEXT COLLATE "C" PRIMARY KEY,
  date          TEXT COLLATE "C",
  source        TEXT COLLATE "C" NOT NULL,
  source_sector TEXT COLLATE "C" NOT NULL,
  target        TEXT COLLATE "C" NOT NULL,
  target_sector TEXT COLLATE "C" NOT NULL,
  type          TEXT COLLATE "C" NOT NULL,
  mode          TEXT COLLATE "C" NOT NULL,
  cameo         TEXT COLLATE "C" NOT NULL,
  intensity     DOUBLE PRECISION NOT NULL,
  negated       BOOLEAN NOT NULL,
  conditional   BOOLEAN NOT NULL,
  future        BOOLEAN NOT NULL,
  claimed       BOOLEAN NOT NULL,
  place         TEXT,                    -- JSON Place or NULL
  quantities    TEXT NOT NULL,           -- JSON Quantity[]
  first_mention TEXT COLLATE "C" NOT NULL,
  mentions      INTEGER NOT NULL DEFAULT 1,
  "symmetric"   BOOLEAN NOT NULL DEFAULT FALSE, -- a two-sided act joined from both directions
  place_name    TEXT COLLATE "C",
  -- JSON text of merge.ts's quantityKey (which separates with U+0000, not allowed in PG text).
  quantity_key  TEXT COLLATE "C" NOT NULL DEFAULT ''
);
CREATE INDEX events_date ON events (date);
-- The merge lookup (write.ts) is exact on dyad, type and counts, a range on date.
CREATE INDEX events_dyad ON events (source, target, type, quantity_key, date);
CREATE INDEX events_target ON events (target, date);
CREATE INDEX events_type ON events (type, date);

CREATE TABLE mentions (
  seq           BIGSERIAL NOT NULL UNIQUE,
  id            TEXT COLLATE "C" PRIMARY KEY,
  event         TEXT COLLATE "C" NOT NULL REFERENCES events (id),
  doc           TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  sentence      INTEGER NOT NULL,
  date          TEXT COLLATE "C",
  source        TEXT COLLATE "C" NOT NULL,
  source_sector TEXT COLLATE "C" NOT NULL,
  source_text   TEXT NOT NULL,
  target        TEXT COLLATE "C" NOT NULL,
  target_sector TEXT COLLATE "C" NOT NULL,
  target_text   TEXT NOT NULL,
  type          TEXT COLLATE "C" NOT NULL,
  mode          TEXT COLLATE "C" NOT NULL,
  cameo         TEXT COLLATE "C" NOT NULL,
  intensity     DOUBLE PRECISION NOT NULL,
  negated       BOOLEAN NOT NULL,
  conditional   BOOLEAN NOT NULL,
  future        BOOLEAN NOT NULL,
  claimed       BOOLEAN NOT NULL,
  place         TEXT,
  quantities    TEXT NOT NULL,
  start         INTEGER NOT NULL,
  "end"         INTEGER NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end   INTEGER NOT NULL,
  pattern       TEXT COLLATE "C" NOT NULL
);
CREATE INDEX mentions_event ON mentions (event, seq);
CREATE INDEX mentions_doc ON mentions (doc, sentence);

CREATE TABLE quotes (
  doc      TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  start    INTEGER NOT NULL,
  "end"    INTEGER NOT NULL,
  words    TEXT NOT NULL,
  speaker  TEXT,                         -- JSON Actor or NULL
  relays   TEXT NOT NULL,                -- JSON string[]
  PRIMARY KEY (doc, start)
);
