import type { StreamStatus } from "@/api/stream";
import { Badge } from "@/components/ui/badge";

const TEXT: Record<StreamStatus, { label: string; title: string }> = {
  idle: { label: "Static", title: "Nothing subscribed" },
  connecting: { label: "Connecting", title: "Opening the live stream" },
  live: { label: "Live", title: "Values update as ticks arrive" },
  unavailable: { label: "Pull values", title: "No live stream from this server: values are pulled once" },
};

/** Whether the values on screen are live. */
export function StreamBadge({ status }: { status: StreamStatus }) {
  const text = TEXT[status];
  return (
    <Badge variant={status === "live" ? "up" : "secondary"} title={text.title} data-testid="stream-status" data-state={status}>
      <span aria-hidden="true" className={status === "live" ? "size-1.5 animate-pulse rounded-full bg-up" : "size-1.5 rounded-full bg-muted-foreground"} />
      {text.label}
    </Badge>
  );
}
