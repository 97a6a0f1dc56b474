import { describe, expect, it } from "vitest";
import { applyUpdate, EMPTY, type RowValues } from "./use-watchlist-values";

const row: RowValues = { ...EMPTY, status: "ok", date: "2018-01-19", last: 178.46, previous: 179.26, values: { "rsi(14)": 63.85 }, labels: ["rsi(14)"] };

describe("applyUpdate", () => {
  it("shouldMoveTheFormingBarsCloseWithinTheSameSession", () => {
    const next = applyUpdate(row, { symbol: "AAPL", expr: "close", time: "2018-01-19T20:59:00Z", value: 178.9, provisional: true }, "America/New_York");
    expect(next).toMatchObject({ date: "2018-01-19", last: 178.9, previous: 179.26 });
  });

  it("shouldStartANewSessionWhenACloseOfALaterDayArrives", () => {
    const next = applyUpdate(row, { symbol: "AAPL", expr: "close", time: "2018-01-22T14:31:00Z", value: 177.5, provisional: true }, "America/New_York");
    expect(next).toMatchObject({ date: "2018-01-22", last: 177.5, previous: 178.46 });
  });

  it("shouldPlaceAnInstantOnItsSessionDateInTheAssetsZone", () => {
    // 01:00 UTC on the 20th is still the 19th in New York.
    const next = applyUpdate(row, { symbol: "AAPL", expr: "close", time: "2018-01-20T01:00:00Z", value: 180, provisional: true }, "America/New_York");
    expect(next).toMatchObject({ date: "2018-01-19", previous: 179.26 });
  });

  it("shouldReplaceTheValueOfAnExpression", () => {
    const next = applyUpdate(row, { symbol: "AAPL", expr: "rsi(14)", time: "2018-01-22", value: 60.1, provisional: false }, "UTC");
    expect(next.values["rsi(14)"]).toBe(60.1);
    expect(next.last).toBe(178.46);
  });
});
