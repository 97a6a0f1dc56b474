import { DownloadIcon } from "lucide-react";
import { useMemo } from "react";
import { api, ProblemError, type Frame, type QueryResult } from "@/api";
import { PaneChart } from "@/components/charts/PaneChart";
import { paletteOf } from "@/components/charts/palette";
import { EmptyState } from "@/components/states/EmptyState";
import { ErrorState } from "@/components/states/ErrorState";
import { LoadingState } from "@/components/states/LoadingState";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { useAssets } from "@/data/catalogue";
import { frameColumns, saveText, toCsv } from "@/lib/csv";
import { navigate } from "@/lib/router";
import { useTheme } from "@/lib/theme";
import { useAsync } from "@/lib/use-async";
import { explorerHref, type ExplorerParams } from "@/routes";
import { explorerChartSpec } from "@/views/explorer/explorer-chart";
import { ExplorerForm } from "@/views/explorer/ExplorerForm";
import { FrameTable } from "@/views/explorer/FrameTable";

/** A pull query (assets x expressions x range) as a table and a chart, exported as CSV. */
export function ExplorerView({ params }: { params: ExplorerParams }) {
  const assets = useAssets();
  const change = (next: Partial<ExplorerParams>) => navigate(explorerHref({ ...params, ...next }), { replace: false });
  return (
    <div className="flex flex-col gap-4">
      <Card>
        <CardHeader>
          <h1 className="text-lg font-semibold">Explorer</h1>
          <p className="text-sm text-muted-foreground">Expressions on many assets over one range, pulled from the store.</p>
        </CardHeader>
        <CardContent>
          {assets.status === "error" ? (
            <ErrorState error={assets.error} action="Loading the assets" onRetry={assets.reload} />
          ) : assets.value ? (
            <ExplorerForm params={params} assets={assets.value} onChange={change} />
          ) : (
            <LoadingState label="Loading the assets" />
          )}
        </CardContent>
      </Card>
      {params.symbols.length === 0 || params.exprs.length === 0 ? (
        <EmptyState title="Choose at least one asset and one expression">The query runs as soon as both are chosen.</EmptyState>
      ) : (
        <QueryResults params={params} />
      )}
    </div>
  );
}

function QueryResults({ params }: { params: ExplorerParams }) {
  const { theme } = useTheme();
  const result = useAsync(
    (signal) =>
      api.query(
        { symbols: params.symbols, expressions: params.exprs, from: params.from ?? undefined, to: params.to ?? undefined },
        signal,
      ),
    [params.symbols.join(","), params.exprs.join("\n"), params.from, params.to],
  );
  const frames = useMemo(() => (result.value ?? []).flatMap((r: QueryResult): Frame[] => (r.frame ? [r.frame] : [])), [result.value]);
  const failed = (result.value ?? []).filter((r) => r.problem);
  const columns = useMemo(() => frameColumns(frames), [frames]);
  const chart = useMemo(() => explorerChartSpec(frames, paletteOf(theme)), [frames, theme]);

  if (result.status === "error") return <ErrorState error={result.error} action="Running the query" onRetry={result.reload} />;
  if (result.value === null) return <LoadingState label="Running the query" />;

  function exportCsv() {
    const range = [params.from, params.to].filter(Boolean).join("_");
    saveText(`quiver-${params.symbols.join("-")}${range ? `-${range}` : ""}.csv`, toCsv(columns));
  }

  return (
    <div className="flex flex-col gap-4" aria-busy={result.status === "loading"}>
      {failed.map((r) =>
        r.problem ? <ErrorState key={r.symbol} error={new ProblemError(r.problem, "/api/query")} action={`Pulling ${r.symbol}`} /> : null,
      )}
      {frames.flatMap((f) => f.failures.map((x) => (
        <p key={`${f.symbol}:${x.column}`} role="alert" className="text-sm text-destructive">
          {f.symbol} {x.column}: {x.reason}
        </p>
      )))}
      {frames.length === 0 ? (
        <EmptyState title="No asset returned data" />
      ) : (
        <>
          <Card>
            <CardContent>
              <PaneChart series={chart.series} paneTitles={chart.paneTitles} theme={theme} ariaLabel="Query chart" height={Math.max(320, 220 * chart.paneTitles.length)} />
            </CardContent>
          </Card>
          <Card className="py-2">
            <CardHeader className="pt-2">
              <h2 className="text-base font-semibold">Table</h2>
              <Button className="ml-auto" variant="outline" size="sm" onClick={exportCsv} data-testid="export-csv">
                <DownloadIcon aria-hidden="true" /> Export CSV
              </Button>
            </CardHeader>
            <CardContent className="px-2">
              <FrameTable columns={columns} />
            </CardContent>
          </Card>
        </>
      )}
    </div>
  );
}
