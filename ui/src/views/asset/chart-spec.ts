import type { Frame } from "@/api";
import { candlePoints, histogramPoints, linePoints, volumePoints } from "@/components/charts/chart-data";
import type { SeriesSpec } from "@/components/charts/PaneChart";
import { lineColor, type ChartPalette } from "@/components/charts/palette";
import type { StudyResult } from "@/views/asset/use-asset-data";

/** The id of the series drawing a study's column; the candles are `bars`. */
export function studySeriesId(label: string): string {
  return `study:${label}`;
}

/**
 * The series of the asset chart: candles and volume in the price pane with the overlays, then one
 * pane per other study. A column named `.hist` (MACD's histogram) is drawn as bars; the bands of
 * bbands share one colour, the outer ones dashed.
 */
export function assetChartSpec(
  symbol: string,
  bars: Frame,
  overlays: readonly string[],
  panes: readonly string[],
  studies: Record<string, StudyResult>,
  palette: ChartPalette,
): { series: SeriesSpec[]; paneTitles: string[] } {
  const series: SeriesSpec[] = [
    { id: "bars", pane: 0, kind: "candles", title: symbol, points: candlePoints(bars) },
    { id: "volume", pane: 0, kind: "histogram", title: "volume", points: volumePoints(bars, palette.upVolume, palette.downVolume), color: palette.upVolume, underlay: true },
  ];
  const paneTitles = [symbol];
  let colour = 0;
  const add = (expr: string, pane: number) => {
    const result = studies[expr];
    if (result?.status !== "ok") return false;
    const { frame } = result;
    const colourOfStudy = colour;
    colour += frame.labels.some((l) => /\.(upper|lower)$/.test(l)) ? 1 : frame.labels.length;
    frame.labels.forEach((label, k) => {
      const values = frame.columns[label];
      const id = studySeriesId(label);
      if (label.endsWith(".hist")) {
        series.push({ id, pane, kind: "histogram", title: label, points: histogramPoints(frame.timestamps, values, palette.upVolume, palette.downVolume), color: palette.upVolume });
        return;
      }
      const band = /\.(upper|middle|lower)$/.test(label);
      series.push({
        id,
        pane,
        kind: "line",
        title: label,
        points: linePoints(frame.timestamps, values),
        color: lineColor(palette, band ? colourOfStudy : colourOfStudy + k),
        dashed: /\.(upper|lower)$/.test(label),
        axisTitle: frame.labels.length > 1 ? label.slice(label.lastIndexOf(".") + 1) : label,
      });
    });
    return true;
  };
  for (const expr of overlays) add(expr, 0);
  for (const expr of panes) {
    if (add(expr, paneTitles.length)) paneTitles.push(expr);
  }
  return { series, paneTitles };
}
