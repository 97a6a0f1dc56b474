import { run } from "./processes";

/**
 * The path of Debian's Chromium. When it is missing and this runs as root on a machine with
 * apt-get, it is installed (`apt-get install chromium`); otherwise the run fails and says how to
 * install it. playwright-core cannot download a browser here, so it drives this one.
 */
export async function ensureChromium(): Promise<string> {
  const found = await locate();
  if (found) return found;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const apt = await run("sh", ["-c", "command -v apt-get"]).catch(() => "");
  if (!root || !apt.trim()) {
    throw new Error("end-to-end tests need Chromium: install Debian's package with 'apt-get install chromium' (as root)");
  }
  console.log("e2e: installing Chromium with apt-get (once per machine)...");
  await run("apt-get", ["update", "-qq"]);
  await run("apt-get", ["install", "-y", "-qq", "chromium"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  const installed = await locate();
  if (!installed) throw new Error("apt-get installed chromium but 'command -v chromium' finds nothing");
  return installed;
}

async function locate(): Promise<string | null> {
  const path = (await run("sh", ["-c", "command -v chromium"]).catch(() => "")).trim();
  return path || null;
}

/** The flags Chromium needs in a container without a GPU, a sandbox or network access. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
