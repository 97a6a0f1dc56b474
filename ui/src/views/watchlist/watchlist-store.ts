import type { Asset } from "@/api";

/** The last watchlist, kept in the browser so that a bare /watchlist opens it again. */
export interface SavedWatchlist {
  symbols: string[];
  exprs: string[];
}

const KEY = "quiver.watchlist";
const DEFAULT_SYMBOLS = ["AAPL", "MSFT", "SPY", "GOOG", "KO"];
const DEFAULT_EXPRS = ["rsi(14)", "sma(20)"];

export function loadWatchlist(): SavedWatchlist | null {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "null") as unknown;
    if (
      saved &&
      typeof saved === "object" &&
      Array.isArray((saved as SavedWatchlist).symbols) &&
      Array.isArray((saved as SavedWatchlist).exprs)
    ) {
      const { symbols, exprs } = saved as SavedWatchlist;
      return { symbols: symbols.filter((s) => typeof s === "string"), exprs: exprs.filter((e) => typeof e === "string") };
    }
  } catch {
    // A broken entry is ignored.
  }
  return null;
}

export function saveWatchlist(watchlist: SavedWatchlist): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(watchlist));
  } catch {
    // Storage may be disabled.
  }
}

/** A first watchlist from what the server holds: well-known symbols first, else the first assets. */
export function defaultWatchlist(assets: readonly Asset[]): SavedWatchlist {
  const held = DEFAULT_SYMBOLS.filter((s) => assets.some((a) => a.symbol === s));
  const symbols = held.length > 0 ? held : assets.slice(0, 5).map((a) => a.symbol);
  return { symbols, exprs: DEFAULT_EXPRS };
}
