import { describe, expect, it } from "vitest";
import type { Frame } from "@/api";
import { paletteOf } from "@/components/charts/palette";
import { assetChartSpec } from "./chart-spec";
import type { StudyResult } from "./use-asset-data";

const DAYS = ["2017-01-03", "2017-01-04"];

function frame(columns: Record<string, (number | null)[]>): Frame {
  return { symbol: "SPY", timestamps: DAYS, labels: Object.keys(columns), columns, failures: [] };
}

const bars = frame({ open: [1, 2], high: [2, 3], low: [0.5, 1.5], close: [1.5, 2.5], volume: [100, 200] });

function ok(f: Frame): StudyResult {
  return { status: "ok", frame: f };
}

describe("assetChartSpec", () => {
  const studies: Record<string, StudyResult> = {
    "sma(50)": ok(frame({ "sma(50)": [null, 2] })),
    "bbands(20)": ok(frame({ "bbands(20).upper": [3, 3], "bbands(20).middle": [2, 2], "bbands(20).lower": [1, 1] })),
    "rsi(14)": ok(frame({ "rsi(14)": [55, 60] })),
    "macd(12,26,9)": ok(frame({ "macd(12,26,9).macd": [1, 1], "macd(12,26,9).signal": [0.5, 0.5], "macd(12,26,9).hist": [0.5, -0.1] })),
    "foo(": { status: "error", error: new Error("bad") },
  };
  const spec = assetChartSpec("SPY", bars, ["sma(50)", "bbands(20)"], ["rsi(14)", "foo(", "macd(12,26,9)"], studies, paletteOf("dark"));

  it("shouldDrawCandlesVolumeAndOverlaysInThePricePane", () => {
    expect(spec.series.filter((s) => s.pane === 0).map((s) => s.title)).toEqual([
      "SPY",
      "volume",
      "sma(50)",
      "bbands(20).upper",
      "bbands(20).middle",
      "bbands(20).lower",
    ]);
  });

  it("shouldGiveEachIndicatorItsOwnPaneAndSkipAFailedStudy", () => {
    expect(spec.paneTitles).toEqual(["SPY", "rsi(14)", "macd(12,26,9)"]);
    expect(spec.series.find((s) => s.title === "rsi(14)")?.pane).toBe(1);
    expect(spec.series.find((s) => s.title === "macd(12,26,9).signal")?.pane).toBe(2);
  });

  it("shouldDrawMacdsHistogramAsBarsAndTheOuterBandsDashed", () => {
    expect(spec.series.find((s) => s.title === "macd(12,26,9).hist")?.kind).toBe("histogram");
    const upper = spec.series.find((s) => s.title === "bbands(20).upper");
    const middle = spec.series.find((s) => s.title === "bbands(20).middle");
    expect(upper?.kind === "line" && upper.dashed).toBe(true);
    expect(middle?.kind === "line" && middle.dashed).toBe(false);
    expect(upper?.kind === "line" && middle?.kind === "line" && upper.color === middle.color).toBe(true);
  });

  it("shouldLeaveAnAbsentValueAsWhitespace", () => {
    expect(spec.series.find((s) => s.title === "sma(50)")?.points[0]).toEqual({ time: "2017-01-03" });
  });
});
