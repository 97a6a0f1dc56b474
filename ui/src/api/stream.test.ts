import { describe, expect, it } from "vitest";
import { AnalyticsStream, type EventSourceLike, type StreamStatus } from "./stream";
import type { StreamUpdate } from "./types";

/** An EventSource driven by the test. */
class FakeSource implements EventSourceLike {
  readyState = 0;
  onopen: EventSourceLike["onopen"] = null;
  onerror: EventSourceLike["onerror"] = null;
  closed = false;
  private listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  open() {
    this.readyState = 1;
    this.onopen?.call(this, new Event("open"));
  }
  fail(readyState: number) {
    this.readyState = readyState;
    this.onerror?.call(this, new Event("error"));
  }
  emit(data: unknown) {
    for (const l of this.listeners.get("update") ?? []) l(new MessageEvent("update", { data: JSON.stringify(data) }));
  }
}

function setup() {
  let source: FakeSource | undefined;
  let flush: (() => void) | undefined;
  const batches: StreamUpdate[][] = [];
  const statuses: StreamStatus[] = [];
  const stream = new AnalyticsStream({
    url: "/api/stream?sub=AAPL:rsi(14)",
    onUpdates: (u) => batches.push(u),
    onStatus: (s) => statuses.push(s),
    open: (url) => (source = new FakeSource(url)),
    schedule: (f) => {
      flush = f;
      return () => (flush = undefined);
    },
  });
  return { stream, source: source!, batches, statuses, flush: () => flush?.() };
}

describe("AnalyticsStream", () => {
  it("shouldHandOverOnlyTheLatestValueOfEachSubscriptionPerFrame", () => {
    const { source, batches, flush } = setup();
    source.open();
    source.emit({ symbol: "AAPL", expr: "rsi(14)", time: "2024-01-02T15:00:00Z", value: 55, provisional: true });
    source.emit({ symbol: "AAPL", expr: "rsi(14)", time: "2024-01-02T15:00:01Z", value: 56, provisional: true });
    source.emit({ symbol: "AAPL", expr: "close", time: "2024-01-02T15:00:01Z", value: 190.5, provisional: true });
    expect(batches).toHaveLength(0);
    flush();
    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((u) => [u.expr, u.value])).toEqual([
      ["rsi(14)", 56],
      ["close", 190.5],
    ]);
  });

  it("shouldDropAMalformedEvent", () => {
    const { source, batches, flush } = setup();
    source.emit({ symbol: "AAPL", value: "x" });
    flush();
    expect(batches).toHaveLength(0);
  });

  it("shouldReportLiveReconnectingAndUnavailable", () => {
    const { source, statuses } = setup();
    source.open();
    source.fail(0);
    source.fail(2);
    expect(statuses).toEqual(["connecting", "live", "connecting", "unavailable"]);
  });

  it("shouldStopDeliveringOnceClosed", () => {
    const { stream, source, batches, flush } = setup();
    source.emit({ symbol: "AAPL", expr: "close", time: "2024-01-02", value: 1, provisional: false });
    stream.close();
    flush();
    expect(batches).toHaveLength(0);
    expect(source.closed).toBe(true);
  });
});
