import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, launch, openPage, screenshot } from "./support/browser";

describe("downloads", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("shouldStartADownloadAndFollowItToItsEndWithPerSymbolOutcomes", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(at("/downloads"));
    await page.getByLabel("Symbols").fill("AAPL ZZZZNOTASYMBOL");
    await page.getByRole("button", { name: "Start download" }).click();
    const refused = page.getByRole("alert");
    await Promise.race([page.waitForURL(/job=/), refused.waitFor()]);
    if (!page.url().includes("job=")) throw new Error(`POST /api/downloads failed: ${await refused.textContent()}`);
    const job = page.getByTestId("download-job");
    await job.waitFor();
    await page.getByTestId("download-item-ZZZZNOTASYMBOL").waitFor();
    await page.waitForFunction(
      () => ["done", "failed", "cancelled", "succeeded", "completed", "error"].includes(
        document.querySelector('[data-testid="download-state"]')?.textContent ?? "",
      ),
      undefined,
      { timeout: 45_000 },
    );
    expect(await page.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("100");
    expect(await page.getByTestId("download-item-ZZZZNOTASYMBOL").textContent()).toMatch(/fail|error/i);
    await screenshot(page, "downloads");
    expect(errors).toEqual([]);
  });

  it("shouldCheckTheSymbolsBeforeStarting", async () => {
    const { page } = await openPage(browser);
    await page.goto(at("/downloads"));
    await page.getByLabel("Symbols").fill("AAPL, bad symbol!");
    await page.getByRole("button", { name: "Start download" }).click();
    await page.getByRole("alert").getByText("SYMBOL! is not a symbol").waitFor();
    expect(page.url()).not.toContain("job=");
  });
});
