import { useCallback, useEffect, useRef, type RefObject } from "react";
import type { Frame, StreamUpdate } from "@/api";
import { subscriptionKey, type StreamStatus } from "@/api/stream";
import type { PaneChartHandle } from "@/components/charts/PaneChart";
import { useAnalyticsStream } from "@/data/use-stream";
import { sessionDate } from "@/lib/dates";
import { studySeriesId } from "@/views/asset/chart-spec";

interface Candle {
  time: string;
  open: number;
  high: number;
  low: number;
  close: number;
}

function lastCandle(frame: Frame | null): Candle | null {
  const i = frame ? frame.timestamps.length - 1 : -1;
  const c = frame?.columns;
  const [o, h, l, cl] = [c?.open?.[i], c?.high?.[i], c?.low?.[i], c?.close?.[i]];
  return frame && o != null && h != null && l != null && cl != null
    ? { time: frame.timestamps[i] ?? "", open: o, high: h, low: l, close: cl }
    : null;
}

export interface LiveChartOptions {
  symbol: string;
  zone: string;
  /** The end of the shown range: later values are not drawn. */
  to: string | null;
  bars: Frame | null;
  studies: readonly string[];
  chart: RefObject<PaneChartHandle | null>;
}

/**
 * Keeps the asset chart moving with the stream: the forming bar follows pushed closes (a close of a
 * later session starts a new candle), and each study's line takes its pushed values.
 */
export function useLiveChart({ symbol, zone, to, bars, studies, chart }: LiveChartOptions): StreamStatus {
  const forming = useRef<Candle | null>(null);
  useEffect(() => {
    forming.current = lastCandle(bars);
  }, [bars]);

  const onUpdates = useCallback(
    (updates: StreamUpdate[]) => {
      for (const u of updates) {
        if (u.symbol !== symbol || u.value === null) continue;
        const time = sessionDate(u.time, zone);
        if (to && time > to) continue;
        if (u.expr !== "close") {
          chart.current?.update(studySeriesId(u.expr), { time, value: u.value });
          continue;
        }
        const last = forming.current;
        if (!last || time < last.time) continue;
        const next =
          time === last.time
            ? { ...last, high: Math.max(last.high, u.value), low: Math.min(last.low, u.value), close: u.value }
            : { time, open: u.value, high: u.value, low: u.value, close: u.value };
        forming.current = next;
        chart.current?.update("bars", next);
      }
    },
    [symbol, zone, to, chart],
  );

  return useAnalyticsStream([subscriptionKey(symbol, "close"), ...studies.map((e) => subscriptionKey(symbol, e))], onUpdates);
}
