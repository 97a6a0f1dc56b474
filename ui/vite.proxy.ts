import type { ServerResponse } from "node:http";
import type { ProxyOptions } from "vite";

/**
 * The routes that Vite's dev server and `vite preview` send to the Quiver server at `target`. When
 * the server cannot be reached the proxy answers 502 with a problem document and an
 * X-Quiver-Unreachable header naming the target, so that the UI can say which server it tried
 * (Vite's own answer is an empty 500).
 */
export function quiverProxy(target: string): Record<string, ProxyOptions> {
  const entry = (ws = false): ProxyOptions => ({
    target,
    changeOrigin: false,
    ws,
    configure(proxy) {
      proxy.on("error", (error, _request, response) => {
        const res = response as ServerResponse;
        if (!("headersSent" in res) || res.headersSent) return;
        res.writeHead(502, { "Content-Type": "application/problem+json", "X-Quiver-Unreachable": target });
        res.end(
          JSON.stringify({
            type: "/ui#server-unreachable",
            title: "Server unreachable",
            status: 502,
            detail: `cannot reach the Quiver server at ${target}: ${error.message}`,
          }),
        );
      });
    },
  });
  return {
    "/api/ws": entry(true),
    "/api": entry(),
    "/health": entry(),
    "/metrics": entry(),
    "/openapi.json": entry(),
    "/docs": entry(),
  };
}
