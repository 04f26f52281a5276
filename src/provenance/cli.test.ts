import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { SqliteStore } from '../store/sqlite/store.js';
import { register as registerStories } from '../cli/commands/stories.js';
import { register as registerProvenance } from '../cli/commands/provenance.js';
import { register as registerQuotes } from '../cli/commands/quotes.js';
import { addDocument, ORIGINAL, SAME_ACTORS_OTHER_STORY } from './fixtures.js';
import { editText, spinText } from './generate.js';
import { seededRandom } from '../random.js';
import { linkDocument } from './index.js';
import { thesaurus } from './thesaurus.js';

const dir = mkdtempSync(path.join(tmpdir(), 'spiral-prov-'));
const dbFile = path.join(dir, 'test.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const db = SqliteStore.open(dbFile, { create: true });
const original = addDocument(db, ORIGINAL, {
  source: 'Northwire',
  published: '2022-02-16',
  title: 'NATO studies new battlegroups',
  path: 'northwire/a.txt',
});
const spun = addDocument(db, spinText(ORIGINAL, 0.3, seededRandom(5), thesaurus()).text, {
  source: 'Farm',
  published: '2022-02-17',
  path: 'farm/b.txt',
  url: 'https://farm.example/b',
});
const edited = addDocument(db, editText(ORIGINAL, seededRandom(9)), {
  source: 'Digest',
  published: '2022-02-17',
  path: 'digest/c.txt',
});
const lonely = addDocument(db, SAME_ACTORS_OTHER_STORY, {
  source: 'Northwire',
  published: '2022-02-10',
  path: 'northwire/d.txt',
});
for (const d of [original, spun, edited, lonely]) await linkDocument(db.provenance, d);
db.db
  .prepare(
    'INSERT INTO quotes (doc, sentence, start, end, words, speaker, relays) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  .run(
    spun.id,
    2,
    0,
    10,
    'We have not seen any withdrawal so far',
    JSON.stringify({ root: 'NATO', sector: 'GOV', text: 'Stoltenberg' }),
    JSON.stringify(['Northwire']),
  );
// A chain of two relays, stored nearest to the reader first: Stoltenberg → Northwire → Digest.
db.db
  .prepare(
    'INSERT INTO quotes (doc, sentence, start, end, words, speaker, relays) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  .run(
    edited.id,
    3,
    40,
    80,
    'What we see is the opposite of what they announce',
    JSON.stringify({ root: 'NATO', sector: 'GOV', text: 'Stoltenberg', entry: 'p1' }),
    JSON.stringify(['Digest', 'Northwire']),
  );
await db.close();

async function run(...args: string[]): Promise<string> {
  const program = new Command('spiral')
    .option('--db <file>', 'database', './spiral.db')
    .exitOverride();
  registerStories(program);
  registerProvenance(program);
  registerQuotes(program);
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(['--db', dbFile, ...args], { from: 'user' });
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe('spiral stories / provenance', () => {
  it('prints one story per line as jsonl', async () => {
    const lines = (await run('stories', '--format', 'jsonl')).trim().split('\n');
    expect(lines).toHaveLength(1);
    const story = JSON.parse(lines[0]!);
    expect(story.original).toBe(original.id);
    expect(story.size).toBe(3);
    expect(story.members[0]).toMatchObject({
      doc: original.id,
      path: 'northwire/a.txt',
      title: 'NATO studies new battlegroups',
      link: 'original',
    });
    expect(story.members.map((m: { link: string }) => m.link).sort()).toEqual([
      'edited',
      'original',
      'spun',
    ]);
    expect(Object.keys(story).sort()).toEqual(['id', 'members', 'original', 'size']);
  });

  it('filters by size and prints a table', async () => {
    expect(JSON.parse(await run('stories', '--format', 'json', '--min-size', '4'))).toEqual([]);
    const table = await run('stories');
    expect(table).toContain(original.id);
    expect(table).toContain('spun');
  });

  it('describes a copy: what it copies, spin, quote chain', async () => {
    const text = await run('provenance', spun.id);
    expect(text).toContain(`copies of ${original.id}  original`);
    expect(text).toMatch(/link\s+spun/);
    expect(text).toContain('Stoltenberg said → Northwire reported → Farm relayed');
    const json = JSON.parse(await run('provenance', spun.id, '--format', 'json'));
    expect(json.spin).toBeGreaterThan(0.1);
    expect(json.copyOf.doc).toBe(original.id);
  });

  it('lists the copies of an original', async () => {
    const json = JSON.parse(await run('provenance', original.id, '--format', 'json'));
    expect(json.copies.map((c: { doc: string }) => c.doc).sort()).toEqual(
      [spun.id, edited.id].sort(),
    );
    expect(json.link).toBe('original');
  });

  it('reports an unknown id as a user error', async () => {
    await expect(run('provenance', 'dnope')).rejects.toMatchObject({ code: 'E_NO_DOC' });
  });
});

describe('spiral quotes', () => {
  it('prints one quote per line with the relays from the speaker outward', async () => {
    const lines = (await run('quotes', '--format', 'jsonl'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    const chain = lines.find((q) => q.doc === edited.id);
    expect(chain).toMatchObject({
      words: 'What we see is the opposite of what they announce',
      speaker: { root: 'NATO', sector: 'GOV', text: 'Stoltenberg' },
      relays: ['Northwire', 'Digest'],
    });
    expect(Object.keys(chain.speaker).sort()).toEqual(['root', 'sector', 'text']);
  });

  it('filters by document and prints the chain as text', async () => {
    const text = await run('quotes', '--doc', edited.id);
    expect(text).toContain('Stoltenberg (NATO GOV) said → Northwire reported → Digest relayed');
    expect(text).not.toContain(spun.id);
    await expect(run('quotes', '--doc', 'dnope')).rejects.toMatchObject({ code: 'E_NO_DOC' });
  });
});
