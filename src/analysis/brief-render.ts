// The brief as Markdown (stdout default) or one self-contained HTML page: no external resource,
// every stored string escaped, each claim's event ids linked to the evidence listed below it.
import type { Brief } from './brief.js';
import type { EventSummary } from '../store/aggregates.js';

const MAX_IDS = 8;

function heading(brief: Brief): string {
  return brief.days === 1
    ? `Brief for ${brief.date}`
    : `Brief for ${brief.period.from} to ${brief.period.to} (${brief.days} days)`;
}

function comparedTo(brief: Brief): string {
  return `Compared with ${brief.previous.from}${brief.days > 1 ? ` to ${brief.previous.to}` : ''}. Event ids in brackets; the evidence follows.`;
}

/** Markdown text is escaped where it would change the layout (a stored string starting a list, a pipe, a bracket). */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

function idsMd(ids: string[]): string {
  if (ids.length === 0) return '';
  const shown = ids.slice(0, MAX_IDS).map((id) => `\`${id}\``);
  return ` [${shown.join(', ')}${ids.length > MAX_IDS ? `, +${ids.length - MAX_IDS} more` : ''}]`;
}

function evidenceLine(e: EventSummary): string {
  return `${e.date ?? 'undated'} ${e.source || '?'}→${e.target || '?'} ${e.type}${e.negated ? ' (negated)' : ''}`;
}

export function briefMarkdown(brief: Brief): string[] {
  const lines = [`# ${heading(brief)}`, '', comparedTo(brief)];
  for (const section of brief.sections) {
    lines.push('', `## ${section.title}`, '');
    if (section.claims.length === 0) lines.push(section.empty);
    for (const claim of section.claims) lines.push(`- ${md(claim.text)}${idsMd(claim.events)}`);
    if (section.note) lines.push('', `_${md(section.note)}_`);
  }
  if (brief.evidence.length) {
    lines.push('', '## Evidence', '');
    for (const e of brief.evidence) {
      lines.push(
        `- \`${e.id}\` ${md(evidenceLine(e))}: "${md(e.text.trim())}" (${md(e.outlets.join(', ') || 'no outlet')})`,
      );
    }
  }
  return lines;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** An id becomes an anchor name: ids are hex with a letter prefix, but nothing stored is trusted. */
function anchor(id: string): string {
  return `ev-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function idsHtml(ids: string[], known: Set<string>): string {
  if (ids.length === 0) return '';
  const links = ids
    .slice(0, MAX_IDS)
    .map((id) =>
      known.has(id)
        ? `<a href="#${anchor(id)}">${escapeHtml(id)}</a>`
        : `<code>${escapeHtml(id)}</code>`,
    );
  const more = ids.length > MAX_IDS ? `, +${ids.length - MAX_IDS} more` : '';
  return ` <span class="ids">[${links.join(', ')}${more}]</span>`;
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #ddd}
.ids{font-size:.8em;color:#666}code,.ids a{font-family:ui-monospace,monospace}
.evidence li{margin:.4rem 0}.evidence .meta{color:#555}.empty{color:#777}`;

export function briefHtml(brief: Brief): string {
  const known = new Set(brief.evidence.map((e) => e.id));
  const parts = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(heading(brief))}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(heading(brief))}</h1>`,
    `<p>${escapeHtml(comparedTo(brief))}</p>`,
  ];
  for (const section of brief.sections) {
    parts.push(`<h2>${escapeHtml(section.title)}</h2>`);
    if (section.claims.length === 0)
      parts.push(`<p class="empty">${escapeHtml(section.empty)}</p>`);
    else {
      parts.push('<ul>');
      for (const claim of section.claims)
        parts.push(`<li>${escapeHtml(claim.text)}${idsHtml(claim.events, known)}</li>`);
      parts.push('</ul>');
    }
    if (section.note) parts.push(`<p class="empty">${escapeHtml(section.note)}</p>`);
  }
  if (brief.evidence.length) {
    parts.push('<h2>Evidence</h2><ul class="evidence">');
    for (const e of brief.evidence) {
      parts.push(
        `<li id="${anchor(e.id)}"><code>${escapeHtml(e.id)}</code> <span class="meta">${escapeHtml(evidenceLine(e))}</span><br>` +
          `&ldquo;${escapeHtml(e.text.trim())}&rdquo; <span class="meta">(${escapeHtml(e.outlets.join(', ') || 'no outlet')})</span></li>`,
      );
    }
    parts.push('</ul>');
  }
  parts.push('</body></html>');
  return parts.join('\n');
}
