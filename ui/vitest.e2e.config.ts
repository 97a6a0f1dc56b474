import { defineConfig } from "vitest/config";

/**
 * End-to-end tests: a real `quiver serve` on a free port over a fresh database of the bundled price
 * files, the built UI in front of it, and Debian's Chromium driven by playwright-core. Files run one
 * after another (the machine has two cores); see e2e/global-setup.ts.
 */
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ["default"],
  },
});
