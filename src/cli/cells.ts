// The `--raw-cells` option of the commands that write CSV and TSV (events, export, docs).

export interface CellFlags {
  rawCells?: boolean;
}

/** `command.option(...RAW_CELLS_OPTION)`. */
export const RAW_CELLS_OPTION = [
  '--raw-cells',
  "CSV/TSV: leave cells starting with = + - @ as they are (by default they get a leading ' so spreadsheets do not run them as formulas); for programs reading the file",
] as const;
