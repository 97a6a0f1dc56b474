import { useCallback, useEffect, useRef, useState } from "react";

/** The state of a request: loading, its value, or its failure. */
export type AsyncState<T> =
  | { status: "loading"; value: T | null; error: null }
  | { status: "ok"; value: T; error: null }
  | { status: "error"; value: T | null; error: unknown };

/**
 * Runs `load` when a dependency changes and aborts the previous run; the last value stays available
 * while the next one loads, so that a page does not blank on every change. `reload` runs it again.
 */
export function useAsync<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: "loading", value: null, error: null });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ status: "loading", value: s.value, error: null }));
    loadRef.current(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setState({ status: "ok", value, error: null });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ status: "error", value: s.value, error }));
      },
    );
    return () => controller.abort();
  }, [...deps, attempt]); // `load` is read through a ref: the dependencies say when to run it again.

  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  return { ...state, reload };
}
