import path from "node:path";
import { build, preview, type PreviewServer } from "vite";
import { quiverProxy } from "../../vite.proxy.ts";
import { UI_DIR } from "./paths";
import { freePort } from "./processes";

/** Builds the UI into dist/ once (as `npm run build` does, without the type check). */
export async function buildUi(): Promise<void> {
  await build({ root: UI_DIR, configFile: path.join(UI_DIR, "vite.config.ts"), logLevel: "warn" });
}

/** Serves dist/ with `vite preview`, sending API routes to `apiUrl`; returns its URL and how to stop it. `quiet` hides proxy errors. */
export async function serveUi(apiUrl: string, quiet = false): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: UI_DIR,
    configFile: path.join(UI_DIR, "vite.config.ts"),
    logLevel: quiet ? "silent" : "warn",
    preview: { host: "127.0.0.1", port, strictPort: true, proxy: quiverProxy(apiUrl) },
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}
