import type { Adjustment } from "@/api";
import { splitHref } from "@/lib/router";

/**
 * Every view and its parameters, as they stand in the URL:
 *
 *     /watchlist?symbols=AAPL,SPY&expr=rsi(14)&expr=sma(20)
 *     /asset/AAPL?from=2016-01-04&to=2016-12-30&adjust=split&overlay=sma(50)&pane=rsi(14)
 *     /explorer?symbols=AAPL,MSFT&expr=rsi(14)&from=2016-01-04&to=2016-12-30
 *     /graph?symbol=AAPL&expr=sma(rsi(14),5)&node=AAPL:close
 *     /downloads?job=42
 *
 * Symbols never hold commas, so lists of symbols are comma-separated; expressions do, so each
 * expression is its own repeated parameter.
 */

export interface WatchlistParams {
  symbols: string[] | null;
  exprs: string[] | null;
}

export interface AssetParams {
  symbol: string;
  from: string | null;
  to: string | null;
  adjust: Adjustment;
  overlays: string[];
  panes: string[];
  /** True when the URL names no study nor range: the view then shows its defaults. */
  fresh: boolean;
}

export interface ExplorerParams {
  symbols: string[];
  exprs: string[];
  from: string | null;
  to: string | null;
}

export interface GraphParams {
  symbol: string | null;
  exprs: string[];
  node: string | null;
}

export interface DownloadsParams {
  job: string | null;
}

export type Route =
  | { view: "watchlist"; params: WatchlistParams }
  | { view: "asset"; params: AssetParams }
  | { view: "explorer"; params: ExplorerParams }
  | { view: "graph"; params: GraphParams }
  | { view: "downloads"; params: DownloadsParams }
  | { view: "not-found"; path: string };

export type View = Exclude<Route["view"], "not-found">;

const ADJUSTMENTS: readonly Adjustment[] = ["raw", "split", "total"];

function symbolList(text: string | null): string[] {
  return (text ?? "")
    .split(",")
    .map((s) => s.trim().toUpperCase())
    .filter((s) => s.length > 0);
}

function exprList(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
}

/** The route of an href (path and query). */
export function parseRoute(href: string): Route {
  const { path, params } = splitHref(href);
  const segments = path.split("/").filter((s) => s.length > 0);
  const [first, second] = segments;
  if (segments.length === 0 || (first === "watchlist" && segments.length === 1)) {
    return {
      view: "watchlist",
      params: {
        symbols: params.has("symbols") ? symbolList(params.get("symbols")) : null,
        exprs: params.has("expr") || params.has("symbols") ? exprList(params, "expr") : null,
      },
    };
  }
  if (first === "asset" && second && segments.length === 2) {
    const adjust = params.get("adjust");
    return {
      view: "asset",
      params: {
        symbol: decodeURIComponent(second).toUpperCase(),
        from: params.get("from"),
        to: params.get("to"),
        adjust: ADJUSTMENTS.includes(adjust as Adjustment) ? (adjust as Adjustment) : "split",
        overlays: exprList(params, "overlay"),
        panes: exprList(params, "pane"),
        fresh: params.size === 0,
      },
    };
  }
  if (first === "explorer" && segments.length === 1) {
    return {
      view: "explorer",
      params: {
        symbols: symbolList(params.get("symbols")),
        exprs: exprList(params, "expr"),
        from: params.get("from"),
        to: params.get("to"),
      },
    };
  }
  if (first === "graph" && segments.length === 1) {
    const symbol = params.get("symbol");
    return {
      view: "graph",
      params: { symbol: symbol ? symbol.toUpperCase() : null, exprs: exprList(params, "expr"), node: params.get("node") },
    };
  }
  if (first === "downloads" && segments.length === 1) {
    return { view: "downloads", params: { job: params.get("job") } };
  }
  return { view: "not-found", path };
}

function query(entries: [string, string | null | undefined][]): string {
  const params = new URLSearchParams();
  for (const [name, value] of entries) if (value) params.append(name, value);
  // Parentheses, commas and colons stay readable in a shared link.
  const text = params.toString().replace(/%28/g, "(").replace(/%29/g, ")").replace(/%2C/g, ",").replace(/%3A/g, ":");
  return text ? `?${text}` : "";
}

export function watchlistHref(p: { symbols: string[]; exprs: string[] }): string {
  return `/watchlist${query([["symbols", p.symbols.join(",")], ...p.exprs.map((e): [string, string] => ["expr", e])])}`;
}

export function assetHref(
  symbol: string,
  p: Partial<Omit<AssetParams, "symbol" | "fresh">> = {},
): string {
  return `/asset/${encodeURIComponent(symbol)}${query([
    ["from", p.from],
    ["to", p.to],
    ["adjust", p.adjust],
    ...(p.overlays ?? []).map((e): [string, string] => ["overlay", e]),
    ...(p.panes ?? []).map((e): [string, string] => ["pane", e]),
  ])}`;
}

export function explorerHref(p: Partial<ExplorerParams> = {}): string {
  return `/explorer${query([
    ["symbols", (p.symbols ?? []).join(",")],
    ...(p.exprs ?? []).map((e): [string, string] => ["expr", e]),
    ["from", p.from],
    ["to", p.to],
  ])}`;
}

export function graphHref(p: Partial<GraphParams> = {}): string {
  return `/graph${query([
    ["symbol", p.symbol],
    ...(p.exprs ?? []).map((e): [string, string] => ["expr", e]),
    ["node", p.node],
  ])}`;
}

export function downloadsHref(p: Partial<DownloadsParams> = {}): string {
  return `/downloads${query([["job", p.job]])}`;
}
