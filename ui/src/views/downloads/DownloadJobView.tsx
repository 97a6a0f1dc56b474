import { useEffect, useState } from "react";
import { api, isFinished, type DownloadJob } from "@/api";
import { ErrorState } from "@/components/states/ErrorState";
import { LoadingState } from "@/components/states/LoadingState";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

const POLL_MS = 1000;

function stateVariant(state: string): "up" | "down" | "secondary" {
  if (["done", "succeeded", "completed"].includes(state)) return "up";
  if (["failed", "error", "cancelled"].includes(state)) return "down";
  return "secondary";
}

/** A download job followed until it ends: overall progress and each symbol's outcome. */
export function DownloadJobView({ id }: { id: string }) {
  const [job, setJob] = useState<DownloadJob | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const controller = new AbortController();
    const poll = () =>
      api.download(id, controller.signal).then(
        (next) => {
          setJob(next);
          setError(null);
          if (!isFinished(next.state)) timer = setTimeout(poll, POLL_MS);
        },
        (failure: unknown) => {
          if (controller.signal.aborted) return;
          setError(failure);
        },
      );
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [id]);

  if (error) return <ErrorState error={error} action={`Following download ${id}`} />;
  if (!job) return <LoadingState label={`Loading download ${id}`} />;
  const percent = job.total > 0 ? Math.round((100 * job.completed) / job.total) : isFinished(job.state) ? 100 : 0;
  return (
    <section className="flex flex-col gap-3" aria-label={`Download ${job.id}`} data-testid="download-job">
      <div className="flex items-center gap-3">
        <h2 className="font-semibold">Download {job.id}</h2>
        <Badge variant={stateVariant(job.state)} data-testid="download-state">
          {job.state}
        </Badge>
        <span className="text-sm text-muted-foreground">
          {job.completed} of {job.total} symbols
        </span>
      </div>
      <div
        role="progressbar"
        aria-label="Download progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 w-full overflow-hidden rounded-full bg-muted"
      >
        <div className="h-full bg-primary transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      {job.error ? (
        <p role="alert" className="text-sm text-destructive">
          {job.error}
        </p>
      ) : null}
      <Table aria-label="Symbols of the download">
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Symbol</TableHead>
            <TableHead scope="col">State</TableHead>
            <TableHead scope="col" className="text-right">Bars</TableHead>
            <TableHead scope="col">Error</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {job.items.map((item) => (
            <TableRow key={item.symbol} data-testid={`download-item-${item.symbol}`}>
              <TableCell className="font-mono font-semibold">{item.symbol}</TableCell>
              <TableCell>
                <Badge variant={stateVariant(item.state)}>{item.state}</Badge>
              </TableCell>
              <TableCell className="text-right font-mono">{item.bars ?? "–"}</TableCell>
              <TableCell className="whitespace-normal text-destructive">{item.error ?? ""}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
