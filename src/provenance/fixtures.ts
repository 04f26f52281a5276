// Test fixtures and helpers shared by the provenance tests. All text is invented.
import { createHash } from 'node:crypto';
import { SqliteStore } from '../store/sqlite/store.js';
import type { DocumentRecord } from '../records.js';

export const ORIGINAL = `BRUSSELS, Feb. 16 (Northwire) - NATO defence ministers agreed on Wednesday to study four new battlegroups for the alliance's eastern flank, as Western officials said they had seen no sign that Russia was pulling back its forces from Ukraine's borders.

Secretary General Jens Stoltenberg told a news conference that Russia had kept adding troops near Ukraine and that about 150,000 soldiers were now deployed in the region, a figure he said had grown by 7,000 in recent days.

"We have not seen any withdrawal so far," Stoltenberg said. "What we see is the opposite of what they announce."

The ministers asked military planners to prepare detailed options for Romania, Bulgaria, Slovakia and Hungary, with a decision expected at the summit in Madrid in June.

Moscow said on Tuesday that some units had finished their drills and were returning to their bases, and the defence ministry released footage of tanks being loaded onto railway wagons in Crimea.

U.S. Defense Secretary Lloyd Austin said Washington had observed some of the units moving closer to the border rather than away from it, and that Russian aircraft were flying additional sorties.

Ukrainian President Volodymyr Zelenskiy visited troops in Rivne region and watched an exercise that used 20 Bayraktar drones, telling soldiers that the country was ready for any outcome.

Diplomats said a meeting of the Organization for Security and Cooperation in Europe was planned for Friday in Vienna to discuss the Russian proposals on security guarantees.`;

/** Same story, same actors and numbers, rewritten sentence by sentence: not a copy. */
export const SAME_ACTORS_OTHER_STORY = `BRUSSELS, Feb. 10 (Northwire) - NATO Secretary General Jens Stoltenberg met Polish President Andrzej Duda on Thursday and promised that allied air policing over the Baltic would be doubled before the spring.

Stoltenberg said Russia's deployment in Belarus was the largest since the end of the Cold War and included 30,000 combat troops, special forces and S-400 air defence systems.

Duda said Poland would buy 250 Abrams tanks and asked allies to keep troops on the eastern flank permanently rather than on rotation.

Moscow rejected the plans as provocative and said its units in Belarus would return home once the joint exercise ended on Feb. 20.

U.S. Defense Secretary Lloyd Austin announced on Friday that 3,000 more soldiers would go to Poland, joining 1,700 paratroopers who arrived earlier in the month.

Diplomats said Romania, Bulgaria and Hungary had also asked for additional support at the meeting in Brussels.`;

export function report(day: number, counts: number[]): string {
  const [a, b, c, d, e, f] = counts;
  return `Daily report of the monitoring mission, ${day} February 2022

KYIV, ${day} February 2022 - Latest from the Special Monitoring Mission to Ukraine, based on information received as of 19:30 the previous evening.

The mission recorded more ceasefire violations in both Donetsk and Luhansk regions compared with the previous reporting period.

In Donetsk region the mission recorded ${a} ceasefire violations, including ${b} explosions. In the previous reporting period it recorded ${c} ceasefire violations in the region.

In Luhansk region the mission recorded ${d} ceasefire violations, including ${e} explosions. In the previous reporting period it recorded ${f} ceasefire violations in the region.

Monitors were denied passage at a checkpoint of the armed formations near Olenivka. The mission's patrols continued to be restricted across the line of contact.

The mission monitors the implementation of the Minsk agreements and reports facts without attributing the violations to any side.`;
}

/** A throwaway in-memory store. */
export function memoryDb(): SqliteStore {
  return SqliteStore.open(':memory:');
}

let clock = 0;

/** Stores a document the way ingest would and returns its record. */
export function addDocument(
  store: SqliteStore,
  text: string,
  fields: Partial<Pick<DocumentRecord, 'source' | 'published' | 'title' | 'url' | 'path'>> = {},
): DocumentRecord {
  const hash = createHash('sha256').update(text).digest('hex');
  const doc: DocumentRecord = {
    id: `d${hash.slice(0, 16)}`,
    hash,
    text,
    source: fields.source ?? '',
    url: fields.url ?? null,
    title: fields.title ?? null,
    published: fields.published ?? null,
    path: fields.path ?? `mem/${hash.slice(0, 8)}.txt`,
    format: 'text',
    ingested: new Date(Date.UTC(2024, 0, 1) + clock++ * 1000).toISOString(),
  };
  store.db
    .prepare(
      `INSERT OR IGNORE INTO documents (id, hash, source, url, title, published, ingested, path, format, text)
     VALUES (@id, @hash, @source, @url, @title, @published, @ingested, @path, @format, @text)`,
    )
    .run(doc);
  return doc;
}
