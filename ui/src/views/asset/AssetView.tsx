import { useEffect, useMemo, useRef } from "react";
import type { Analytic, Asset } from "@/api";
import { AnalyticsPicker } from "@/components/analytics/AnalyticsPicker";
import { ExpressionField } from "@/components/analytics/ExpressionField";
import type { PaneChartHandle } from "@/components/charts/PaneChart";
import { PaneChart } from "@/components/charts/PaneChart";
import { paletteOf } from "@/components/charts/palette";
import { DateRangeFields } from "@/components/DateRangeFields";
import { ErrorState } from "@/components/states/ErrorState";
import { LoadingState } from "@/components/states/LoadingState";
import { StreamBadge } from "@/components/StreamBadge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { NativeSelect } from "@/components/ui/native-select";
import { analyticOf, useAssets, useCatalogue } from "@/data/catalogue";
import { checkExpressions } from "@/data/validate";
import { yearsBefore } from "@/lib/dates";
import { calledName, isOverlay } from "@/lib/expression";
import { formatPrice } from "@/lib/format";
import { navigate } from "@/lib/router";
import { useTheme } from "@/lib/theme";
import { useAsync } from "@/lib/use-async";
import { api } from "@/api";
import { assetHref, type AssetParams } from "@/routes";
import { AdjustmentToggle } from "@/views/asset/AdjustmentToggle";
import { assetChartSpec } from "@/views/asset/chart-spec";
import { StudyList } from "@/views/asset/StudyList";
import { useBars, useStudies } from "@/views/asset/use-asset-data";
import { useLiveChart } from "@/views/asset/use-live-chart";

function lastClose(closes: readonly (number | null)[] | undefined): number | null {
  for (let i = (closes?.length ?? 0) - 1; i >= 0; i--) {
    const v = closes?.[i];
    if (v != null) return v;
  }
  return null;
}

const DEFAULT_OVERLAYS = ["sma(50)", "bbands(20)"];
const DEFAULT_PANES = ["rsi(14)", "macd(12,26,9)"];

/** Candles, volume, overlays and indicator panes of one asset over a date range. */
export function AssetView({ params }: { params: AssetParams }) {
  const asset = useAsync((signal) => api.asset(params.symbol, signal), [params.symbol]);

  useEffect(() => {
    if (params.fresh && asset.status === "ok" && asset.value.last) {
      navigate(
        assetHref(params.symbol, {
          from: yearsBefore(asset.value.last, 1),
          to: asset.value.last,
          adjust: "split",
          overlays: DEFAULT_OVERLAYS,
          panes: DEFAULT_PANES,
        }),
        { replace: true },
      );
    }
  }, [params.fresh, params.symbol, asset.status, asset.value]);

  if (asset.status === "error") return <ErrorState error={asset.error} action={`Loading ${params.symbol}`} onRetry={asset.reload} />;
  if (asset.value === null || params.fresh) return <LoadingState label={`Loading ${params.symbol}`} />;
  return <AssetChart asset={asset.value} params={params} />;
}

function AssetChart({ asset, params }: { asset: Asset; params: AssetParams }) {
  const { symbol, from, to, adjust, overlays, panes } = params;
  const { theme } = useTheme();
  const assets = useAssets();
  const catalogue = useCatalogue();
  const bars = useBars(symbol, from, to, adjust);
  const studies = useStudies(symbol, [...overlays, ...panes], from, to);
  const chart = useRef<PaneChartHandle>(null);

  const go = (next: Partial<Omit<AssetParams, "symbol" | "fresh">>, target = symbol) =>
    navigate(assetHref(target, { from, to, adjust, overlays, panes, ...next }));

  const spec = useMemo(
    () => (bars.value ? assetChartSpec(symbol, bars.value, overlays, panes, studies, paletteOf(theme)) : null),
    [bars.value, symbol, overlays, panes, studies, theme],
  );

  const stream = useLiveChart({ symbol, zone: asset.zone, to, bars: bars.value, studies: [...overlays, ...panes], chart });

  function place(expr: string, analytic: Analytic | undefined) {
    if (overlays.includes(expr) || panes.includes(expr)) return;
    if (analytic && isOverlay(analytic)) go({ overlays: [...overlays, expr] });
    else go({ panes: [...panes, expr] });
  }

  async function addExpression(expr: string) {
    await checkExpressions(symbol, [expr]);
    place(expr, analyticOf(catalogue.value, calledName(expr)));
  }

  return (
    <div className="grid gap-4 xl:grid-cols-[1fr_20rem]">
      <Card className="min-w-0">
        <CardHeader className="gap-4">
          <div className="flex flex-col">
            <h1 className="text-lg font-semibold">
              {symbol} {asset.name !== symbol ? <span className="font-normal text-muted-foreground">{asset.name}</span> : null}
            </h1>
            <p className="text-xs text-muted-foreground">
              {asset.assetClass} · {asset.currency} · {asset.bars.toLocaleString()} bars {asset.first} to {asset.last} · last close{" "}
              {formatPrice(lastClose(bars.value?.columns.close))}
            </p>
          </div>
          <StreamBadge status={stream} />
          <div className="ml-auto flex flex-col gap-1">
            <label htmlFor="asset-symbol" className="text-sm font-medium">
              Asset
            </label>
            <NativeSelect id="asset-symbol" value={symbol} onChange={(e) => go({}, e.target.value)}>
              {(assets.value ?? [asset]).map((a) => (
                <option key={a.symbol} value={a.symbol}>
                  {a.name !== a.symbol ? `${a.symbol} · ${a.name}` : a.symbol}
                </option>
              ))}
            </NativeSelect>
          </div>
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          <div className="flex flex-wrap items-end gap-4">
            <DateRangeFields from={from} to={to} latest={asset.last} onApply={(r) => go(r)} />
            <AdjustmentToggle value={adjust} onChange={(a) => go({ adjust: a })} />
          </div>
          {adjust !== "split" ? (
            <p className="text-xs text-muted-foreground">Analytics are computed on split-adjusted prices; the candles show {adjust} prices.</p>
          ) : null}
          {bars.status === "error" ? (
            <ErrorState error={bars.error} action="Loading the bars" onRetry={bars.reload} />
          ) : spec ? (
            <div className={bars.status === "loading" ? "opacity-60 transition-opacity" : undefined} aria-busy={bars.status === "loading"}>
              <PaneChart ref={chart} series={spec.series} paneTitles={spec.paneTitles} theme={theme} ariaLabel={`Chart of ${symbol}`} height={360 + 150 * (spec.paneTitles.length - 1)} />
            </div>
          ) : (
            <LoadingState label="Loading the bars" />
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <h2 className="text-base font-semibold">Studies</h2>
          <div className="ml-auto">
            {catalogue.value ? (
              <AnalyticsPicker catalogue={catalogue.value} label="Add study" title="Add a study" onAdd={async (expr, analytic) => {
                await checkExpressions(symbol, [expr]);
                place(expr, analytic);
              }} />
            ) : null}
          </div>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <ExpressionField label="Expression" placeholder="ema(close, 21)" onSubmit={addExpression} />
          <StudyList
            overlays={overlays}
            panes={panes}
            results={studies}
            onRemove={(e) => go({ overlays: overlays.filter((x) => x !== e), panes: panes.filter((x) => x !== e) })}
            onMove={(e) =>
              overlays.includes(e)
                ? go({ overlays: overlays.filter((x) => x !== e), panes: [...panes, e] })
                : go({ panes: panes.filter((x) => x !== e), overlays: [...overlays, e] })
            }
          />
        </CardContent>
      </Card>
    </div>
  );
}
