import { useSyncExternalStore } from "react";

/**
 * A small History API router: the address bar is the state of the view, so that every view can be
 * shared as a link. Pages read their parameters from the URL and change them with navigate().
 */

const CHANGE = "quiver:navigate";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/** The current path and query, re-rendering on every navigation. */
export function useHref(): string {
  return useSyncExternalStore(subscribe, snapshot, () => "/");
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (for edits that are not a new view). */
  replace?: boolean;
}

/** Goes to `href` (a path with its query) without reloading the page. */
export function navigate(href: string, options: NavigateOptions = {}): void {
  if (href === snapshot()) return;
  if (options.replace) window.history.replaceState(null, "", href);
  else window.history.pushState(null, "", href);
  window.dispatchEvent(new Event(CHANGE));
}

/** Splits an href into its path and its query parameters. */
export function splitHref(href: string): { path: string; params: URLSearchParams } {
  const q = href.indexOf("?");
  return q < 0
    ? { path: href, params: new URLSearchParams() }
    : { path: href.slice(0, q), params: new URLSearchParams(href.slice(q + 1)) };
}
