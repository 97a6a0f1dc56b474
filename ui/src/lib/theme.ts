import { useCallback, useSyncExternalStore } from "react";

export type Theme = "light" | "dark";

const KEY = "quiver.theme";
const CHANGE = "quiver:theme";

function current(): Theme {
  return document.documentElement.classList.contains("dark") ? "dark" : "light";
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE, onChange);
  return () => window.removeEventListener(CHANGE, onChange);
}

/** Applies and saves a theme; index.html applies the saved one before the first paint. */
export function setTheme(theme: Theme): void {
  document.documentElement.classList.toggle("dark", theme === "dark");
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Storage may be disabled; the theme then lasts until the page is closed.
  }
  window.dispatchEvent(new Event(CHANGE));
}

/** The current theme and a toggle. */
export function useTheme(): { theme: Theme; toggle: () => void } {
  const theme = useSyncExternalStore(subscribe, current, () => "dark" as Theme);
  const toggle = useCallback(() => setTheme(current() === "dark" ? "light" : "dark"), []);
  return { theme, toggle };
}
