-- A document's band keys kept with its signature (a JSON object or array: band -> key) instead
-- of an index of lsh_bands on `doc`. The index held a second entry for each of a document's 96
-- rows, at a random place of its B-tree like the first: without it the band rows' inserts and
-- commits took a fifth less CPU (250 -> 200 ms replaying the LSH traffic of the 8 MB bench
-- corpus's 1,822 documents, three runs each), and the file holds 175,000 fewer entries. Its one
-- use was `spiral reindex` deleting a document's rows (removeFingerprint), now done by key.
ALTER TABLE doc_signatures ADD COLUMN bands TEXT;
UPDATE doc_signatures
   SET bands = (SELECT json_group_object(CAST(band AS TEXT), hash) FROM lsh_bands l
                 WHERE l.doc = doc_signatures.doc);
DROP INDEX lsh_bands_doc;
