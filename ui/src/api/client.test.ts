import { describe, expect, it } from "vitest";
import frameFixture from "@/test/fixtures/frame.json";
import graphFixture from "@/test/fixtures/graph.json";
import catalogueFixture from "@/test/fixtures/catalogue.json";
import { QuiverApi, withQuery } from "./client";
import { BadResponseError, HttpError, ProblemError, UnreachableError } from "./errors";
import { isExpressionProblem } from "./parse";

/** A fetch that answers every request with one canned response and records what it was asked. */
function answering(status: number, body: unknown, headers: Record<string, string> = {}) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    const text = typeof body === "string" ? body : JSON.stringify(body);
    return new Response(text, { status, headers: { "Content-Type": "application/json", ...headers } });
  }) as typeof globalThis.fetch;
  return { api: new QuiverApi({ fetch }), calls };
}

describe("QuiverApi frames", () => {
  it("shouldParseAFrameKeepingColumnOrderAndNulls", async () => {
    const body = { symbol: "SPY", timestamps: ["2017-01-03", "2017-01-04"], columns: { "rsi(14)": [null, 61.3], "sma(20)": [225.1, 225.4] } };
    const { api, calls } = answering(200, body);
    const frame = await api.pull("SPY", ["rsi(14)", "sma(20)"], { from: "2017-01-03", to: "2017-01-04" });
    expect(frame.labels).toEqual(["rsi(14)", "sma(20)"]);
    expect(frame.columns["rsi(14)"]).toEqual([null, 61.3]);
    expect(frame.failures).toEqual([]);
    expect(calls[0]?.url).toBe("/api/assets/SPY/analytics?expr=rsi%2814%29&expr=sma%2820%29&from=2017-01-03&to=2017-01-04");
  });

  it("shouldParseTheEnginesOwnFrameWithOneColumnPerOutput", async () => {
    const { api } = answering(200, frameFixture);
    const frame = await api.pull("SPY", ["rsi(14)", "macd(12,26,9)"]);
    expect(frame.labels).toEqual(["rsi(14)", "macd(12,26,9).macd", "macd(12,26,9).signal", "macd(12,26,9).hist"]);
    expect(frame.timestamps).toHaveLength(4);
  });

  it("shouldNameTheColumnWhoseLengthDiffersFromTheTimestamps", async () => {
    const { api } = answering(200, { symbol: "SPY", timestamps: ["2017-01-03"], columns: { close: [1, 2] } });
    const failure = await api.bars("SPY").catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(BadResponseError);
    expect((failure as BadResponseError).message).toContain('frame.columns["close"]');
  });

  it("shouldRejectAStringWhereANumberBelongs", async () => {
    const { api } = answering(200, { symbol: "SPY", timestamps: ["2017-01-03"], columns: { close: ["1"] } });
    await expect(api.bars("SPY")).rejects.toThrow(/frame\.columns\["close"\]\[0\]: expected a number/);
  });

  it("shouldKeepTheFailuresOfAFrame", async () => {
    const body = { symbol: "AAPL", timestamps: ["2017-01-03"], columns: { "beta(close@SPY,close,60)": [null] }, failures: [{ column: "beta(close@SPY,close,60)", reason: "no data for SPY" }] };
    const { api } = answering(200, body);
    expect((await api.pull("AAPL", ["beta(close@SPY,close,60)"])).failures).toEqual([{ column: "beta(close@SPY,close,60)", reason: "no data for SPY" }]);
  });

  it("shouldEncodeSymbolsInThePath", async () => {
    const { api, calls } = answering(200, { symbol: "^GSPC", timestamps: [], columns: {} });
    await api.bars("^GSPC", { adjust: "total" });
    expect(calls[0]?.url).toBe("/api/assets/%5EGSPC/bars?adjust=total");
  });
});

