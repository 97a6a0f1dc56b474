import { useEffect, useState } from "react";
import { api, type Adjustment, type Frame } from "@/api";
import { useAsync } from "@/lib/use-async";

export type StudyResult = { status: "loading" } | { status: "ok"; frame: Frame } | { status: "error"; error: unknown };

/** The bars of the range in the chosen adjustment. */
export function useBars(symbol: string, from: string | null, to: string | null, adjust: Adjustment) {
  return useAsync(
    (signal) => api.bars(symbol, { from: from ?? undefined, to: to ?? undefined, adjust }, signal),
    [symbol, from, to, adjust],
  );
}

/**
 * Each study pulled on its own, so that one bad expression leaves the others drawn and is shown
 * next to its entry.
 */
export function useStudies(symbol: string, exprs: readonly string[], from: string | null, to: string | null) {
  const [results, setResults] = useState<Record<string, StudyResult>>({});
  const key = exprs.join("\n");
  useEffect(() => {
    const controller = new AbortController();
    const list = key ? key.split("\n") : [];
    setResults((old) => Object.fromEntries(list.map((e) => [e, old[e]?.status === "ok" ? old[e] : { status: "loading" as const }])));
    for (const expr of list) {
      api.pull(symbol, [expr], { from: from ?? undefined, to: to ?? undefined }, controller.signal).then(
        (frame) => !controller.signal.aborted && setResults((old) => ({ ...old, [expr]: { status: "ok", frame } })),
        (error: unknown) => !controller.signal.aborted && setResults((old) => ({ ...old, [expr]: { status: "error", error } })),
      );
    }
    return () => controller.abort();
  }, [symbol, key, from, to]);
  return results;
}
