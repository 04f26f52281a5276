#!/usr/bin/env node
// Where an ingest's time goes, by pipeline stage, from V8 CPU profiles (`node --cpu-prof`).
//
// Run:  node --cpu-prof --cpu-prof-dir=prof bin/spiral.js --db p.db ingest --quiet --workers 1 corpus.jsonl
//       node scripts/profile-summary.mjs prof/*.cpuprofile      (one table per thread's profile)
//
// Each sample's time goes to the stage of the function that was running (self time), found from
// its file: the NLP library, Spiral's own stages by their src/ folder, the databases' drivers,
// the garbage collector. Profiles taken while other processes compete for the cores count time
// spent waiting for a core as well: compare shares, not seconds, and take both in one quiet run.
import { readFileSync } from 'node:fs';

/** First matching rule names the stage; order matters (a dependency before Spiral's folders). */
const STAGES = [
  ['(garbage collector)', /^\(garbage collector\)$/],
  ['idle (waiting for work)', /^\((idle|program)\)$/],
  ['NLP library (wink-nlp)', /node_modules\/wink-/],
  ['dates (chrono-node)', /node_modules\/chrono-node/],
  ['SQLite driver', /node_modules\/better-sqlite3/],
  ['PostgreSQL driver', /node_modules\/pg/],
  ['reading: HTML, feeds', /node_modules\/(linkedom|@mozilla|htmlparser2|@rowanmanning|cssom)/],
  ['validation (zod)', /node_modules\/zod/],
  ['loading modules', /node:internal\/modules|esm\/|cjs\/|bootstrap\//],
  ['NLP bridge (src/nlp)', /\/(src|dist)\/nlp\//],
  ['coding: patterns, roles', /\/(src|dist)\/coding\//],
  ['coding: actors', /\/(src|dist)\/actors\//],
  ['coding: places', /\/(src|dist)\/places\//],
  ['copy detection (provenance)', /\/(src|dist)\/provenance\//],
  ['store: merge and writes', /\/(src|dist)\/store\//],
  ['reading and normalising', /\/(src|dist)\/ingest\//],
  ['pipeline and workers', /\/(src|dist)\/pipeline\//],
  ['other Spiral code', /\/(src|dist)\//],
];

function stageOf(frame) {
  const where = frame.url || frame.functionName;
  for (const [stage, pattern] of STAGES) if (pattern.test(where)) return stage;
  return frame.url ? 'other (Node, libraries)' : 'native (Node)';
}

function summarise(file) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const frameOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byStage = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    total += micros;
    const stage = stageOf(frameOf.get(id));
    byStage.set(stage, (byStage.get(stage) ?? 0) + micros);
  });
  const rows = [...byStage].sort((a, b) => b[1] - a[1]);
  const lines = [
    `${file}: ${(total / 1e6).toFixed(1)} s sampled`,
    '| stage | seconds | share |',
    '| --- | ---: | ---: |',
  ];
  for (const [stage, micros] of rows) {
    lines.push(
      `| ${stage} | ${(micros / 1e6).toFixed(2)} | ${((100 * micros) / total).toFixed(1)}% |`,
    );
  }
  return lines.join('\n');
}

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: node scripts/profile-summary.mjs PROFILE.cpuprofile...\n');
  process.exit(2);
}
for (const file of files) {
  try {
    process.stdout.write(`${summarise(file)}\n\n`);
  } catch (err) {
    process.stderr.write(`${file}: not a readable CPU profile (${err.message})\n`);
    process.exitCode = 1;
  }
}
