import { describe, expect, it } from "vitest";
import type { Frame } from "@/api";
import { csvCell, csvNumber, frameColumns, toCsv } from "./csv";

function frame(symbol: string, timestamps: string[], columns: Record<string, (number | null)[]>): Frame {
  return { symbol, timestamps, labels: Object.keys(columns), columns, failures: [] };
}

describe("toCsv", () => {
  it("shouldJoinAssetsOnTheirDatesWithEmptyCellsWhereAValueIsAbsent", () => {
    const spy = frame("SPY", ["2017-01-03", "2017-01-04"], { "rsi(14)": [57.08268834508928, null] });
    const aapl = frame("AAPL", ["2017-01-04", "2017-01-05"], { "rsi(14)": [61.3, 60.4] });
    expect(toCsv(frameColumns([spy, aapl]))).toBe(
      "date,SPY:rsi(14),AAPL:rsi(14)\r\n" +
        "2017-01-03,57.08268834508928,\r\n" +
        "2017-01-04,,61.3\r\n" +
        "2017-01-05,,60.4\r\n",
    );
  });

  it("shouldQuoteHeadersThatHoldCommas", () => {
    const spy = frame("SPY", ["2017-01-03"], { "macd(12,26,9).signal": [1.5] });
    expect(toCsv(frameColumns([spy])).split("\r\n")[0]).toBe('date,"SPY:macd(12,26,9).signal"');
  });

  it("shouldWriteNumbersThatParseBackToTheSameDouble", () => {
    for (const n of [0.1 + 0.2, 1e-7, 123456789.123456789, -0.5, 1e21]) {
      expect(Number(csvNumber(n))).toBe(n);
    }
    expect(csvNumber(null)).toBe("");
  });

  it("shouldEscapeQuotesInCells", () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("plain")).toBe("plain");
  });

  it("shouldWriteOnlyTheHeaderWhenThereAreNoRows", () => {
    expect(toCsv(frameColumns([frame("SPY", [], { close: [] })]))).toBe("date,SPY:close\r\n");
  });
});
