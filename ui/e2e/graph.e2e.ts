import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, launch, openPage, screenshot } from "./support/browser";

describe("graph view", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("shouldShowTheNodesBehindTheWatchlistsSubscriptions", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(at("/watchlist?symbols=AAPL,SPY&expr=rsi(14)&expr=sma(rsi(14),5)"));
    await page.getByTestId("watchlist-table").waitFor();
    await page.getByRole("link", { name: "Graph", exact: true }).click();
    await page.waitForURL(/\/graph$/);
    await page.getByTestId("graph-node").first().waitFor();
    const keys = await page.getByTestId("graph-node").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-key")));
    expect(keys).toEqual(
      expect.arrayContaining([
        "AAPL:close",
        "AAPL:rsi(close,timeperiod=14,seed=sma)",
        "AAPL:sma(rsi(close,timeperiod=14,seed=sma),timeperiod=5)",
        "SPY:close",
        "SPY:rsi(close,timeperiod=14,seed=sma)",
      ]),
    );
    expect(keys).toHaveLength(6);
    expect(await page.getByTestId("graph-summary").textContent()).toContain("6 nodes · 4 edges");
    await screenshot(page, "graph-watchlist");
    expect(errors).toEqual([]);
  });

  it("shouldDescribeTheSelectedNode", async () => {
    const { page } = await openPage(browser);
    await page.goto(at("/graph?symbol=AAPL&expr=sma(rsi(14),5)"));
    await page.locator('[data-key="AAPL:sma(rsi(close,timeperiod=14,seed=sma),timeperiod=5)"]').click();
    await page.waitForURL(/node=/);
    const details = page.getByTestId("node-details");
    await details.getByText("first value at bar 18").waitFor();
    expect(await details.textContent()).toContain("4 bars");
    await details.getByTestId("node-value").waitFor();
    await screenshot(page, "graph-node");
  });
});
