// What a store holds, in a few lines (`spiral demo`). Pure.
import type { EventRecord } from '../records.js';
import type { StoreSummary } from '../store/index.js';
import { dyad, eventFlags } from './events.js';
import { alignColumns, truncate } from './table.js';
import { terminalSafe } from './terminal.js';

export function formatStoreSummary(s: StoreSummary): string[] {
  const lines = [
    `documents: ${s.documents} from ${s.sources} sources`,
    `sentences: ${s.sentences}`,
    `events:    ${s.events} (${s.mentions} mentions)` +
      (s.firstDate ? `, ${s.firstDate} to ${s.lastDate}` : ''),
  ];
  if (s.byType.length) {
    lines.push('', 'events by type:');
    lines.push(...alignColumns(s.byType.map((t) => [`  ${t.type}`, String(t.events)])));
  }
  if (s.topDyads.length) {
    lines.push('', 'top dyads:');
    lines.push(
      ...alignColumns(
        s.topDyads.map((d) => [`  ${d.source || '?'} → ${d.target || '?'}`, String(d.events)]),
      ),
    );
  }
  return lines.map(terminalSafe);
}

/** What `spiral demo` prints after ingesting the example corpus. */
export function demoLines(
  dbFile: string,
  run: { documents: number; skipped: number; failed: number },
  store: StoreSummary,
  examples: EventRecord[],
): string[] {
  const lines = [
    `Spiral demo: example corpus → ${dbFile}`,
    `this run: ${run.documents} new documents, ${run.skipped} already stored, ${run.failed} failed`,
    '',
    ...formatStoreSummary(store),
  ];
  if (examples.length) {
    lines.push('', 'example events:');
    for (const e of examples) {
      const outlets = [...new Set(e.sources.map((s) => s.source || '—'))].join(', ');
      lines.push(
        `  ${e.id}  ${e.date ?? '—'}  ${dyad(e)}  ${e.type}${eventFlags(e) ? ` (${eventFlags(e)})` : ''}`,
        `    "${truncate(e.evidence.text, 150)}"`,
        `    ${e.sources.length} source${e.sources.length === 1 ? '' : 's'}: ${outlets}`,
      );
    }
    lines.push(
      '',
      'next: spiral events --db FILE | spiral show EVENT_ID | spiral export --format csv',
    );
  }
  return lines.map(terminalSafe);
}
