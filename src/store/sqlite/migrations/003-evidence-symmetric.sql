-- Each sentence keeps its own text, so that listing events slices nothing: before, every row
-- sliced its document's whole text (22 s for 100 events of one 5 MB document).
ALTER TABLE sentences ADD COLUMN text TEXT;
UPDATE sentences SET text = js_slice((SELECT d.text FROM documents d WHERE d.id = sentences.doc), start, end);

-- A two-sided act (a call, talks) told from both sides is one event: 1 when mentions of both
-- directions joined it.
ALTER TABLE events ADD COLUMN symmetric INTEGER NOT NULL DEFAULT 0;
