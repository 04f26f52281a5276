import { describe, expect, it } from 'vitest';
import { terminalSafe } from './terminal.js';

describe('terminalSafe', () => {
  it('leaves ordinary text, accents, scripts and emoji alone', () => {
    for (const text of ['Talks in Genève — “quoted”', 'Київ', 'القدس', '東京', 'ok 👍', '']) {
      expect(terminalSafe(text)).toBe(text);
    }
  });

  it('neutralises ANSI and OSC escapes and BEL', () => {
    expect(terminalSafe('\x1b[2J\x1b[31mred')).toBe('␛[2J␛[31mred');
    expect(terminalSafe('\x1b]0;pwned\x07title')).toBe('␛]0;pwned␇title');
  });

  it('turns line breaks, tabs and separators into spaces, keeping one row', () => {
    expect(terminalSafe('a\r\nb\tc\u2028d\u2029e\vf\fg')).toBe('a  b c d e f g');
  });

  it('replaces C1 controls, DEL, NUL and bidi overrides and isolates', () => {
    expect(terminalSafe('\u009b2Jx\u0085y')).toBe('\uFFFD2Jx\uFFFDy');
    expect(terminalSafe('a\u007fb\u0000c')).toBe('a␡b␀c');
    expect(terminalSafe('evil\u202Efdp.exe')).toBe('evil\uFFFDfdp.exe');
    for (const c of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ]) {
      expect(terminalSafe(`x${c}y`)).toBe('x\uFFFDy');
    }
  });

  it('keeps the length, so spans and column widths still fit', () => {
    const text = 'a\x1b[1mb\u202Ec\n';
    expect(terminalSafe(text)).toHaveLength(text.length);
  });

  it('is the same on every call (no regex state carried over)', () => {
    expect(terminalSafe('\x07')).toBe('␇');
    expect(terminalSafe('\x07')).toBe('␇');
  });
});
