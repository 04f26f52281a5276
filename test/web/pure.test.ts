// The dashboard's pure helpers: highlight runs, filters in the URL, links that cannot run code.
import { describe, expect, it } from 'vitest';
import { filterParams, filtersUrl, readFilters } from '../../web/src/filters.js';
import { findWithin, runs } from '../../web/src/highlight.js';
import { safeHref } from '../../web/src/dom.js';

describe('runs', () => {
  it('cuts text at every mark boundary and nests overlapping marks', () => {
    const text = 'Lavrov met Blinken in Geneva.';
    const out = runs(text, [
      { start: 0, end: 29, mark: 'evidence' },
      { start: 7, end: 10, mark: 'trigger' },
      { start: 0, end: 6, mark: 'actor' },
    ]);
    expect(out.map((r) => r.text).join('')).toBe(text);
    expect(out).toEqual([
      { text: 'Lavrov', marks: ['actor', 'evidence'] },
      { text: ' ', marks: ['evidence'] },
      { text: 'met', marks: ['evidence', 'trigger'] },
      { text: ' Blinken in Geneva.', marks: ['evidence'] },
    ]);
  });

  it('clips spans outside the text and drops empty ones', () => {
    expect(
      runs('abc', [
        { start: -5, end: 1, mark: 'x' },
        { start: 2, end: 2, mark: 'y' },
        { start: 2, end: 99, mark: 'z' },
      ]),
    ).toEqual([
      { text: 'a', marks: ['x'] },
      { text: 'b', marks: [] },
      { text: 'c', marks: ['z'] },
    ]);
  });

  it('finds a phrase only inside the given range', () => {
    expect(findWithin('Russia and Russia', 'russia', 1, 17)).toEqual({ start: 11, end: 17 });
    expect(findWithin('abc', '  ', 0, 3)).toBeNull();
  });
});

describe('filters in the URL', () => {
  it('round-trips in a fixed order and drops empty values', () => {
    const filters = readFilters('?q=talks&type=CONSULT&from=2022-01-01&x=1&actor=');
    expect(filters).toEqual({ q: 'talks', type: 'CONSULT', from: '2022-01-01' });
    expect(filterParams(filters).toString()).toBe('from=2022-01-01&type=CONSULT&q=talks');
    expect(filtersUrl({})).toBe('/');
    expect(readFilters(filtersUrl(filters).slice(1))).toEqual(filters);
  });
});

describe('safeHref', () => {
  it('keeps site paths and http(s) URLs, refuses every other scheme', () => {
    expect(safeHref('/events/e1')).toBe('/events/e1');
    expect(safeHref('https://example.org/a b')).toBe('https://example.org/a%20b');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      '//evil.example',
      '/\\evil.example',
      'vbscript:x',
      'java\tscript:x',
    ]) {
      expect(safeHref(bad), bad).toBeNull();
    }
  });
});
