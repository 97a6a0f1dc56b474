import type { Frame } from "@/api";
import { linePoints } from "@/components/charts/chart-data";
import type { SeriesSpec } from "@/components/charts/PaneChart";
import { lineColor, type ChartPalette } from "@/components/charts/palette";

/** One pane per column label, one line per asset, each asset in its own colour throughout. */
export function explorerChartSpec(frames: readonly Frame[], palette: ChartPalette): { series: SeriesSpec[]; paneTitles: string[] } {
  const labels = [...new Set(frames.flatMap((f) => f.labels))];
  const series: SeriesSpec[] = [];
  labels.forEach((label, pane) => {
    frames.forEach((frame, k) => {
      if (!frame.labels.includes(label)) return;
      series.push({
        id: `${frame.symbol}:${label}`,
        pane,
        kind: "line",
        title: `${frame.symbol}`,
        points: linePoints(frame.timestamps, frame.columns[label]),
        color: lineColor(palette, k),
      });
    });
  });
  return { series, paneTitles: labels };
}
