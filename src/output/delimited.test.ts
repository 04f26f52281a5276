import { describe, expect, it } from 'vitest';
import { delimitedRow, formulaSafe } from './delimited.js';

describe('formula guard (CSV/TSV injection)', () => {
  it("gives cells a spreadsheet would run a leading '", () => {
    expect(formulaSafe('=HYPERLINK("http://evil.example","x")')).toBe(
      `'=HYPERLINK("http://evil.example","x")`,
    );
    expect(formulaSafe("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(formulaSafe('+1+cmd')).toBe("'+1+cmd");
    expect(formulaSafe('-2+3+cmd')).toBe("'-2+3+cmd");
    expect(formulaSafe('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(formulaSafe('\t=1')).toBe("'\t=1");
    expect(formulaSafe('\r=1')).toBe("'\r=1");
    expect(formulaSafe('- a dash in a sentence')).toBe("'- a dash in a sentence");
  });

  it('leaves numbers, including negative intensities, and other text alone', () => {
    for (const value of [
      '-3.5',
      '-10',
      '+2',
      '0',
      '12.75',
      '-0.5e3',
      '.5',
      'RUS',
      'a=b',
      '',
      ' =x',
    ]) {
      expect(formulaSafe(value)).toBe(value);
    }
  });

  it('is applied to every cell of a row, before quoting, unless raw cells are asked for', () => {
    const row = ['=1+1', 'a,b', '-7', '@x'];
    expect(delimitedRow(row, 'csv')).toBe(`'=1+1,"a,b",-7,'@x`);
    expect(delimitedRow(['=a,b'], 'csv')).toBe(`"'=a,b"`);
    expect(delimitedRow(row, 'tsv')).toBe(`'=1+1\ta,b\t-7\t'@x`);
    expect(delimitedRow(['\t=1'], 'tsv')).toBe(`' =1`);
    expect(delimitedRow(row, 'csv', { rawCells: true })).toBe(`=1+1,"a,b",-7,@x`);
    expect(delimitedRow(row, 'tsv', { rawCells: true })).toBe(`=1+1\ta,b\t-7\t@x`);
  });
});
