import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
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

  it("shouldFlashTheNodesThatATickRecomputes", async () => {
    const { page } = await openPage(browser);
    await page.goto(at("/graph?symbol=MSFT&expr=rsi(14)"));
    const status = page.getByTestId("stream-status");
    await status.and(page.locator('[data-state="live"], [data-state="unavailable"]')).waitFor({ timeout: 15_000 });
    if ((await status.getAttribute("data-state")) !== "live") {
      throw new Error("the server refused GET /api/stream (Server-Sent Events), so graph nodes cannot flash");
    }
    const tick = await fetch(`${inject("apiUrl")}/api/ticks`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify([{ symbol: "MSFT", time: new Date().toISOString(), price: 50.5, size: 10 }]),
    });
    expect(tick.status, await tick.text()).toBeLessThan(300);
    await page.waitForFunction(
      () => Number(document.querySelector('[data-key="MSFT:rsi(close,timeperiod=14,seed=sma)"]')?.getAttribute("data-flash")) > 0,
      undefined,
      { timeout: 15_000 },
    );
    expect(Number(await page.locator('[data-key="MSFT:close"]').getAttribute("data-flash"))).toBeGreaterThan(0);
  });
});
