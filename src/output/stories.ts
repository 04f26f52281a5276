// `spiral stories`: groups of documents that copy one another. Pure.
import type { StoryView } from '../store/index.js';
import { alignColumns, truncate } from './table.js';
import { terminalSafe } from './terminal.js';

/** One block per story: a header line, then one indented line per member. Safe to print. */
export function formatStoriesTable(stories: StoryView[], width = 120): string[] {
  if (stories.length === 0) return ['no stories (no copies found yet)'];
  const lines: string[] = [];
  for (const story of stories) {
    lines.push(`${story.id}  ${story.size} documents  original ${story.original}`);
    const rows = story.members.map((m) => [`  ${m.doc}`, m.link, m.similarity.toFixed(2)]);
    const aligned = alignColumns(rows);
    const used = Math.max(...aligned.map((l) => l.length));
    aligned.forEach((line, i) => {
      const m = story.members[i]!;
      lines.push(
        `${line.padEnd(used)}  ${truncate(m.title ?? m.url ?? m.path, Math.max(20, width - used - 2))}`,
      );
    });
  }
  return lines.map(terminalSafe);
}
