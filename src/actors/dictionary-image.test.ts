// The built-in actor files read back from their image give the dictionary a fresh read gives.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildFromFiles,
  readDefaultActorFiles,
  type DefaultActorFiles,
  type TrieNode,
} from './dictionary.js';
import { findActors } from './match.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const TEXT =
  'Russian President Vladimir Putin met Ukrainian officials in Kyiv, and the UN Security ' +
  'Council heard from Hamas and the Israeli army; Bashar al-Assad did not attend.';

/** The trie as text, in its maps' order: children, atoms and what waits on each node. */
function dump(node: TrieNode, out: string[] = []): string[] {
  out.push(JSON.stringify(node.atoms), JSON.stringify(node.pending ? [...node.pending] : null));
  for (const [word, child] of node.next) {
    out.push(`>${word}`);
    dump(child, out);
    out.push('<');
  }
  return out;
}

/** What was read, as text (the imported file's bytes by content). */
const shown = (read: DefaultActorFiles): string =>
  JSON.stringify({
    files: read.files,
    imported: read.imported.map(({ people, pairs }) => ({
      ...people,
      bytes: people.bytes.toString('base64'),
      starts: [...people.starts],
      ends: [...people.ends],
      lines: [...people.lines],
      done: [...people.done],
      pairs,
    })),
  });

describe('the actor files image', () => {
  for (const imported of [true, false]) {
    it(`is written once and read back as read (imported files: ${imported})`, () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'spiral-actors-'));
      dirs.push(dir);
      const fresh = readDefaultActorFiles(imported, dir);
      expect(readdirSync(dir)).toHaveLength(1);
      const again = readDefaultActorFiles(imported, dir);
      expect(shown(again) === shown(fresh)).toBe(true);
      // Built from either, the dictionaries are the same, before and after people are met.
      const a = buildFromFiles(fresh);
      const b = buildFromFiles(again);
      expect(dump(b.trie).join('\n') === dump(a.trie).join('\n')).toBe(true);
      expect(b.pending.size).toBe(a.pending.size);
      const found = findActors(a, TEXT, '2020-01-01');
      expect(found.length).toBeGreaterThan(3);
      expect(findActors(b, TEXT, '2020-01-01')).toStrictEqual(found);
      expect(dump(b.trie).join('\n') === dump(a.trie).join('\n')).toBe(true);
      expect(JSON.stringify([...b.people]) === JSON.stringify([...a.people])).toBe(true);
    });
  }
});
