import { useEffect, useRef, useState } from "react";
import { api, type StreamUpdate } from "@/api";
import { AnalyticsStream, type StreamStatus } from "@/api/stream";

/**
 * Subscribes to `SYMBOL:expr` keys over Server-Sent Events while the component is mounted and the
 * list is not empty; `onUpdates` receives coalesced batches (at most one per animation frame). The
 * connection is opened again only when the set of subscriptions changes.
 */
export function useAnalyticsStream(
  subscriptions: readonly string[],
  onUpdates: (updates: StreamUpdate[]) => void,
): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>("idle");
  const handler = useRef(onUpdates);
  handler.current = onUpdates;
  const key = [...new Set(subscriptions)].sort().join("\n");

  useEffect(() => {
    if (!key) {
      setStatus("idle");
      return;
    }
    if (typeof EventSource === "undefined") {
      setStatus("unavailable");
      return;
    }
    const stream = new AnalyticsStream({
      url: api.streamUrl(key.split("\n")),
      onUpdates: (updates) => handler.current(updates),
      onStatus: (s) => setStatus(s),
    });
    return () => stream.close();
  }, [key]);

  return status;
}
