#!/usr/bin/env node
// Converts the Open Event Data Alliance's PETRARCH2/Phoenix dictionaries (MIT) into Spiral's own
// data files, so the coder can fall back on the field's dictionaries where the hand-kept ones
// are silent (issue 15). The output is committed; re-run after changing a converter.
//
//   npm run build
//   node scripts/import-petrarch.mjs PETRARCH2_DIR CAMEO2PLOVER.txt
//
// PETRARCH2_DIR holds CAMEO.2.0.txt and the Phoenix.*.actors.txt files (openeventdata/petrarch2,
// petrarch2/data/dictionaries); CAMEO2PLOVER.txt is openeventdata/PLOVER's conversion table.
// Writes data/patterns/petrarch2-verbs.imported.jsonl and data/actors/phoenix.imported.jsonl.
// The conversion itself lives in src/coding/petrarch-verbs.ts and src/actors/phoenix.ts (tested).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (p) => import(path.join(root, 'dist', p));

function read(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`import-petrarch: ${file}: cannot read (${err.code ?? 'error'})`);
    process.exit(1);
  }
}

/**
 * Spiral's choices where the 2021 table differs from the PLOVER manual Spiral follows (DESIGN.md,
 * Contracts): imposing sanctions or an embargo is SANCTION in the manual's text, COERCE in the table.
 */
const CAMEO_OVERRIDES = { 163: 'SANCTION' };

const ATTRIBUTION =
  'Converted by scripts/import-petrarch.mjs from the PETRARCH2 dictionaries of the Open Event Data Alliance (openeventdata/petrarch2, MIT License, Copyright (c) 2014-2015 Open Event Data Alliance); CAMEO codes mapped to PLOVER with openeventdata/PLOVER CAMEO2PLOVER-2021.txt. Do not edit: override or disable an entry by id in a hand-kept file.';

async function main(argv) {
  if (argv.length !== 2) {
    console.error('usage: node scripts/import-petrarch.mjs PETRARCH2_DIR CAMEO2PLOVER.txt');
    process.exit(2);
  }
  const [dir, mapFile] = argv;
  const { parseCameoToPlover, convertVerbDictionary, PetrarchFormatError } = await dist(
    'coding/petrarch-verbs.js',
  );
  const { convertPhoenixActors } = await dist('actors/phoenix.js');
  try {
    const cameo = parseCameoToPlover(read(mapFile), mapFile);
    const verbFile = path.join(dir, 'CAMEO.2.0.txt');
    // Measured on the tuning half of the dev gold (docs/coding.md, "Imported dictionaries"):
    // verbs alone, patterns naming no object, and patterns spread over a whole synonym block
    // each cost precision with no recall to show for it.
    const patterns = convertVerbDictionary(read(verbFile), verbFile, cameo, {
      overrides: CAMEO_OVERRIDES,
      isolated: 'none',
      requireObject: true,
      // A verb and its particle ("step down", "give up") are a verb of their own.
      phrasalVerbs: true,
      namedVerbOnly: true,
    });
    const patternOut = path.join(root, 'data', 'patterns', 'petrarch2-verbs.imported.jsonl');
    writeFileSync(
      patternOut,
      `# ${ATTRIBUTION}\n` + patterns.map((p) => JSON.stringify(p)).join('\n') + '\n',
    );
    console.log(`${patternOut}: ${patterns.length} patterns`);

    const actorFiles = [
      'Phoenix.Countries.actors.txt',
      'Phoenix.International.actors.txt',
      'Phoenix.MilNonState.actors.txt',
    ].map((f) => ({ file: path.join(dir, f), text: read(path.join(dir, f)) }));
    // Every hand-kept file the dictionary loads (people-world.json too): imported entries never
    // shadow a name the team keeps, whichever file keeps it.
    const { readActorFile, DEFAULT_ACTOR_FILES } = await dist('actors/dictionary.js');
    const handKept = DEFAULT_ACTOR_FILES.map((f) =>
      readActorFile(path.join(root, 'data', 'actors', f)),
    );
    const actors = convertPhoenixActors(actorFiles, handKept);
    // One entry per line, each line an actor file of its own: the loader validates states and
    // organisations at once and a person's line only when the text names them (file:line errors).
    const actorOut = path.join(root, 'data', 'actors', 'phoenix.imported.jsonl');
    const lines = [
      ...actors.states.map((s) => ({ states: [s] })),
      ...actors.organisations.map((o) => ({ organisations: [o] })),
      ...actors.people.map((p) => ({ people: [p] })),
    ];
    writeFileSync(
      actorOut,
      `# ${ATTRIBUTION}\n` + lines.map((l) => JSON.stringify(l)).join('\n') + '\n',
    );
    console.log(
      `${actorOut}: ${actors.people.length} people; imported bodies for ${actors.states.length} states, ${actors.organisations.length} organisations`,
    );
  } catch (err) {
    if (err instanceof PetrarchFormatError || err?.name === 'PhoenixFormatError') {
      console.error(`import-petrarch: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
}

await main(process.argv.slice(2));
