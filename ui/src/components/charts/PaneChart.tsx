import {
  CandlestickSeries,
  ColorType,
  createChart,
  CrosshairMode,
  HistogramSeries,
  LineSeries,
  LineStyle,
  type IChartApi,
  type ISeriesApi,
  type MouseEventParams,
  type SeriesType,
} from "lightweight-charts";
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from "react";
import type { BarPoint, CandlePoint, LinePoint } from "@/components/charts/chart-data";
import { paletteOf } from "@/components/charts/palette";
import { formatValue } from "@/lib/format";
import type { Theme } from "@/lib/theme";

/** One series of the chart and the pane it is drawn in (0 is the price pane). */
export type SeriesSpec =
  | { id: string; pane: number; kind: "candles"; title: string; points: CandlePoint[] }
  | {
      id: string;
      pane: number;
      kind: "line";
      title: string;
      points: LinePoint[];
      color: string;
      dashed?: boolean;
      /** The label on the price scale, when shorter than the title (an output's name). */
      axisTitle?: string;
    }
  | {
      id: string;
      pane: number;
      kind: "histogram";
      title: string;
      points: BarPoint[];
      color: string;
      /** Drawn at the bottom of its pane on a scale of its own (volume under the candles). */
      underlay?: boolean;
    };

export type ChartPoint = CandlePoint | LinePoint | BarPoint;

/** Live changes from outside React: the forming bar, the latest analytic values. */
export interface PaneChartHandle {
  update(seriesId: string, point: ChartPoint): void;
}

export interface PaneChartProps {
  series: SeriesSpec[];
  /** A title per pane, shown in the legend. */
  paneTitles: string[];
  theme: Theme;
  height?: number;
  ariaLabel: string;
  ref?: Ref<PaneChartHandle>;
}

interface LegendEntry {
  id: string;
  pane: number;
  title: string;
  value: string;
}

/**
 * Candles, lines and histograms in panes of one lightweight-charts chart: every pane shares the
 * time scale and the crosshair. The chart is rebuilt when its series or the theme change and
 * updated in place through the handle; the legend shows the values under the crosshair (the last
 * ones otherwise).
 */
export function PaneChart({ series, paneTitles, theme, height = 560, ariaLabel, ref }: PaneChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const apis = useRef(new Map<string, ISeriesApi<SeriesType>>());
  const [legend, setLegend] = useState<LegendEntry[]>([]);

  useImperativeHandle(
    ref,
    () => ({
      update(seriesId, point) {
        const api = apis.current.get(seriesId);
        try {
          api?.update(point as never);
        } catch {
          // An update older than the last bar is ignored; the next pull redraws the series.
        }
      },
    }),
    [],
  );

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const palette = paletteOf(theme);
    const chart: IChartApi = createChart(element, {
      autoSize: true,
      layout: {
        background: { type: ColorType.Solid, color: palette.background },
        textColor: palette.text,
        attributionLogo: true,
        panes: { separatorColor: palette.border, enableResize: true },
      },
      grid: { vertLines: { color: palette.grid }, horzLines: { color: palette.grid } },
      crosshair: { mode: CrosshairMode.Normal },
      rightPriceScale: { borderColor: palette.border },
      timeScale: { borderColor: palette.border, rightOffset: 4 },
    });
    const made = new Map<string, ISeriesApi<SeriesType>>();
    for (const spec of series) {
      made.set(spec.id, addSeries(chart, spec, palette.up, palette.down));
    }
    apis.current = made;
    chart.panes().forEach((pane, k) => pane.setStretchFactor(k === 0 ? 3 : 1));
    chart.timeScale().fitContent();

    const titles = new Map(series.map((s) => [s.id, s] as const));
    const lastValues = (): LegendEntry[] =>
      series.map((s) => ({ id: s.id, pane: s.pane, title: s.title, value: describe(s.points[s.points.length - 1]) }));
    setLegend(lastValues());
    const onMove = (param: MouseEventParams) => {
      if (param.time === undefined) {
        setLegend(lastValues());
        return;
      }
      const entries: LegendEntry[] = [];
      for (const [id, api] of made) {
        const spec = titles.get(id);
        if (spec) entries.push({ id, pane: spec.pane, title: spec.title, value: describe(param.seriesData.get(api)) });
      }
      setLegend(entries);
    };
    chart.subscribeCrosshairMove(onMove);
    return () => {
      chart.unsubscribeCrosshairMove(onMove);
      apis.current = new Map();
      chart.remove();
    };
  }, [series, theme]);

  const panes = Math.max(1, ...series.map((s) => s.pane + 1));
  return (
    <figure className="flex flex-col gap-1" aria-label={ariaLabel}>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-live="off" data-testid="chart-legend">
        {Array.from({ length: panes }, (_, pane) => (
          <span key={pane} className="flex flex-wrap items-center gap-x-2">
            <span className="font-semibold text-muted-foreground">{paneTitles[pane] ?? ""}</span>
            {legend
              .filter((e) => e.pane === pane)
              .map((e) => (
                <span key={e.id} className="font-mono">
                  {e.title} <span className="text-foreground">{e.value}</span>
                </span>
              ))}
          </span>
        ))}
      </figcaption>
      <div
        ref={container}
        role="img"
        aria-label={`${ariaLabel}: ${panes} pane${panes === 1 ? "" : "s"}, ${series.map((s) => s.title).join(", ")}`}
        data-testid="pane-chart"
        data-panes={panes}
        data-series={series.map((s) => s.title).join("|")}
        style={{ height }}
        className="w-full overflow-hidden rounded-md border"
      />
    </figure>
  );
}

function addSeries(chart: IChartApi, spec: SeriesSpec, up: string, down: string): ISeriesApi<SeriesType> {
  switch (spec.kind) {
    case "candles": {
      const s = chart.addSeries(
        CandlestickSeries,
        { upColor: up, downColor: down, borderUpColor: up, borderDownColor: down, wickUpColor: up, wickDownColor: down, title: spec.title },
        spec.pane,
      );
      s.setData(spec.points);
      return s;
    }
    case "line": {
      const s = chart.addSeries(
        LineSeries,
        {
          color: spec.color,
          lineWidth: 2,
          lineStyle: spec.dashed ? LineStyle.Dashed : LineStyle.Solid,
          title: spec.axisTitle ?? spec.title,
          priceLineVisible: false,
          lastValueVisible: true,
        },
        spec.pane,
      );
      s.setData(spec.points);
      return s;
    }
    case "histogram": {
      const s = chart.addSeries(
        HistogramSeries,
        spec.underlay
          ? { color: spec.color, priceScaleId: `underlay-${spec.id}`, priceFormat: { type: "volume" }, lastValueVisible: false, priceLineVisible: false }
          : { color: spec.color, title: spec.title, priceLineVisible: false },
        spec.pane,
      );
      if (spec.underlay) s.priceScale().applyOptions({ scaleMargins: { top: 0.8, bottom: 0 } });
      s.setData(spec.points);
      return s;
    }
  }
}

function describe(point: unknown): string {
  if (!point || typeof point !== "object") return "–";
  const p = point as Record<string, unknown>;
  if (typeof p.close === "number") {
    return `O ${formatValue(p.open as number)} H ${formatValue(p.high as number)} L ${formatValue(p.low as number)} C ${formatValue(p.close)}`;
  }
  return typeof p.value === "number" ? formatValue(p.value) : "–";
}
