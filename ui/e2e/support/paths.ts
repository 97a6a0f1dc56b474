import path from "node:path";

/** ui/ */
export const UI_DIR = path.resolve(import.meta.dirname, "..", "..");
/** The repository's root, above ui/. */
export const ROOT_DIR = path.resolve(UI_DIR, "..");
/** Where screenshots and the server's log are saved (gitignored). */
export const ARTIFACTS_DIR = path.join(UI_DIR, "e2e", "artifacts");
/** The runnable jar that `./quiver` builds. */
export const JAR = path.join(ROOT_DIR, "quiver-cli", "target", "quiver.jar");
