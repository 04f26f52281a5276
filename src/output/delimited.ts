// CSV and TSV rows. Pure.

export interface DelimitedOptions {
  /**
   * Cells exactly as stored, without the formula guard: for programs that read the file, not
   * for spreadsheets (`--raw-cells`).
   */
  rawCells?: boolean;
}

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(...)`,
 * `=cmd|' /C calc'!A0`, `@SUM(...)`); tab and carriage return as first character also start
 * one in some of them (OWASP, "CSV Injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Numbers such as an intensity of -3.5 or -10 stay numbers: they cannot hold a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The cell with a leading `'` when a spreadsheet would read it as a formula (the apostrophe
 * makes it text, and spreadsheets hide it); plain numbers and every other cell unchanged.
 */
export function formulaSafe(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** TSV has no quoting: tabs and line breaks inside a value become spaces. */
export function tsvField(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}

/** One CSV or TSV row; cells a spreadsheet would run as formulas are guarded unless `rawCells`. */
export function delimitedRow(
  values: string[],
  format: 'csv' | 'tsv',
  options: DelimitedOptions = {},
): string {
  const cells = options.rawCells ? values : values.map(formulaSafe);
  return format === 'csv' ? cells.map(csvField).join(',') : cells.map(tsvField).join('\t');
}
