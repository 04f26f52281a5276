-- A story member may be a translation of its original (link 'translated'). SQLite cannot change a
-- CHECK constraint in place: the table is rebuilt with the same columns and index.
CREATE TABLE story_members_new (
  story         TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  doc           TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  similarity    REAL NOT NULL,             -- to the original (1 for the original)
  link          TEXT NOT NULL
                CHECK (link IN ('original', 'verbatim', 'edited', 'spun', 'summary', 'translated')),
  substitutions INTEGER NOT NULL,          -- synonym swaps against the original
  PRIMARY KEY (story, doc)
) WITHOUT ROWID;
INSERT INTO story_members_new (story, doc, similarity, link, substitutions)
  SELECT story, doc, similarity, link, substitutions FROM story_members;
DROP TABLE story_members;
ALTER TABLE story_members_new RENAME TO story_members;
CREATE UNIQUE INDEX story_members_doc ON story_members(doc);
