import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, launch, openPage, screenshot } from "./support/browser";

describe("asset view", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("shouldDrawCandlesWithOverlaysAndIndicatorPanesByDefault", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(at("/asset/AAPL"));
    await page.waitForURL(/adjust=split/);
    const chart = page.getByTestId("pane-chart");
    await page.waitForFunction(() => document.querySelector('[data-testid="pane-chart"]')?.getAttribute("data-panes") === "3");
    const series = (await chart.getAttribute("data-series")) ?? "";
    expect(series.split("|")).toEqual(expect.arrayContaining(["AAPL", "sma(50)", "bbands(20).upper", "rsi(14)", "macd(12,26,9).hist"]));
    expect(await chart.locator("canvas").count()).toBeGreaterThan(3);
    await screenshot(page, "asset-aapl");
    expect(errors).toEqual([]);
  });

  it("shouldRenderAnRsiPaneForTheRangeInTheUrl", async () => {
    const { page } = await openPage(browser, { colorScheme: "light" });
    await page.goto(at("/asset/SPY?from=2016-01-04&to=2016-12-30&adjust=total&pane=rsi(14)"));
    await page.waitForFunction(() => document.querySelector('[data-testid="pane-chart"]')?.getAttribute("data-series") === "SPY|volume|rsi(14)");
    expect(await page.getByTestId("pane-chart").getAttribute("data-panes")).toBe("2");
    expect(await page.getByRole("radio", { name: "Total return prices" }).getAttribute("aria-checked")).toBe("true");
    await screenshot(page, "asset-spy-rsi-light");
  });

  it("shouldShowABadExpressionInlineWithACaret", async () => {
    const { page } = await openPage(browser);
    await page.goto(at("/asset/SPY?from=2016-01-04&to=2016-12-30&adjust=split"));
    await page.getByTestId("pane-chart").waitFor();
    await page.getByLabel("Expression", { exact: true }).fill("sma(20");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    const error = page.getByTestId("expression-error");
    await error.waitFor();
    expect(await error.getAttribute("data-position")).toBe("6");
    expect(await error.locator("pre").textContent()).toBe("sma(20\n      ^");
    expect(await error.textContent()).toContain("expected ',' or ')'");
    await screenshot(page, "asset-bad-expression");
  });

  it("shouldSwitchAdjustmentAndKeepItInTheUrl", async () => {
    const { page } = await openPage(browser);
    await page.goto(at("/asset/KO?from=2014-01-02&to=2014-12-31&adjust=split"));
    await page.getByTestId("pane-chart").waitFor();
    await page.getByRole("radio", { name: "Raw prices" }).click();
    await page.waitForURL(/adjust=raw/);
    await page.getByText("Analytics are computed on split-adjusted prices").waitFor();
  });
});
