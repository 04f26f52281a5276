// Text from documents made safe to print on a terminal. Pure.

/**
 * Characters a terminal acts on instead of showing: C0 controls (ESC starts ANSI and OSC
 * sequences that recolour, clear the screen or rename the window; BEL rings; CR and LF break a
 * table row), DEL, C1 controls (U+009B is a one-character CSI), the line and paragraph
 * separators, and the bidirectional embeddings, overrides and isolates that make a line read in
 * an order other than the bytes' (U+202A-U+202E, U+2066-U+2069).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** One visible stand-in per unsafe character, so widths and offsets stay what they were. */
function standIn(char: string): string {
  const code = char.charCodeAt(0);
  // Whitespace controls read as a space: words stay apart and a row stays one row.
  if (code === 0x09 || code === 0x0a || code === 0x0b || code === 0x0c || code === 0x0d) return ' ';
  if (code === 0x2028 || code === 0x2029) return ' ';
  // Other C0 controls and DEL as their Control Pictures (ESC is ␛, BEL is ␇).
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  // C1 controls and bidi controls have no picture.
  return '\uFFFD';
}

/**
 * `text` with every character a terminal would act on replaced by one visible character, for
 * human-readable output (tables, `show`, `provenance`, the demo, error lines). Stored text and
 * machine formats (JSON, CSV) keep the original.
 */
export function terminalSafe(text: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, standIn) : text;
}
