import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { at, launch, openPage, screenshot } from "./support/browser";

describe("app shell", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("shouldOpenTheWatchlistAndPutItInTheUrl", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(at("/"));
    await page.waitForURL(/\/watchlist\?symbols=/);
    expect(page.url()).toContain("expr=rsi(14)");
    await page.getByTestId("server-status").and(page.locator('[data-state="up"]')).waitFor();
    const links = await page.getByRole("navigation", { name: "Views" }).getByRole("link").allTextContents();
    expect(links).toEqual(["Watchlist", "Asset", "Explorer", "Graph", "Downloads"]);
    expect(errors).toEqual([]);
  });

  it("shouldMoveBetweenViewsWithTheKeyboard", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(at("/downloads"));
    await page.getByRole("heading", { name: "Downloads" }).waitFor();
    await page.keyboard.press("Alt+3");
    await page.waitForURL(/\/explorer/);
    await page.getByRole("heading", { name: "Explorer" }).waitFor();
    await page.goBack();
    await page.getByRole("heading", { name: "Downloads" }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    expect(errors).toEqual([]);
  });

  it("shouldKeepTheChosenThemeAcrossReloads", async () => {
    const { page } = await openPage(browser, { colorScheme: "dark" });
    await page.goto(at("/downloads"));
    const toggle = page.getByTestId("theme-toggle");
    expect(await toggle.getAttribute("data-theme")).toBe("dark");
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(false);
    await page.reload();
    expect(await page.getByTestId("theme-toggle").getAttribute("data-theme")).toBe("light");
    await screenshot(page, "downloads-light");
  });

  it("shouldSayWhichServerItCannotReach", async () => {
    const { page } = await openPage(browser);
    await page.goto(`${inject("deadUrl")}/watchlist`);
    const alert = page.getByTestId("server-unreachable");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Cannot reach the Quiver server at http:\/\/127\.0\.0\.1:\d+/);
    await screenshot(page, "server-unreachable");
  });

  it("shouldShowAPageForAnUnknownPath", async () => {
    const { page } = await openPage(browser);
    await page.goto(at("/nowhere"));
    await page.getByText("No page at /nowhere").waitFor();
  });
});
