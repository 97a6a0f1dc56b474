import { useCallback, useEffect, useState } from "react";
import { api, type Asset, type Cell, type StreamUpdate } from "@/api";
import { subscriptionKey, type StreamStatus } from "@/api/stream";
import { useAnalyticsStream } from "@/data/use-stream";
import { addDays, sessionDate } from "@/lib/dates";

/** What the watchlist shows for one asset. */
export interface RowValues {
  status: "loading" | "ok" | "error";
  /** Session date of the last bar. */
  date: string | null;
  last: Cell;
  /** The previous session's close, for the change. */
  previous: Cell;
  /** The latest value of each column label. */
  values: Record<string, Cell>;
  /** The column labels of the pulled frame, in order (a multi-output analytic has several). */
  labels: string[];
  error: unknown;
}

export const EMPTY: RowValues = { status: "loading", date: null, last: null, previous: null, values: {}, labels: [], error: null };

function lastTwo(values: readonly Cell[] | undefined): [Cell, Cell] {
  const present = (values ?? []).filter((v): v is number => v !== null);
  return [present[present.length - 1] ?? null, present[present.length - 2] ?? null];
}

async function pullRow(asset: Asset | undefined, symbol: string, exprs: readonly string[], signal: AbortSignal): Promise<RowValues> {
  // Ten calendar days hold at least two sessions; earlier bars are read as warm-up by the server.
  const to = asset?.last ?? undefined;
  const from = to ? addDays(to, -10) : undefined;
  const frame = await api.pull(symbol, ["close", ...exprs], { from, to }, signal);
  const [last, previous] = lastTwo(frame.columns.close);
  const values: Record<string, Cell> = {};
  const labels = frame.labels.filter((l) => l !== "close");
  for (const label of labels) values[label] = lastTwo(frame.columns[label])[0];
  return { status: "ok", date: frame.timestamps[frame.timestamps.length - 1] ?? null, last, previous, values, labels, error: null };
}

/** Applies one pushed value: a close of a new session moves `last` to `previous`. */
export function applyUpdate(row: RowValues, update: StreamUpdate, zone: string): RowValues {
  if (update.expr === "close") {
    const date = sessionDate(update.time, zone);
    if (row.date !== null && date > row.date) return { ...row, date, previous: row.last, last: update.value };
    return { ...row, last: update.value };
  }
  return { ...row, values: { ...row.values, [update.expr]: update.value } };
}

/**
 * The watchlist's values: pulled once per asset (the last two closes and the last value of each
 * expression), then kept current by the live stream when the server has one.
 */
export function useWatchlistValues(
  symbols: readonly string[],
  exprs: readonly string[],
  assets: readonly Asset[],
): { rows: Record<string, RowValues>; stream: StreamStatus; reload: () => void } {
  const [rows, setRows] = useState<Record<string, RowValues>>({});
  const [attempt, setAttempt] = useState(0);
  const symbolsKey = symbols.join(",");
  const exprsKey = exprs.join("\n");

  useEffect(() => {
    const controller = new AbortController();
    const list = symbolsKey ? symbolsKey.split(",") : [];
    const exprList = exprsKey ? exprsKey.split("\n") : [];
    setRows((old) => Object.fromEntries(list.map((s) => [s, { ...(old[s] ?? EMPTY), status: "loading" as const }])));
    for (const symbol of list) {
      const asset = assets.find((a) => a.symbol === symbol);
      pullRow(asset, symbol, exprList, controller.signal).then(
        (row) => !controller.signal.aborted && setRows((old) => ({ ...old, [symbol]: row })),
        (error: unknown) =>
          !controller.signal.aborted && setRows((old) => ({ ...old, [symbol]: { ...EMPTY, status: "error", error } })),
      );
    }
    return () => controller.abort();
  }, [symbolsKey, exprsKey, assets, attempt]);

  const subscriptions = symbols.flatMap((s) => [subscriptionKey(s, "close"), ...exprs.map((e) => subscriptionKey(s, e))]);
  const onUpdates = useCallback(
    (updates: StreamUpdate[]) =>
      setRows((old) => {
        const next = { ...old };
        for (const update of updates) {
          const row = next[update.symbol];
          if (!row || row.status !== "ok") continue;
          const zone = assets.find((a) => a.symbol === update.symbol)?.zone ?? "UTC";
          next[update.symbol] = applyUpdate(row, update, zone);
        }
        return next;
      }),
    [assets],
  );
  const stream = useAnalyticsStream(subscriptions, onUpdates);
  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  return { rows, stream, reload };
}
