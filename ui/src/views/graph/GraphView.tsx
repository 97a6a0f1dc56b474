import { XIcon } from "lucide-react";
import { useCallback, useMemo, useState } from "react";
import { api, type Asset, type Graph, type StreamUpdate } from "@/api";
import { subscriptionKey } from "@/api/stream";
import { ExpressionField } from "@/components/analytics/ExpressionField";
import { Link } from "@/components/Link";
import { EmptyState } from "@/components/states/EmptyState";
import { ErrorState } from "@/components/states/ErrorState";
import { LoadingState } from "@/components/states/LoadingState";
import { StreamBadge } from "@/components/StreamBadge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { NativeSelect } from "@/components/ui/native-select";
import { useAssets, useCatalogue } from "@/data/catalogue";
import { useAnalyticsStream } from "@/data/use-stream";
import { checkExpressions } from "@/data/validate";
import { navigate } from "@/lib/router";
import { useTheme } from "@/lib/theme";
import { useAsync } from "@/lib/use-async";
import { graphHref, watchlistHref, type GraphParams } from "@/routes";
import { GraphCanvas } from "@/views/graph/GraphCanvas";
import { mergeGraphs, withAncestors } from "@/views/graph/merge-graphs";
import { NodeDetails } from "@/views/graph/NodeDetails";
import { loadWatchlist } from "@/views/watchlist/watchlist-store";

interface Subscriptions {
  /** Where the subscriptions come from, for the heading. */
  source: "watchlist" | "query";
  symbols: string[];
  exprs: string[];
}

