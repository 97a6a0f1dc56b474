import type { Cell } from "@/api";

const price = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 2 });

/** A price with two decimals, or an en dash when absent. */
export function formatPrice(value: Cell | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "–" : price.format(value);
}

/** An analytic's value: four significant digits for small numbers, two decimals otherwise. */
export function formatValue(value: Cell | undefined): string {
  if (value === null || value === undefined) return "–";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : value < 0 ? "-∞" : "–";
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && magnitude < 1) return value.toPrecision(4);
  if (magnitude >= 1e6) return compact.format(value);
  return price.format(value);
}

/** A signed change, as in +1.25. */
export function formatChange(value: Cell | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  return `${value > 0 ? "+" : ""}${price.format(value)}`;
}

/** A signed percentage from a fraction, as in +1.25%. */
export function formatPercent(fraction: Cell | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return "–";
  return `${fraction > 0 ? "+" : ""}${(fraction * 100).toFixed(2)}%`;
}

/** A volume or count in compact form, as in 1.2M. */
export function formatCompact(value: Cell | undefined): string {
  return value === null || value === undefined ? "–" : compact.format(value);
}
