import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { at, launch, openPage, screenshot } from "./support/browser";

const WATCHLIST = "/watchlist?symbols=AAPL,MSFT,SPY&expr=rsi(14)&expr=sma(20)";

describe("watchlist", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("shouldShowLastPriceChangeAndAnalyticsOfEachAsset", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(at(WATCHLIST));
    for (const symbol of ["AAPL", "MSFT", "SPY"]) {
      const price = page.getByTestId(`watchlist-row-${symbol}`).getByTestId("last-price");
      await price.waitFor();
      expect(await price.textContent()).toMatch(/^\d[\d,]*\.\d\d$/);
    }
    const rsi = await page.getByTestId("watchlist-row-SPY").locator('[data-column="rsi(14)"]').textContent();
    expect(Number(rsi)).toBeGreaterThan(0);
    await screenshot(page, "watchlist");
    expect(errors).toEqual([]);
  });

  it("shouldTickWhenTheServerPushesANewPrice", async () => {
    const { page } = await openPage(browser);
    await page.goto(at(WATCHLIST));
    const status = page.getByTestId("stream-status");
    await status.and(page.locator('[data-state="live"], [data-state="unavailable"]')).waitFor({ timeout: 15_000 });
    if ((await status.getAttribute("data-state")) !== "live") {
      throw new Error("the server refused GET /api/stream (Server-Sent Events), so the watchlist cannot tick");
    }
    const price = page.getByTestId("watchlist-row-AAPL").getByTestId("last-price");
    await price.waitFor();
    const before = Number((await price.textContent())?.replace(/,/g, ""));
    const next = Math.round((before + 1.23) * 100) / 100;
    const tick = await fetch(`${inject("apiUrl")}/api/ticks`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify([{ symbol: "AAPL", time: new Date().toISOString(), price: next, size: 100 }]),
    });
    expect(tick.status, await tick.text()).toBeLessThan(300);
    await page.waitForFunction(
      ([selector, text]) => document.querySelector(selector ?? "")?.textContent === text,
      ['[data-testid="watchlist-row-AAPL"] [data-testid="last-price"] span', next.toFixed(2)] as const,
      { timeout: 15_000 },
    );
    expect(await page.locator('[data-testid="watchlist-row-AAPL"] [data-flash]').count()).toBeGreaterThan(0);
    await screenshot(page, "watchlist-tick");
  });

  it("shouldAddAnAnalyticFromThePicker", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(at(WATCHLIST));
    await page.getByRole("button", { name: "Add analytic" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Find an analytic").fill("macd");
    await dialog.getByRole("button", { name: "macd", exact: true }).click();
    await dialog.getByLabel("Output").selectOption("hist");
    await screenshot(page, "watchlist-picker");
    await dialog.getByRole("button", { name: "Add", exact: true }).click();
    await page.waitForURL(/expr=macd\(12,26,9\)\.hist/);
    await page.getByRole("columnheader", { name: /macd\(12,26,9\)\.hist/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it("shouldRemoveAnAssetAndKeepTheListInTheUrl", async () => {
    const { page } = await openPage(browser);
    await page.goto(at(WATCHLIST));
    await page.getByRole("button", { name: "Remove MSFT" }).click();
    await page.waitForURL(/symbols=AAPL,SPY&/);
    expect(await page.getByTestId("watchlist-row-MSFT").count()).toBe(0);
  });
});
