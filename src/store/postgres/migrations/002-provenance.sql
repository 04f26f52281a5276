-- Provenance: MinHash signatures with their LSH band keys, stories of copies, each document's
-- place in its story, and pairs that must never be joined (as in SQLite's 002-provenance.sql).

CREATE TABLE doc_signatures (
  doc      TEXT COLLATE "C" PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  sig      BYTEA NOT NULL,               -- 128 little-endian uint32
  shingles INTEGER NOT NULL
);

CREATE TABLE lsh_bands (
  band INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  doc  TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (band, hash, doc)
);
CREATE INDEX lsh_bands_doc ON lsh_bands (doc);

CREATE TABLE stories (
  id       TEXT COLLATE "C" PRIMARY KEY,
  original TEXT COLLATE "C" NOT NULL REFERENCES documents (id),
  created  TEXT COLLATE "C" NOT NULL
);

CREATE TABLE story_members (
  story         TEXT COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  doc           TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  similarity    DOUBLE PRECISION NOT NULL,
  link          TEXT COLLATE "C" NOT NULL
    CHECK (link IN ('original', 'verbatim', 'edited', 'spun', 'summary', 'translated')),
  substitutions INTEGER NOT NULL,
  PRIMARY KEY (story, doc)
);
CREATE UNIQUE INDEX story_members_doc ON story_members (doc);

CREATE TABLE document_provenance (
  doc     TEXT COLLATE "C" PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  story   TEXT COLLATE "C" REFERENCES stories (id) ON DELETE SET NULL,
  spin    DOUBLE PRECISION NOT NULL,
  copy_of TEXT COLLATE "C" REFERENCES documents (id) ON DELETE SET NULL
);
CREATE INDEX document_provenance_story ON document_provenance (story);
CREATE INDEX document_provenance_copy_of ON document_provenance (copy_of);

CREATE TABLE provenance_conflicts (
  a TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  b TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (a, b)
);
CREATE INDEX provenance_conflicts_b ON provenance_conflicts (b);
