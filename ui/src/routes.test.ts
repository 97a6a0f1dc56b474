import { describe, expect, it } from "vitest";
import { assetHref, explorerHref, graphHref, parseRoute, watchlistHref } from "./routes";

describe("routes", () => {
  it("shouldKeepExpressionsWithCommasAsRepeatedParameters", () => {
    const href = watchlistHref({ symbols: ["AAPL", "BRK.B"], exprs: ["macd(12,26,9)", "rsi(14)"] });
    expect(href).toBe("/watchlist?symbols=AAPL,BRK.B&expr=macd(12,26,9)&expr=rsi(14)");
    expect(parseRoute(href)).toEqual({ view: "watchlist", params: { symbols: ["AAPL", "BRK.B"], exprs: ["macd(12,26,9)", "rsi(14)"] } });
  });

  it("shouldReadABareWatchlistAsNotYetChosen", () => {
    expect(parseRoute("/")).toEqual({ view: "watchlist", params: { symbols: null, exprs: null } });
  });

  it("shouldRoundTripTheAssetView", () => {
    const href = assetHref("^GSPC", { from: "2016-01-04", to: "2016-12-30", adjust: "total", overlays: ["bbands(20,2,2,matype=ema)"], panes: ["rsi(14)"] });
    const route = parseRoute(href);
    expect(route).toEqual({
      view: "asset",
      params: { symbol: "^GSPC", from: "2016-01-04", to: "2016-12-30", adjust: "total", overlays: ["bbands(20,2,2,matype=ema)"], panes: ["rsi(14)"], fresh: false },
    });
  });

  it("shouldDefaultToSplitAdjustedPricesAndMarkAFreshAssetView", () => {
    const route = parseRoute("/asset/AAPL");
    expect(route.view === "asset" && route.params.adjust).toBe("split");
    expect(route.view === "asset" && route.params.fresh).toBe(true);
  });

  it("shouldRoundTripExplorerAndGraph", () => {
    const explorer = explorerHref({ symbols: ["SPY", "AAPL"], exprs: ["close@SPY"], from: "2016-01-04", to: null });
    expect(parseRoute(explorer)).toEqual({ view: "explorer", params: { symbols: ["SPY", "AAPL"], exprs: ["close@SPY"], from: "2016-01-04", to: null } });
    const graph = graphHref({ symbol: "AAPL", exprs: ["sma(rsi(14),5)"], node: "AAPL:close" });
    expect(parseRoute(graph)).toEqual({ view: "graph", params: { symbol: "AAPL", exprs: ["sma(rsi(14),5)"], node: "AAPL:close" } });
  });

  it("shouldReportAnUnknownPath", () => {
    expect(parseRoute("/nowhere/else")).toEqual({ view: "not-found", path: "/nowhere/else" });
  });
});
