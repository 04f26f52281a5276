import { describe, expect, it } from 'vitest';
import { toDocumentRecord } from './ingest-run.js';
import type { DocumentInput } from '../records.js';

const input = (url: string | null, text = 'Russia shelled Kharkiv on Monday.'): DocumentInput => ({
  text,
  url,
  source: 'wire',
  title: null,
  published: '2022-02-15',
  path: 'x.txt',
  format: 'text',
});

describe('document identity', () => {
  it('is the same for the same text at the same address, whatever the whitespace', () => {
    expect(toDocumentRecord(input('https://a.example/1'), 't').id).toBe(
      toDocumentRecord(input('https://a.example/1', 'Russia  shelled Kharkiv on Monday.\n'), 't')
        .id,
    );
    expect(toDocumentRecord(input(null), 't').id).toBe(toDocumentRecord(input(null), 't2').id);
  });

  it('differs for one story syndicated at two addresses, so both outlets stay sources', () => {
    expect(toDocumentRecord(input('https://a.example/1'), 't').id).not.toBe(
      toDocumentRecord(input('https://b.example/story'), 't').id,
    );
  });
});
