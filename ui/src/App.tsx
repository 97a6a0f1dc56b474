import { lazy, Suspense, useEffect, useMemo } from "react";
import { AppShell } from "@/components/layout/AppShell";
import { NAV_ICONS, type NavItem } from "@/components/layout/NavBar";
import { EmptyState } from "@/components/states/EmptyState";
import { LoadingState } from "@/components/states/LoadingState";
import { Link } from "@/components/Link";
import { useHref } from "@/lib/router";
import { assetHref, downloadsHref, explorerHref, graphHref, parseRoute, type Route } from "@/routes";
import { DownloadsView } from "@/views/downloads/DownloadsView";
import { WatchlistView } from "@/views/watchlist/WatchlistView";

// The charting and graph libraries load with the first view that needs them.
const AssetView = lazy(() => import("@/views/asset/AssetView").then((m) => ({ default: m.AssetView })));
const ExplorerView = lazy(() => import("@/views/explorer/ExplorerView").then((m) => ({ default: m.ExplorerView })));
const GraphView = lazy(() => import("@/views/graph/GraphView").then((m) => ({ default: m.GraphView })));

const TITLES: Record<Route["view"], string> = {
  watchlist: "Watchlist",
  asset: "Asset",
  explorer: "Explorer",
  graph: "Graph",
  downloads: "Downloads",
  "not-found": "Not found",
};

/** The views of the app, chosen by the URL. */
export function App() {
  const href = useHref();
  const route = useMemo(() => parseRoute(href), [href]);
  const lastAsset = route.view === "asset" ? route.params.symbol : null;

  const items: NavItem[] = useMemo(
    () => [
      { view: "watchlist", label: "Watchlist", href: "/watchlist", icon: NAV_ICONS.watchlist },
      { view: "asset", label: "Asset", href: assetHref(lastAsset ?? "SPY"), icon: NAV_ICONS.asset },
      { view: "explorer", label: "Explorer", href: explorerHref(), icon: NAV_ICONS.explorer },
      { view: "graph", label: "Graph", href: graphHref(), icon: NAV_ICONS.graph },
      { view: "downloads", label: "Downloads", href: downloadsHref(), icon: NAV_ICONS.downloads },
    ],
    [lastAsset],
  );

  useEffect(() => {
    const subject = route.view === "asset" ? ` · ${route.params.symbol}` : "";
    document.title = `${TITLES[route.view]}${subject} · Quiver`;
  }, [route]);

  return (
    <AppShell items={items} current={route.view === "not-found" ? null : route.view}>
      <Suspense fallback={<LoadingState label="Loading the view" />}>
        <RouteView route={route} />
      </Suspense>
    </AppShell>
  );
}

function RouteView({ route }: { route: Route }) {
  switch (route.view) {
    case "watchlist":
      return <WatchlistView params={route.params} />;
    case "asset":
      return <AssetView key={route.params.symbol} params={route.params} />;
    case "explorer":
      return <ExplorerView params={route.params} />;
    case "graph":
      return <GraphView params={route.params} />;
    case "downloads":
      return <DownloadsView params={route.params} />;
    case "not-found":
      return (
        <EmptyState title={`No page at ${route.path}`}>
          <Link className="underline" href="/watchlist">
            Open the watchlist
          </Link>
        </EmptyState>
      );
  }
}
