import { RefreshCwIcon } from "lucide-react";
import { useEffect } from "react";
import type { Asset } from "@/api";
import { AnalyticsPicker } from "@/components/analytics/AnalyticsPicker";
import { ExpressionField } from "@/components/analytics/ExpressionField";
import { EmptyState } from "@/components/states/EmptyState";
import { ErrorState } from "@/components/states/ErrorState";
import { LoadingState } from "@/components/states/LoadingState";
import { StreamBadge } from "@/components/StreamBadge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { useAssets, useCatalogue } from "@/data/catalogue";
import { checkExpressions } from "@/data/validate";
import { navigate } from "@/lib/router";
import { watchlistHref, type WatchlistParams } from "@/routes";
import { AddAssetForm } from "@/views/watchlist/AddAssetForm";
import { useWatchlistValues } from "@/views/watchlist/use-watchlist-values";
import { defaultWatchlist, loadWatchlist, saveWatchlist } from "@/views/watchlist/watchlist-store";
import { WatchlistTable } from "@/views/watchlist/WatchlistTable";

/** Assets with last price, change and chosen analytics, live when the server streams. */
export function WatchlistView({ params }: { params: WatchlistParams }) {
  const assets = useAssets();

  useEffect(() => {
    if (params.symbols !== null && params.exprs !== null) {
      saveWatchlist({ symbols: params.symbols, exprs: params.exprs });
    } else if (assets.status === "ok") {
      navigate(watchlistHref(loadWatchlist() ?? defaultWatchlist(assets.value)), { replace: true });
    }
  }, [params.symbols, params.exprs, assets.status, assets.value]);

  if (assets.status === "error") return <ErrorState error={assets.error} action="Loading the assets" onRetry={assets.reload} />;
  if (assets.value === null || params.symbols === null || params.exprs === null) return <LoadingState label="Loading the watchlist" />;
  return <Watchlist symbols={params.symbols} exprs={params.exprs} assets={assets.value} />;
}

function Watchlist({ symbols, exprs, assets }: { symbols: string[]; exprs: string[]; assets: Asset[] }) {
  const catalogue = useCatalogue();
  const { rows, stream, reload } = useWatchlistValues(symbols, exprs, assets);
  const go = (next: { symbols?: string[]; exprs?: string[] }) =>
    navigate(watchlistHref({ symbols: next.symbols ?? symbols, exprs: next.exprs ?? exprs }));

  async function addExpr(expression: string) {
    await checkExpressions(symbols[0] ?? assets[0]?.symbol ?? "SPY", [expression]);
    if (!exprs.includes(expression)) go({ exprs: [...exprs, expression] });
  }

  return (
    <div className="flex flex-col gap-4">
      <Card>
        <CardHeader>
          <h1 className="text-lg font-semibold">Watchlist</h1>
          <StreamBadge status={stream} />
          <Button variant="ghost" size="sm" className="ml-auto" onClick={reload} aria-label="Pull the values again">
            <RefreshCwIcon aria-hidden="true" /> Refresh
          </Button>
        </CardHeader>
        <CardContent className="flex flex-wrap items-end gap-6">
          <AddAssetForm assets={assets} present={symbols} onAdd={(s) => go({ symbols: [...symbols, s] })} />
          <div className="flex flex-col gap-1">
            <span className="text-sm font-medium">Analytics</span>
            {catalogue.status === "error" ? (
              <ErrorState error={catalogue.error} action="Loading the catalogue" onRetry={catalogue.reload} />
            ) : (
              <AnalyticsPicker catalogue={catalogue.value ?? []} onAdd={addExpr} />
            )}
          </div>
          <div className="min-w-72 flex-1">
            <ExpressionField label="Or write an expression" onSubmit={addExpr} />
          </div>
        </CardContent>
      </Card>
      {assets.length === 0 ? (
        <EmptyState title="The database holds no asset">
          Import some with <code className="font-mono">./quiver import FILE</code> or start a download.
        </EmptyState>
      ) : symbols.length === 0 ? (
        <EmptyState title="The watchlist is empty">Add an asset above.</EmptyState>
      ) : (
        <Card className="py-2">
          <CardContent className="px-2">
            <WatchlistTable
              symbols={symbols}
              exprs={exprs}
              assets={assets}
              rows={rows}
              onRemoveSymbol={(s) => go({ symbols: symbols.filter((x) => x !== s) })}
              onRemoveExpr={(e) => go({ exprs: exprs.filter((x) => x !== e) })}
            />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
