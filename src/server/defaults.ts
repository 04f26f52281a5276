// The server's defaults, apart from the server: \`spiral serve --help\` shows them without loading
// the web framework and the pipeline.

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Points on the overview's map: enough to see where, few enough for a laptop's browser. */
export const DEFAULT_MAP_POINTS = 2_000;
