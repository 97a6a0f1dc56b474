import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { inject } from "vitest";
import { CHROMIUM_ARGS } from "./chromium";

/** Launches Debian's Chromium with the flags this machine needs and a fresh profile. */
export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject("chromium"), args: CHROMIUM_ARGS, headless: true });
}

/**
 * A page of a new context (fresh storage) that records uncaught errors; `errors` lists them so that
 * a test can require none.
 */
export async function openPage(browser: Browser, options: { colorScheme?: "dark" | "light" } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 960 },
    colorScheme: options.colorScheme ?? "dark",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, errors };
}

/** The URL of a path of the UI. */
export function at(pathAndQuery: string): string {
  return `${inject("baseUrl")}${pathAndQuery}`;
}

/** Saves a full-page screenshot as e2e/artifacts/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(inject("artifacts"), `${name}.png`), fullPage: true });
}