/** The graph behind the subscriptions: the watchlist's by default, or a symbol and expressions of the URL. */
export function GraphView({ params }: { params: GraphParams }) {
  const subs: Subscriptions = useMemo(() => {
    if (params.symbol) return { source: "query", symbols: [params.symbol], exprs: params.exprs };
    const saved = loadWatchlist();
    return { source: "watchlist", symbols: saved?.symbols ?? [], exprs: saved?.exprs ?? [] };
  }, [params.symbol, params.exprs]);
  const assets = useAssets();
  const graph = useAsync(
    async (signal) => mergeGraphs(await Promise.all(subs.symbols.map((s) => api.graph(s, subs.exprs, signal)))),
    [subs.symbols.join(","), subs.exprs.join("\n")],
  );

  const go = (next: Partial<GraphParams>) =>
    navigate(
      graphHref(
        subs.source === "query"
          ? { symbol: subs.symbols[0] ?? null, exprs: subs.exprs, node: params.node, ...next }
          : { node: params.node, ...next },
      ),
    );

  return (
    <div className="flex flex-col gap-4">
      <Card>
        <CardHeader>
          <h1 className="text-lg font-semibold">Graph</h1>
          <p className="text-sm text-muted-foreground">
            {subs.source === "watchlist" ? (
              <>
                The nodes behind the{" "}
                <Link className="underline" href={watchlistHref({ symbols: subs.symbols, exprs: subs.exprs })}>
                  watchlist
                </Link>
                's subscriptions.
              </>
            ) : (
              <>
                Expressions on {subs.symbols[0]} · <Link className="underline" href={graphHref()}>show the watchlist's</Link>
              </>
            )}
          </p>
        </CardHeader>
        <CardContent className="flex flex-wrap items-end gap-4">
          <div className="flex flex-col gap-1">
            <label htmlFor="graph-symbol" className="text-sm font-medium">
              Subject
            </label>
            <NativeSelect id="graph-symbol" value={subs.source === "query" ? (subs.symbols[0] ?? "") : ""} onChange={(e) => go({ symbol: e.target.value || null })}>
              <option value="">every watchlist asset</option>
              {(assets.value ?? []).map((a: Asset) => (
                <option key={a.symbol} value={a.symbol}>
                  {a.symbol}
                </option>
              ))}
            </NativeSelect>
          </div>
          <ul className="flex flex-wrap gap-1" aria-label="Expressions">
            {subs.exprs.map((e) => (
              <li key={e} className="flex items-center gap-1 rounded-md bg-muted py-0.5 pr-0.5 pl-2 font-mono text-sm">
                {e}
                {subs.source === "query" ? (
                  <Button variant="ghost" size="icon-sm" aria-label={`Remove ${e}`} onClick={() => go({ exprs: subs.exprs.filter((x) => x !== e) })}>
                    <XIcon aria-hidden="true" />
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
          <div className="min-w-72 flex-1">
            <ExpressionField
              label="Add an expression"
              onSubmit={async (expr) => {
                const symbol = subs.symbols[0] ?? assets.value?.[0]?.symbol ?? "SPY";
                await checkExpressions(symbol, [expr]);
                go({ symbol, exprs: [...subs.exprs, expr] });
              }}
            />
          </div>
        </CardContent>
      </Card>
      {subs.symbols.length === 0 || subs.exprs.length === 0 ? (
        <EmptyState title="No subscription to show">Add assets and analytics to the watchlist, or write an expression above.</EmptyState>
      ) : graph.status === "error" ? (
        <ErrorState error={graph.error} action="Planning the graph" onRetry={graph.reload} />
      ) : graph.value === null ? (
        <LoadingState label="Planning the graph" />
      ) : (
        <LiveGraph graph={graph.value} subs={subs} assets={assets.value ?? []} selected={params.node} onSelect={(node) => go({ node })} />
      )}
    </div>
  );
}

interface LiveGraphProps {
  graph: Graph;
  subs: Subscriptions;
  assets: Asset[];
  selected: string | null;
  onSelect: (key: string | null) => void;
}

function LiveGraph({ graph, subs, assets, selected, onSelect }: LiveGraphProps) {
  const { theme } = useTheme();
  const catalogue = useCatalogue();
  const [flashes, setFlashes] = useState<Record<string, number>>({});
  const onUpdates = useCallback(
    (updates: StreamUpdate[]) => {
      const touched = new Set<string>();
      for (const u of updates) {
        const column = graph.columns.find((c) => c.label === u.expr && c.node.startsWith(`${u.symbol}:`));
        if (column) for (const key of withAncestors(graph, column.node)) touched.add(key);
      }
      if (touched.size > 0) {
        setFlashes((old) => {
          const next = { ...old };
          for (const key of touched) next[key] = (next[key] ?? 0) + 1;
          return next;
        });
      }
    },
    [graph],
  );
  const stream = useAnalyticsStream(
    subs.symbols.flatMap((s) => subs.exprs.map((e) => subscriptionKey(s, e))),
    onUpdates,
  );
  const node = graph.nodes.find((n) => n.key === selected) ?? null;

  return (
    <div className="grid gap-4 xl:grid-cols-[1fr_24rem]">
      <Card className="min-w-0 py-2">
        <CardHeader className="pt-2">
          <span className="text-sm text-muted-foreground" data-testid="graph-summary">
            {graph.nodes.length} nodes · {graph.edges.length} edges · {graph.columns.length} requested columns
          </span>
          <StreamBadge status={stream} />
        </CardHeader>
        <CardContent className="px-2">
          <GraphCanvas graph={graph} selected={selected} onSelect={onSelect} flashes={flashes} theme={theme} />
          <label htmlFor="graph-node" className="mt-2 block text-sm font-medium">
            Node
          </label>
          <NativeSelect id="graph-node" className="w-full font-mono" value={selected ?? ""} onChange={(e) => onSelect(e.target.value || null)}>
            <option value="">choose a node…</option>
            {graph.nodes.map((n) => (
              <option key={n.key} value={n.key}>
                {n.key}
              </option>
            ))}
          </NativeSelect>
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          {node ? (
            <NodeDetails key={node.key} node={node} graph={graph} catalogue={catalogue.value ?? []} assets={assets} />
          ) : (
            <p className="text-sm text-muted-foreground">Select a node to see its definition, lookback, warm-up and latest value.</p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
