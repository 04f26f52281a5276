// CSV and TSV rows. Pure.

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** TSV has no quoting: tabs and line breaks inside a value become spaces. */
export function tsvField(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}

export function delimitedRow(values: string[], format: 'csv' | 'tsv'): string {
  return format === 'csv' ? values.map(csvField).join(',') : values.map(tsvField).join('\t');
}
