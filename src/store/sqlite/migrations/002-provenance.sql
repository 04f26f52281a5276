-- Provenance: copy detection index (MinHash signatures + LSH bands), stories of copied documents,
-- and each document's place in its story.

-- MinHash signature of a document's spin-proof skeleton shingles (128 little-endian uint32).
CREATE TABLE doc_signatures (
  doc      TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  sig      BLOB NOT NULL,
  shingles INTEGER NOT NULL              -- size of the shingle set, for containment estimates
) WITHOUT ROWID;

-- One row per (band, key): a new document's candidates are the documents sharing any band key.
CREATE TABLE lsh_bands (
  band INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  doc  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (band, hash, doc)
) WITHOUT ROWID;
CREATE INDEX lsh_bands_doc ON lsh_bands(doc);

-- A story: documents that are copies of one another; `original` is the likely first telling.
CREATE TABLE stories (
  id       TEXT PRIMARY KEY,               -- 's' + the id of the document that founded it
  original TEXT NOT NULL REFERENCES documents(id),
  created  TEXT NOT NULL                   -- ISO timestamp
);

CREATE TABLE story_members (
  story         TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  doc           TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  similarity    REAL NOT NULL,             -- to the original (1 for the original)
  link          TEXT NOT NULL CHECK (link IN ('original', 'verbatim', 'edited', 'spun', 'summary')),
  substitutions INTEGER NOT NULL,          -- synonym swaps against the original
  PRIMARY KEY (story, doc)
) WITHOUT ROWID;
CREATE UNIQUE INDEX story_members_doc ON story_members(doc);

-- Every linked document, in a story or not. spin in [0,1]; copy_of is the document it copies.
CREATE TABLE document_provenance (
  doc     TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  story   TEXT REFERENCES stories(id) ON DELETE SET NULL,
  spin    REAL NOT NULL,
  copy_of TEXT REFERENCES documents(id) ON DELETE SET NULL
) WITHOUT ROWID;
CREATE INDEX document_provenance_story ON document_provenance(story);
CREATE INDEX document_provenance_copy_of ON document_provenance(copy_of);

-- Pairs that overlap like copies but disagree on numbers/dates (template reports of different
-- days). Stories holding the two sides of such a pair are never merged. a < b.
CREATE TABLE provenance_conflicts (
  a TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  b TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX provenance_conflicts_b ON provenance_conflicts(b);
