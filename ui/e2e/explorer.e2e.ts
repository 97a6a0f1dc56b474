import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, launch, openPage, screenshot } from "./support/browser";

describe("explorer", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("shouldShowAQueryAsTableAndChartAndExportItAsCsv", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(at("/explorer?symbols=AAPL,SPY&expr=rsi(14)&expr=sma(20)&from=2016-01-04&to=2016-03-31"));
    const table = page.getByTestId("frame-table");
    await table.waitFor();
    const headers = await table.getByRole("columnheader").allTextContents();
    expect(headers).toEqual(["date", "AAPL:rsi(14)", "AAPL:sma(20)", "SPY:rsi(14)", "SPY:sma(20)"]);
    expect(await page.getByTestId("pane-chart").getAttribute("data-panes")).toBe("2");
    await screenshot(page, "explorer");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
    const csv = await readFile((await download.path()) ?? "", "utf8");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("date,AAPL:rsi(14),AAPL:sma(20),SPY:rsi(14),SPY:sma(20)");
    expect(lines[1]).toMatch(/^2016-01-04,[\d.]+,[\d.]+,[\d.]+,[\d.]+$/);
    expect(lines.at(-1)).toMatch(/^2016-03-31,/);
    expect(download.suggestedFilename()).toBe("quiver-AAPL-SPY-2016-01-04_2016-03-31.csv");
    expect(errors).toEqual([]);
  });

  it("shouldShowABadExpressionOfTheQueryWithACaret", async () => {
    const { page } = await openPage(browser);
    await page.goto(at("/explorer?symbols=SPY&expr=rsi(14"));
    const error = page.getByTestId("expression-error");
    await error.waitFor();
    expect(await error.getAttribute("data-position")).toBe("6");
  });
});
