import { useEffect, useState } from "react";
import { api, UnreachableError } from "@/api";
import { cn } from "@/lib/utils";

type Status = { state: "checking" } | { state: "up" } | { state: "down"; url: string; detail: string };

const INTERVAL_MS = 15_000;

/** Whether the server answers /health, checked every 15 seconds. */
export function ServerStatus() {
  const [status, setStatus] = useState<Status>({ state: "checking" });
  useEffect(() => {
    let cancelled = false;
    const check = () =>
      api.health().then(
        () => !cancelled && setStatus({ state: "up" }),
        (error: unknown) =>
          !cancelled &&
          setStatus({
            state: "down",
            url: error instanceof UnreachableError ? error.url : api.url("/health"),
            detail: error instanceof Error ? error.message : String(error),
          }),
      );
    void check();
    const timer = setInterval(check, INTERVAL_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, []);
  const label =
    status.state === "up" ? "Server connected" : status.state === "down" ? `Server unreachable at ${status.url}` : "Checking the server";
  return (
    <span
      role="status"
      aria-live="polite"
      title={status.state === "down" ? status.detail : label}
      data-testid="server-status"
      data-state={status.state}
      className="flex items-center gap-1.5 text-xs text-muted-foreground"
    >
      <span
        aria-hidden="true"
        className={cn(
          "size-2 rounded-full",
          status.state === "up" ? "bg-up" : status.state === "down" ? "bg-down" : "bg-muted-foreground",
        )}
      />
      <span className="hidden md:inline">{status.state === "up" ? "Connected" : status.state === "down" ? "Offline" : "…"}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
