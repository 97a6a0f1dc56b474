/// <reference types="vitest/config" />
import path from "node:path";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { quiverProxy } from "./vite.proxy.ts";

/**
 * Where the dev server and `vite preview` send API requests: the Quiver server, on
 * http://127.0.0.1:8080 unless QUIVER_API names another.
 */
const proxy = quiverProxy(process.env.QUIVER_API ?? "http://127.0.0.1:8080");

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname, "src") },
  },
  server: { host: "127.0.0.1", port: 5173, strictPort: false, proxy },
  preview: { host: "127.0.0.1", port: 4173, strictPort: false, proxy },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test/setup.ts"],
    css: false,
    pool: "threads",
    maxWorkers: 2,
  },
});
