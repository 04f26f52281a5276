// The output formats the commands (and the server) offer.
export const TABLE_FORMATS = ['table', 'csv', 'tsv', 'jsonl', 'json'] as const;
export const EXPORT_FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'geojson'] as const;
export type OutputFormat = (typeof TABLE_FORMATS)[number] | (typeof EXPORT_FORMATS)[number];
