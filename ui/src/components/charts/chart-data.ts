import type { CandlestickData, HistogramData, LineData, Time, UTCTimestamp, WhitespaceData } from "lightweight-charts";
import type { Cell, Frame } from "@/api";

/**
 * Frames turned into the points lightweight-charts draws. A session date stays a date string (one
 * bar per day, no time zone involved); an instant becomes seconds since the epoch. An absent value
 * becomes a whitespace point, so that every series shares the same time axis.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function chartTime(timestamp: string): Time {
  return ISO_DATE.test(timestamp) ? timestamp : (Math.floor(Date.parse(timestamp) / 1000) as UTCTimestamp);
}

export type LinePoint = LineData | WhitespaceData;
export type CandlePoint = CandlestickData | WhitespaceData;
export type BarPoint = HistogramData | WhitespaceData;

/** A column as a line; missing columns give no points. */
export function linePoints(timestamps: readonly string[], values: readonly Cell[] | undefined): LinePoint[] {
  if (!values) return [];
  return timestamps.map((t, i) => {
    const value = values[i];
    return value === null || value === undefined || !Number.isFinite(value)
      ? { time: chartTime(t) }
      : { time: chartTime(t), value };
  });
}

/** A bars frame (open, high, low, close) as candles. */
export function candlePoints(bars: Frame): CandlePoint[] {
  const { open, high, low, close } = bars.columns;
  return bars.timestamps.map((t, i) => {
    const o = open?.[i];
    const h = high?.[i];
    const l = low?.[i];
    const c = close?.[i];
    if (o == null || h == null || l == null || c == null) return { time: chartTime(t) };
    return { time: chartTime(t), open: o, high: h, low: l, close: c };
  });
}

/** Volume as bars coloured by the day's direction. */
export function volumePoints(bars: Frame, up: string, down: string): BarPoint[] {
  const { open, close, volume } = bars.columns;
  return bars.timestamps.map((t, i) => {
    const v = volume?.[i];
    if (v == null) return { time: chartTime(t) };
    const rising = (close?.[i] ?? 0) >= (open?.[i] ?? 0);
    return { time: chartTime(t), value: v, color: rising ? up : down };
  });
}

/** A histogram column (MACD's hist) coloured by sign. */
export function histogramPoints(
  timestamps: readonly string[],
  values: readonly Cell[] | undefined,
  up: string,
  down: string,
): BarPoint[] {
  if (!values) return [];
  return timestamps.map((t, i) => {
    const value = values[i];
    return value === null || value === undefined || !Number.isFinite(value)
      ? { time: chartTime(t) }
      : { time: chartTime(t), value, color: value >= 0 ? up : down };
  });
}
