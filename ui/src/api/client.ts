import { BadResponseError, HttpError, ProblemError, UnreachableError } from "./errors";
import { ShapeError } from "./json";
import {
  parseAsset,
  parseAssets,
  parseCatalogue,
  parseDownloadJob,
  parseFrame,
  parseGraph,
  parseHealth,
  parseProblem,
  parseQueryResponse,
} from "./parse";
import type {
  Adjustment,
  Analytic,
  Asset,
  DownloadJob,
  DownloadRequest,
  Frame,
  Graph,
  Health,
  QueryRequest,
  QueryResult,
} from "./types";

/** A date range: ISO dates, both ends inclusive, either optional. */
export interface DateRange {
  from?: string | undefined;
  to?: string | undefined;
}

export interface BarsRequest extends DateRange {
  adjust?: Adjustment;
  interval?: string;
}

export interface ApiClientOptions {
  /** The server's origin, such as http://127.0.0.1:8080; empty for the page's own origin. */
  baseUrl?: string;
  /** The fetch to use (tests pass their own). */
  fetch?: typeof fetch;
  /** Sent as X-API-Key when the server requires a key. */
  apiKey?: string;
}

type Query = Record<string, string | readonly string[] | undefined>;

/** Builds `path?name=value&...`, repeating a name for each value of a list and leaving out undefined. */
export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const v of typeof value === "string" ? [value] : value) params.append(name, v);
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * The typed client of Quiver's HTTP API. Every method resolves to parsed values or rejects with one
 * of the errors of errors.ts: UnreachableError, ProblemError, HttpError or BadResponseError.
 */
export class QuiverApi {
  private readonly baseUrl: string;
  private readonly fetcher: typeof fetch;
  private readonly apiKey: string | undefined;

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? "").replace(/\/$/, "");
    this.fetcher = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.apiKey = options.apiKey;
  }

  /** The absolute URL of a path, for messages and for EventSource. */
  url(path: string): string {
    const origin = typeof window === "undefined" ? "http://localhost" : window.location.origin;
    return new URL(this.baseUrl + path, origin).toString();
  }

  health(signal?: AbortSignal): Promise<Health> {
    return this.get("/health", parseHealth, signal);
  }

  assets(signal?: AbortSignal): Promise<Asset[]> {
    return this.get("/api/assets", parseAssets, signal);
  }

  asset(symbol: string, signal?: AbortSignal): Promise<Asset> {
    return this.get(`/api/assets/${encodeURIComponent(symbol)}`, (v) => parseAsset(v), signal);
  }

  bars(symbol: string, request: BarsRequest = {}, signal?: AbortSignal): Promise<Frame> {
    const path = withQuery(`/api/assets/${encodeURIComponent(symbol)}/bars`, {
      from: request.from,
      to: request.to,
      interval: request.interval,
      adjust: request.adjust,
    });
    return this.get(path, (v) => parseFrame(v), signal);
  }

  catalogue(signal?: AbortSignal): Promise<Analytic[]> {
    return this.get("/api/analytics", parseCatalogue, signal);
  }

  /** Expressions on one asset over a range (pull). */
  pull(symbol: string, expressions: readonly string[], range: DateRange = {}, signal?: AbortSignal): Promise<Frame> {
    const path = withQuery(`/api/assets/${encodeURIComponent(symbol)}/analytics`, {
      expr: expressions,
      from: range.from,
      to: range.to,
    });
    return this.get(path, (v) => parseFrame(v), signal);
  }

  /** The same expressions on many assets over one range; each asset succeeds or fails on its own. */
  query(request: QueryRequest, signal?: AbortSignal): Promise<QueryResult[]> {
    return this.send("POST", "/api/query", request, parseQueryResponse, signal);
  }

  /** The planned dependency graph of expressions on a symbol. */
  graph(symbol: string, expressions: readonly string[], signal?: AbortSignal): Promise<Graph> {
    return this.get(withQuery("/api/graph", { symbol, expr: expressions }), parseGraph, signal);
  }

  startDownload(request: DownloadRequest, signal?: AbortSignal): Promise<DownloadJob> {
    return this.send("POST", "/api/downloads", request, parseDownloadJob, signal);
  }

  download(id: string, signal?: AbortSignal): Promise<DownloadJob> {
    return this.get(`/api/downloads/${encodeURIComponent(id)}`, parseDownloadJob, signal);
  }

  /** The URL of the Server-Sent Events stream of `SYMBOL:expr` subscriptions. */
  streamUrl(subscriptions: readonly string[]): string {
    return this.url(withQuery("/api/stream", { sub: subscriptions }));
  }

  private get<T>(path: string, parse: (json: unknown) => T, signal?: AbortSignal): Promise<T> {
    return this.request(path, { method: "GET", headers: this.headers(), signal: signal ?? null }, parse);
  }

  private send<T>(
    method: string,
    path: string,
    body: unknown,
    parse: (json: unknown) => T,
    signal?: AbortSignal,
  ): Promise<T> {
    const headers = { ...this.headers(), "Content-Type": "application/json" };
    return this.request(path, { method, headers, body: JSON.stringify(body), signal: signal ?? null }, parse);
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (this.apiKey) headers["X-API-Key"] = this.apiKey;
    return headers;
  }

  private async request<T>(path: string, init: RequestInit, parse: (json: unknown) => T): Promise<T> {
    const url = this.url(path);
    let response: Response;
    try {
      response = await this.fetcher(this.baseUrl + path, init);
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") throw error;
      throw new UnreachableError(this.url(""), error instanceof Error ? error.message : String(error));
    }
    const text = await response.text();
    const json = parseJson(text);
    if (!response.ok) {
      const unreachable = response.headers.get("X-Quiver-Unreachable");
      if (unreachable) throw new UnreachableError(unreachable, "the server is not answering");
      const problem = parseProblem(json);
      if (problem) throw new ProblemError(problem, url);
      throw new HttpError(response.status, url, text);
    }
    if (json === undefined) {
      throw new BadResponseError(url, new ShapeError("body", "JSON", text.slice(0, 40)));
    }
    try {
      return parse(json);
    } catch (error) {
      if (error instanceof ShapeError) throw new BadResponseError(url, error);
      throw error;
    }
  }
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
