/// <reference types="vitest/config" />
import path from "node:path";
import type { ServerResponse } from "node:http";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type ProxyOptions } from "vite";

/**
 * Where the dev server and `vite preview` send API requests: the Quiver server, on
 * http://127.0.0.1:8080 unless QUIVER_API names another.
 */
const apiTarget = process.env.QUIVER_API ?? "http://127.0.0.1:8080";

/**
 * A proxy entry that answers 502 with a problem document naming the target when the Quiver server
 * cannot be reached, so that the UI can say which server it tried (Vite's default is an empty 500).
 */
function toQuiver(ws = false): ProxyOptions {
  return {
    target: apiTarget,
    changeOrigin: false,
    ws,
    configure(proxy) {
      proxy.on("error", (error, _request, response) => {
        const res = response as ServerResponse;
        if (!("headersSent" in res) || res.headersSent) return;
        res.writeHead(502, {
          "Content-Type": "application/problem+json",
          "X-Quiver-Unreachable": apiTarget,
        });
        res.end(
          JSON.stringify({
            type: "/ui#server-unreachable",
            title: "Server unreachable",
            status: 502,
            detail: `cannot reach the Quiver server at ${apiTarget}: ${error.message}`,
          }),
        );
      });
    },
  };
}

const proxy: Record<string, ProxyOptions> = {
  "/api/ws": toQuiver(true),
  "/api": toQuiver(),
  "/health": toQuiver(),
  "/openapi.json": toQuiver(),
  "/docs": toQuiver(),
};

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
    sourcemap: true,
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
