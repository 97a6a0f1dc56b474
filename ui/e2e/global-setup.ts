import { mkdirSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { ensureChromium } from "./support/chromium";
import { ARTIFACTS_DIR } from "./support/paths";
import { freePort } from "./support/processes";
import { startQuiver } from "./support/quiver-server";
import { buildUi, serveUi } from "./support/ui-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** The UI, in front of the Quiver server. */
    baseUrl: string;
    /** The Quiver server itself. */
    apiUrl: string;
    /** The UI in front of a port where nothing listens, for the unreachable-server state. */
    deadUrl: string;
    chromium: string;
    artifacts: string;
  }
}

/**
 * Starts everything the end-to-end tests drive: Chromium (installed when missing), a real
 * `quiver serve` on a free port over the bundled data, and the built UI served in front of it. The
 * server's downloads go to a closed loopback port instead of Yahoo, so a download job ends within
 * seconds with a failure per symbol.
 * Nothing is skipped: when a piece is missing the run fails and says which. QUIVER_E2E_SERVER=URL
 * tests a server that is already running instead (such as `./quiver demo`), which must hold the
 * bundled AAPL, MSFT and SPY.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const chromium = await ensureChromium();
  const given = process.env.QUIVER_E2E_SERVER;
  if (given) console.log(`e2e: testing against the server already running at ${given} (QUIVER_E2E_SERVER)`);
  const [started, built] = await Promise.allSettled([
    given
      ? Promise.resolve({ url: given.replace(/\/$/, ""), stop: async () => {} })
      : startQuiver({ yahooUrl: `http://127.0.0.1:${await freePort()}` }),
    buildUi(),
  ]);
  if (started.status === "rejected") throw started.reason;
  const server = started.value;
  try {
    if (built.status === "rejected") throw built.reason;
    const ui = await serveUi(server.url);
    const dead = await serveUi(`http://127.0.0.1:${await freePort()}`, true);
    project.provide("baseUrl", ui.url);
    project.provide("apiUrl", server.url);
    project.provide("deadUrl", dead.url);
    project.provide("chromium", chromium);
    project.provide("artifacts", ARTIFACTS_DIR);
    return async () => {
      await Promise.all([ui.stop(), dead.stop()]);
      await server.stop();
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
