import type { Theme } from "@/lib/theme";

/** Colours of the charts in each theme (hex, which every canvas understands). */
export interface ChartPalette {
  background: string;
  text: string;
  grid: string;
  border: string;
  up: string;
  down: string;
  upVolume: string;
  downVolume: string;
  lines: string[];
}

const LIGHT: ChartPalette = {
  background: "#ffffff",
  text: "#334155",
  grid: "#eef1f5",
  border: "#d9dee7",
  up: "#16a34a",
  down: "#dc2626",
  upVolume: "rgba(22, 163, 74, 0.35)",
  downVolume: "rgba(220, 38, 38, 0.35)",
  lines: ["#2563eb", "#ea580c", "#9333ea", "#0891b2", "#ca8a04", "#db2777", "#4d7c0f"],
};

const DARK: ChartPalette = {
  background: "#151a23",
  text: "#cbd5e1",
  grid: "#1f2632",
  border: "#2b3340",
  up: "#22c55e",
  down: "#ef4444",
  upVolume: "rgba(34, 197, 94, 0.35)",
  downVolume: "rgba(239, 68, 68, 0.35)",
  lines: ["#60a5fa", "#fb923c", "#c084fc", "#22d3ee", "#facc15", "#f472b6", "#a3e635"],
};

export function paletteOf(theme: Theme): ChartPalette {
  return theme === "dark" ? DARK : LIGHT;
}

/** The k-th line colour, cycling. */
export function lineColor(palette: ChartPalette, k: number): string {
  return palette.lines[k % palette.lines.length] ?? "#888888";
}