describe("QuiverApi problems", () => {
  it("shouldTurnABadExpressionIntoAProblemWithItsPosition", async () => {
    const problem = {
      type: "/docs#problem-bad-expression",
      title: "Bad expression",
      status: 400,
      detail: "sma(20 : expected ',' or ')' at position 6, found end of input",
      instance: "/api/assets/SPY/analytics",
      expression: "sma(20",
      position: 6,
      reason: "expected ',' or ')' at position 6, found end of input",
    };
    const { api } = answering(400, problem, { "Content-Type": "application/problem+json" });
    const failure = await api.pull("SPY", ["sma(20"]).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ProblemError);
    const p = (failure as ProblemError).problem;
    expect(isExpressionProblem(p)).toBe(true);
    expect(p).toMatchObject({ status: 400, expression: "sma(20", position: 6, title: "Bad expression" });
  });

  it("shouldReadAProblemWithoutPositionAsAPlainProblem", async () => {
    const problem = { type: "/docs#problem-unknown-asset", title: "Unknown asset", status: 404, detail: "unknown symbol 'ZZZ'", symbol: "ZZZ" };
    const { api } = answering(404, problem, { "Content-Type": "application/problem+json" });
    const failure = (await api.asset("ZZZ").catch((e: unknown) => e)) as ProblemError;
    expect(failure.problem.symbol).toBe("ZZZ");
    expect(isExpressionProblem(failure.problem)).toBe(false);
  });

  it("shouldReportAnErrorWithoutProblemAsHttpError", async () => {
    const { api } = answering(503, "Service Unavailable", { "Content-Type": "text/plain" });
    const failure = await api.assets().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HttpError);
    expect((failure as HttpError).status).toBe(503);
  });

  it("shouldSayTheServerIsUnreachableWhenFetchFails", async () => {
    const api = new QuiverApi({ fetch: (async () => Promise.reject(new TypeError("Failed to fetch"))) as typeof fetch });
    const failure = await api.health().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UnreachableError);
    expect((failure as UnreachableError).url).toBe("http://localhost:3000/");
  });

  it("shouldNameTheProxiedServerWhenTheDevProxyCannotReachIt", async () => {
    const { api } = answering(502, { title: "Server unreachable", status: 502, detail: "cannot reach" }, { "X-Quiver-Unreachable": "http://127.0.0.1:8080" });
    const failure = await api.assets().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UnreachableError);
    expect((failure as UnreachableError).url).toBe("http://127.0.0.1:8080");
  });
});

describe("QuiverApi other routes", () => {
  it("shouldParseQueryResultsWithFramesAndProblems", async () => {
    const body = {
      results: [
        { symbol: "SPY", status: 200, frame: { symbol: "SPY", timestamps: ["2017-01-03"], columns: { "rsi(14)": [57.1] } } },
        { symbol: "ZZZ", status: 404, problem: { type: "/docs#problem-unknown-asset", title: "Unknown asset", status: 404, detail: "unknown symbol 'ZZZ'" } },
      ],
    };
    const { api, calls } = answering(200, body);
    const results = await api.query({ symbols: ["SPY", "ZZZ"], expressions: ["rsi(14)"], from: "2017-01-03" });
    expect(results[0]?.frame?.columns["rsi(14)"]).toEqual([57.1]);
    expect(results[1]?.problem?.title).toBe("Unknown asset");
    expect(calls[0]?.init?.method).toBe("POST");
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ symbols: ["SPY", "ZZZ"], expressions: ["rsi(14)"], from: "2017-01-03" });
  });

  it("shouldParseTheEnginesGraph", async () => {
    const { api } = answering(200, graphFixture);
    const graph = await api.graph("AAPL", ["sma(rsi(14),5)", "macd(12,26,9)"]);
    expect(graph.nodes.map((n) => n.name)).toContain("rsi");
    expect(graph.columns.map((c) => c.label)).toContain("sma(rsi(14),5)");
    expect(graph.edges.every((e) => graph.nodes.some((n) => n.key === e.from))).toBe(true);
  });

  it("shouldParseTheWholeCatalogue", async () => {
    const { api } = answering(200, catalogueFixture);
    const catalogue = await api.catalogue();
    expect(catalogue.length).toBeGreaterThan(80);
    expect(catalogue.find((a) => a.name === "bbands")?.outputs).toEqual(["upper", "middle", "lower"]);
  });

  it("shouldReadADownloadJobWithPerSymbolErrors", async () => {
    const body = {
      id: 7,
      state: "running",
      items: [
        { symbol: "AAPL", state: "done", bars: 250 },
        { symbol: "NOPE", state: "failed", problem: { title: "Not found", status: 404, detail: "Yahoo has no symbol NOPE" } },
        { symbol: "MSFT", state: "running" },
      ],
    };
    const { api } = answering(200, body);
    const job = await api.download("7");
    expect(job).toMatchObject({ id: "7", state: "running", completed: 2, total: 3 });
    expect(job.items[1]?.error).toBe("Yahoo has no symbol NOPE");
  });

  it("shouldRepeatAListParameterAndLeaveOutUndefined", () => {
    expect(withQuery("/api/graph", { symbol: "AAPL", expr: ["rsi(14)", "sma(20)"], node: undefined })).toBe(
      "/api/graph?symbol=AAPL&expr=rsi%2814%29&expr=sma%2820%29",
    );
  });
});
