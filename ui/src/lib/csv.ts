import type { Cell, Frame } from "@/api";

/** One column of a CSV export: its header and its values by timestamp. */
export interface CsvColumn {
  header: string;
  timestamps: readonly string[];
  values: readonly Cell[];
}

/** A CSV cell: quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A number as text that parses back to the same double; an absent value is an empty cell. */
export function csvNumber(value: Cell | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? "" : String(value);
}

/** Columns joined on their timestamps: every timestamp of any column, ascending, with a cell per column. */
export function joinColumns(columns: readonly CsvColumn[]): { dates: string[]; rows: Cell[][] } {
  const all = new Set<string>();
  const lookups = columns.map((column) => {
    const byDate = new Map<string, Cell>();
    column.timestamps.forEach((t, i) => {
      all.add(t);
      byDate.set(t, column.values[i] ?? null);
    });
    return byDate;
  });
  const dates = [...all].sort();
  return { dates, rows: dates.map((date) => lookups.map((byDate) => byDate.get(date) ?? null)) };
}

/**
 * Columns joined into one table, `date` first, one row per timestamp of any column in ascending
 * order, lines ended by CRLF as RFC 4180 says. A column without a value at a timestamp has an
 * empty cell there.
 */
export function toCsv(columns: readonly CsvColumn[]): string {
  const { dates, rows } = joinColumns(columns);
  const lines = [["date", ...columns.map((c) => c.header)].map(csvCell).join(",")];
  dates.forEach((date, i) => lines.push([csvCell(date), ...(rows[i] ?? []).map(csvNumber)].join(",")));
  return `${lines.join("\r\n")}\r\n`;
}

/** The columns of frames of several assets, each headed `SYMBOL:label`. */
export function frameColumns(frames: readonly Frame[]): CsvColumn[] {
  return frames.flatMap((frame) =>
    frame.labels.map((label) => ({
      header: `${frame.symbol}:${label}`,
      timestamps: frame.timestamps,
      values: frame.columns[label] ?? [],
    })),
  );
}

/** Offers text as a file download. */
export function saveText(filename: string, text: string, type = "text/csv;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
