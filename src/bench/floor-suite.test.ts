import { describe, expect, it } from 'vitest';
import { floorRatios } from './floor-suite.js';

describe('floorRatios', () => {
  const figures = [
    { name: 'wink floor', value: 4, unit: 'MB/s' },
    { name: 'wink floor CPU', value: 2, unit: 's' },
    { name: 'ingest+code', value: 0.5, unit: 'MB/s' },
    { name: 'ingest+code CPU', value: 18, unit: 's' },
    { name: 'ingest+code+provenance', value: 0.25, unit: 'MB/s' },
    { name: 'ingest+code+provenance CPU', value: 30, unit: 's' },
    { name: 'peak RSS', value: 400, unit: 'MB' },
  ];

  it('holds each ingest against the floor by wall time and by CPU time', () => {
    expect(floorRatios(figures)).toEqual([
      { name: 'ingest+code time / wink floor', value: 8, unit: 'x' },
      { name: 'ingest+code+provenance time / wink floor', value: 16, unit: 'x' },
      { name: 'ingest+code CPU / wink floor CPU', value: 9, unit: 'x' },
      { name: 'ingest+code+provenance CPU / wink floor CPU', value: 15, unit: 'x' },
    ]);
  });

  it('gives only the wall ratios when the floor has no CPU figure', () => {
    const names = floorRatios(figures.filter((f) => f.name !== 'wink floor CPU')).map(
      (f) => f.name,
    );
    expect(names).toEqual([
      'ingest+code time / wink floor',
      'ingest+code+provenance time / wink floor',
    ]);
  });

  it('gives nothing without the floor', () => {
    expect(floorRatios(figures.filter((f) => !f.name.startsWith('wink')))).toEqual([]);
  });
});
