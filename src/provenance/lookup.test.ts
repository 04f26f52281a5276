import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ORIGINAL, report, SAME_ACTORS_OTHER_STORY } from './fixtures.js';
import { editText } from './generate.js';
import { seededRandom } from '../random.js';
import { measureLookups } from './lookup.js';

const dir = mkdtempSync(path.join(tmpdir(), 'spiral-lookup-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Invented documents: an article, an edited copy of it, another story of the same people, and
// four daily reports cut from one template (each day's counts differ: contradictions).
const texts = [
  ORIGINAL,
  editText(ORIGINAL, seededRandom(3)),
  SAME_ACTORS_OTHER_STORY,
  report(11, [120, 40, 95, 60, 22, 48]),
  report(12, [131, 52, 120, 71, 30, 60]),
  report(13, [88, 17, 131, 45, 12, 71]),
  report(14, [140, 66, 88, 93, 41, 45]),
];
const corpus = path.join(dir, 'corpus.jsonl');
writeFileSync(
  corpus,
  texts
    .map((text, i) =>
      JSON.stringify({
        url: `https://wire.example/${i}`,
        title: `Item ${i}`,
        source: i === 1 ? 'Digest' : 'Northwire',
        published: `2022-02-${String(10 + i).padStart(2, '0')}`,
        text,
      }),
    )
    .join('\n') + '\n',
);

describe('measureLookups', () => {
  it('counts every document, its lookups, the band rows and stored texts read', async () => {
    const tally = await measureLookups(corpus);
    expect(tally.documents).toBe(texts.length);
    // A second lookup only when the rare keys found nothing sharing enough bands.
    expect(tally.lookups).toBeGreaterThanOrEqual(texts.length);
    expect(tally.lookups).toBeLessThanOrEqual(2 * texts.length);
    // The template reports and the copy share band keys with the documents before them.
    expect(tally.rows).toBeGreaterThan(0);
    // Seven texts are all remembered: the fine check reads none from the store again; the one
    // read is the original's, when its edited copy joins it in a story (its earliest member).
    expect(tally.texts).toBeLessThan(texts.length);
    expect(tally.linkMicros).toBeGreaterThan(0);
  });

  it('reads at least as many band rows when stop keys are read like any other key', async () => {
    const stop = await measureLookups(corpus);
    const noStop = await measureLookups(corpus, { stop: false });
    expect(noStop.documents).toBe(stop.documents);
    expect(noStop.rows).toBeGreaterThanOrEqual(stop.rows);
  });
});

describe('lookup-cli', () => {
  const cli = fileURLToPath(new URL('../../dist/provenance/lookup-cli.js', import.meta.url));
  const run = (args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 120_000 });

  it('prints the counts per document of a corpus', () => {
    const out = run([corpus]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(`documents: ${texts.length}\n`);
    for (const line of [
      /band rows read per document: \d+\.\d/,
      /index lookups per document: [12]\.\d/,
      /stored texts read per document: 0\.\d/,
      /link CPU per document: \d+\.\d\d ms/,
    ])
      expect(out.stdout).toMatch(line);
  });

  it('exits 2 with E_USAGE without a corpus', () => {
    const out = run([]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('E_USAGE');
  });
});
