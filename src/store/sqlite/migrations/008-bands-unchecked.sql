-- The band keys without a foreign key to their document. SQLite checked the key on each of a
-- document's 96 rows, a lookup in `documents` per row: 60 % of the CPU their insert took (about
-- 0.4 s of an 8 MB ingest's 22). Nothing needs the check: the store writes a document's bands in
-- the transaction that writes the document, and documents are never deleted. The index on `doc`
-- stays for `spiral reindex` (removeFingerprint deletes a document's rows by it).
CREATE TABLE lsh_bands_new (
  band INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  doc  TEXT NOT NULL,
  PRIMARY KEY (band, hash, doc)
) WITHOUT ROWID;
INSERT INTO lsh_bands_new (band, hash, doc) SELECT band, hash, doc FROM lsh_bands;
DROP TABLE lsh_bands;
ALTER TABLE lsh_bands_new RENAME TO lsh_bands;
CREATE INDEX lsh_bands_doc ON lsh_bands(doc);
