import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ARTIFACTS_DIR, JAR, ROOT_DIR } from "./paths";
import { freePort, run, waitFor } from "./processes";

/** A running `quiver serve` over a temporary database, and how to stop it. */
export interface QuiverServer {
  url: string;
  stop: () => Promise<void>;
}

/** The bundled price files imported for the tests, with the class of each. */
const EQUITIES = ["AAPL.csv", "MSFT.csv", "GOOG.csv", "KO.csv", "IBM.csv"];
const ETFS = ["SPY.csv"];

/** How the server is started. */
export interface QuiverOptions {
  /**
   * The Yahoo base URL its download jobs use (`--yahoo-url`), so that downloads never reach the
   * real provider. Each request is tried once (QUIVER_HTTP_MAX_ATTEMPTS=1).
   */
  yahooUrl?: string;
}

/**
 * Builds the jar when it is missing or stale (through ./quiver), checks that it has a `serve`
 * command, imports the bundled files into a fresh SQLite database, starts
 * `java -jar quiver-cli/target/quiver.jar serve --port P --db DB [--yahoo-url URL]` and waits for
 * /health. Fails loudly at the first step that does not work.
 */
export async function startQuiver(options: QuiverOptions = {}): Promise<QuiverServer> {
  const help = await run(path.join(ROOT_DIR, "quiver"), ["--help"], { cwd: ROOT_DIR });
  if (!existsSync(JAR)) throw new Error(`./quiver did not build ${JAR}`);
  if (!/^\s+serve\s/m.test(help)) {
    throw new Error(
      "the quiver jar has no 'serve' command yet, so there is no server to test the UI against. " +
        "The end-to-end tests need the server (issue 7); 'quiver --help' lists:\n" + help,
    );
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "quiver-e2e-"));
  const db = path.join(dir, "e2e.db");
  const prices = path.join(ROOT_DIR, "data", "prices");
  await run("java", ["-jar", JAR, "import", ...EQUITIES.map((f) => path.join(prices, f)), "--db", db]);
  await run("java", ["-jar", JAR, "import", ...ETFS.map((f) => path.join(prices, f)), "--class", "etf", "--db", db]);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(ARTIFACTS_DIR, "quiver-server.log");
  const log = createWriteStream(logFile);
  const sources = options.yahooUrl ? ["--yahoo-url", options.yahooUrl] : [];
  const child: ChildProcess = spawn("java", ["-jar", JAR, "serve", "--port", String(port), "--db", db, ...sources], {
    cwd: dir,
    env: { ...process.env, QUIVER_HTTP_MAX_ATTEMPTS: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited: number | null = null;
  child.on("exit", (code) => (exited = code ?? -1));

  const tail = async () => (await readFile(logFile, "utf8").catch(() => "")).split("\n").slice(-30).join("\n");
  try {
    await waitFor(
      async () => {
        if (exited !== null) throw new Error("exited");
        return (await fetch(`${url}/health`)).ok;
      },
      90_000,
      () => `quiver serve did not answer ${url}/health within 90 s`,
    );
  } catch (error) {
    child.kill("SIGKILL");
    const why = exited !== null ? `quiver serve exited with status ${exited}` : String(error);
    throw new Error(`${why}; the last lines of its log (${logFile}):\n${await tail()}`);
  }

  return {
    url,
    stop: async () => {
      if (exited === null) {
        child.kill("SIGTERM");
        await waitFor(async () => exited !== null, 15_000, () => "quiver serve did not stop").catch(() => child.kill("SIGKILL"));
      }
      log.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
