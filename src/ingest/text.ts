// Plain text and Markdown: strings in, normalised text and any metadata out. Pure.
import { parsePublished } from './dates.js';
import { normaliseText } from './normalise.js';
import type { FoundMetadata } from './types.js';

export interface ReadText {
  text: string;
  meta: FoundMetadata;
}

/** A failure the user can fix in the input, reported with a stable code. */
export interface ReadProblem {
  code: 'BAD_DATE';
  message: string;
  line?: number;
}

const HEADLINE_MAX_CHARS = 150;
const HEADLINE_MAX_WORDS = 25;

/**
 * The first line of a text when it looks like a headline: short, not ending like a sentence
 * (period, comma, colon, semicolon), and followed by more text. The line stays in the text.
 */
export function headlineOf(text: string): string | null {
  const newline = text.indexOf('\n');
  if (newline === -1) return null;
  const first = text.slice(0, newline).trim();
  if (first === '' || text.slice(newline).trim() === '') return null;
  if (first.length > HEADLINE_MAX_CHARS || first.split(/\s+/).length > HEADLINE_MAX_WORDS)
    return null;
  if (/[.,;:]$/.test(first)) return null;
  // A dateline opening the story ("MOSCOW, Feb 16 (Reuters) -") is not a headline.
  if (/\((reuters|ap|afp|tass|interfax|ria novosti|ukrinform)\)/i.test(first)) return null;
  return first;
}

export function readPlainText(raw: string): ReadText {
  const text = normaliseText(raw);
  return { text, meta: { title: headlineOf(text) } };
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Simple `key: value` front matter (title, date/published, source, url); anything else ignored. */
function readFrontMatter(block: string): { meta: FoundMetadata; problem?: ReadProblem } {
  const meta: FoundMetadata = {};
  const lines = block.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(lines[i]!);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (value === '') continue;
    if (key === 'title') meta.title = value;
    else if (key === 'source') meta.source = value;
    else if (key === 'url') meta.url = value;
    else if (key === 'date' || key === 'published') {
      const day = parsePublished(value);
      // Line numbers count the opening "---" as line 1.
      if (day === null) {
        return {
          meta,
          problem: {
            code: 'BAD_DATE',
            message: `front matter field "${key}" is not a date: "${value}"`,
            line: i + 2,
          },
        };
      }
      meta.published = day;
    }
  }
  return { meta };
}

/** Markdown inline markup to its text: links and images keep their words, emphasis its content. */
function stripInline(line: string): string {
  // Escaped punctuation is parked in the Private Use Area so emphasis rules cannot touch it.
  const parked = line.replace(/\\([\\`*_{}[\]()#+\-.!>~])/g, (_, c: string) =>
    String.fromCharCode(0xe000 + c.charCodeAt(0)),
  );
  // Link text and targets stop at the next bracket of either kind: a line of 300,000 "[" (or
  // "](") then costs one pass, where a class that ran on to the line's end cost minutes.
  return parked
    .replace(/!\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/\[([^[\]]+)\]\([^()]*\)/g, '$1')
    .replace(/\[([^[\]]+)\]\[[^[\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^<>]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/(`+)(.+?)\1/g, '$2')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));
}

/** Markdown to plain text, line by line; blank lines (paragraphs) are kept. */
export function stripMarkdown(markdown: string): { text: string; heading: string | null } {
  const out: string[] = [];
  let heading: string | null = null;
  let inFence = false;
  for (const rawLine of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(rawLine);
      continue;
    }
    let line = rawLine;
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) continue; // reference link definitions
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) continue; // horizontal rules
    if (/^\s*(=+|-+)\s*$/.test(line) && out.length > 0 && out[out.length - 1] !== '') {
      // Setext underline: the line above was a heading.
      heading ??= out[out.length - 1]!;
      continue;
    }
    line = line.replace(/^\s{0,3}(>\s?)+/, ''); // blockquotes
    const atx = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (atx) {
      line = atx[1]!;
      heading ??= stripInline(line).trim();
    }
    line = line.replace(/^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/, ''); // list markers, task boxes
    out.push(stripInline(line));
  }
  return { text: out.join('\n'), heading: heading === '' ? null : heading };
}

export function readMarkdown(raw: string): ReadText | ReadProblem {
  let body = raw.replace(/^\uFEFF/, '');
  let meta: FoundMetadata = {};
  const front = FRONT_MATTER.exec(body);
  if (front) {
    const read = readFrontMatter(front[1]!);
    if (read.problem) return read.problem;
    meta = read.meta;
    body = body.slice(front[0].length);
  }
  const { text, heading } = stripMarkdown(body);
  const normalised = normaliseText(text);
  return {
    text: normalised,
    meta: {
      ...meta,
      title: meta.title ?? (heading ? normaliseText(heading) : headlineOf(normalised)),
    },
  };
}
