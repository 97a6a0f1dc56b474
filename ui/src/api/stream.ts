import { parseStreamUpdate } from "./parse";
import type { StreamUpdate } from "./types";

/**
 * live: events arrive; connecting: first attempt or reconnecting after a drop;
 * unavailable: the server refused the stream (no such route yet, or a bad subscription) and the
 * browser gave up; the page keeps showing pulled values then.
 */
export type StreamStatus = "idle" | "connecting" | "live" | "unavailable";

/** The part of EventSource the stream uses, so that tests can pass their own. */
export interface EventSourceLike {
  readonly readyState: number;
  onopen: ((this: EventSourceLike, event: Event) => unknown) | null;
  onerror: ((this: EventSourceLike, event: Event) => unknown) | null;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

export type EventSourceFactory = (url: string) => EventSourceLike;

const CLOSED = 2;

/** The key of a subscription and of the updates it receives: `SYMBOL:expr`. */
export function subscriptionKey(symbol: string, expr: string): string {
  return `${symbol}:${expr}`;
}

/** Schedules a flush once per animation frame in a browser, every 50 ms elsewhere. */
export type FrameScheduler = (flush: () => void) => () => void;

export const animationFrame: FrameScheduler = (flush) => {
  if (typeof requestAnimationFrame === "function") {
    const id = requestAnimationFrame(flush);
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(flush, 50);
  return () => clearTimeout(id);
};

export interface StreamOptions {
  url: string;
  /** Called at most once per frame with the latest update of each subscription since the last call. */
  onUpdates: (updates: StreamUpdate[]) => void;
  onStatus: (status: StreamStatus, detail?: string) => void;
  open?: EventSourceFactory;
  schedule?: FrameScheduler;
}

/**
 * One Server-Sent Events connection to /api/stream. Updates are coalesced: between two frames only
 * the latest value of each `SYMBOL:expr` is kept, and they are handed over together, so that a burst
 * of ticks costs one render. The browser reconnects by itself after a drop; a refused stream ends
 * in status `unavailable`. Call close() to stop.
 */
export class AnalyticsStream {
  private readonly source: EventSourceLike;
  private readonly pending = new Map<string, StreamUpdate>();
  private cancelFlush: (() => void) | null = null;
  private closed = false;

  constructor(private readonly options: StreamOptions) {
    const open = options.open ?? ((url: string) => new EventSource(url) as unknown as EventSourceLike);
    options.onStatus("connecting");
    this.source = open(options.url);
    this.source.onopen = () => {
      if (!this.closed) options.onStatus("live");
    };
    this.source.onerror = () => {
      if (this.closed) return;
      if (this.source.readyState === CLOSED) {
        options.onStatus("unavailable", "the server refused the stream");
      } else {
        options.onStatus("connecting", "reconnecting");
      }
    };
    this.source.addEventListener("update", (event) => this.receive(event.data));
  }

  private receive(data: string): void {
    if (this.closed) return;
    let update: StreamUpdate;
    try {
      update = parseStreamUpdate(JSON.parse(data) as unknown);
    } catch {
      return; // A malformed event is dropped; the next one carries the current value again.
    }
    this.pending.set(subscriptionKey(update.symbol, update.expr), update);
    if (!this.cancelFlush) {
      this.cancelFlush = (this.options.schedule ?? animationFrame)(() => this.flush());
    }
  }

  private flush(): void {
    this.cancelFlush = null;
    if (this.closed || this.pending.size === 0) return;
    const updates = [...this.pending.values()];
    this.pending.clear();
    this.options.onUpdates(updates);
  }

  close(): void {
    this.closed = true;
    this.cancelFlush?.();
    this.source.close();
  }
}
