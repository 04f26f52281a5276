-- Core schema: documents, sentences, coded mentions, merged events, quotes.
-- Ids are stable text ids derived from content, so a link or a page can carry them.

CREATE TABLE documents (
  id        TEXT PRIMARY KEY,           -- 'd' + first 16 hex of the content hash
  hash      TEXT NOT NULL UNIQUE,       -- SHA-256 of the normalised text (and of the URL, when there is one)
  source    TEXT NOT NULL DEFAULT '',   -- outlet
  url       TEXT,
  title     TEXT,
  published TEXT,                       -- YYYY-MM-DD
  ingested  TEXT NOT NULL,              -- ISO timestamp
  path      TEXT NOT NULL,
  format    TEXT NOT NULL,
  text      TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_source ON documents(source);

CREATE TABLE sentences (
  doc    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx    INTEGER NOT NULL,
  start  INTEGER NOT NULL,
  end    INTEGER NOT NULL,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

-- A happening; one or more mentions point at it.
CREATE TABLE events (
  id            TEXT PRIMARY KEY,
  date          TEXT,
  source        TEXT NOT NULL,
  source_sector TEXT NOT NULL,
  target        TEXT NOT NULL,
  target_sector TEXT NOT NULL,
  type          TEXT NOT NULL,
  mode          TEXT NOT NULL,
  cameo         TEXT NOT NULL,
  intensity     REAL NOT NULL,
  negated       INTEGER NOT NULL,
  conditional   INTEGER NOT NULL,
  future        INTEGER NOT NULL,
  claimed       INTEGER NOT NULL,
  place         TEXT,                   -- JSON Place or NULL
  quantities    TEXT NOT NULL,          -- JSON Quantity[]
  first_mention TEXT NOT NULL,          -- the mention whose evidence represents the event
  mentions      INTEGER NOT NULL DEFAULT 1,
  -- Merge keys, so finding the event a new mention joins is one indexed lookup:
  place_name    TEXT,                   -- place.name, NULL when no place
  quantity_key  TEXT NOT NULL DEFAULT '' -- sorted "count unit" pairs: equal keys = same counts
);
CREATE INDEX events_date ON events(date);
-- Dyad queries use its prefix; the merge lookup (src/store/sqlite/write.ts storedCandidates) all of it:
-- exact on dyad, type and counts, a range on date.
CREATE INDEX events_dyad ON events(source, target, type, quantity_key, date);
CREATE INDEX events_target ON events(target, date);
CREATE INDEX events_type ON events(type, date);

-- One event as told by one sentence of one document.
CREATE TABLE mentions (
  id            TEXT PRIMARY KEY,
  event         TEXT NOT NULL REFERENCES events(id),
  doc           TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence      INTEGER NOT NULL,
  date          TEXT,
  source        TEXT NOT NULL,
  source_sector TEXT NOT NULL,
  source_text   TEXT NOT NULL,
  target        TEXT NOT NULL,
  target_sector TEXT NOT NULL,
  target_text   TEXT NOT NULL,
  type          TEXT NOT NULL,
  mode          TEXT NOT NULL,
  cameo         TEXT NOT NULL,
  intensity     REAL NOT NULL,
  negated       INTEGER NOT NULL,
  conditional   INTEGER NOT NULL,
  future        INTEGER NOT NULL,
  claimed       INTEGER NOT NULL,
  place         TEXT,
  quantities    TEXT NOT NULL,
  start         INTEGER NOT NULL,       -- sentence offsets in the document
  end           INTEGER NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end   INTEGER NOT NULL,
  pattern       TEXT NOT NULL
);
CREATE INDEX mentions_event ON mentions(event);
CREATE INDEX mentions_doc ON mentions(doc, sentence);

CREATE TABLE quotes (
  doc      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  start    INTEGER NOT NULL,
  end      INTEGER NOT NULL,
  words    TEXT NOT NULL,
  speaker  TEXT,                         -- JSON Actor or NULL
  relays   TEXT NOT NULL,                -- JSON string[]
  PRIMARY KEY (doc, start)
) WITHOUT ROWID;
