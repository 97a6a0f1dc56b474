import { useEffect, type ReactNode } from "react";
import { BrandIcon, NavBar, type NavItem } from "@/components/layout/NavBar";
import { ServerStatus } from "@/components/layout/ServerStatus";
import { ThemeToggle } from "@/components/layout/ThemeToggle";
import { Link } from "@/components/Link";
import { navigate } from "@/lib/router";
import type { View } from "@/routes";

export interface AppShellProps {
  items: NavItem[];
  current: View | null;
  children: ReactNode;
}

/** The frame of every view: header with navigation, server status and theme toggle; the view below. */
export function AppShell({ items, current, children }: AppShellProps) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const index = Number(event.key) - 1;
      const item = Number.isInteger(index) ? items[index] : undefined;
      if (item) {
        event.preventDefault();
        navigate(item.href);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [items]);

  return (
    <div className="flex min-h-full flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b bg-background/90 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-screen-2xl items-center gap-4 px-4">
          <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight" aria-label="Quiver home">
            <BrandIcon className="size-5 text-primary" aria-hidden="true" />
            <span>Quiver</span>
          </Link>
          <NavBar items={items} current={current} />
          <div className="ml-auto flex items-center gap-3">
            <ServerStatus />
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-screen-2xl flex-1 px-4 py-4 outline-none">
        {children}
      </main>
      <footer className="border-t px-4 py-2 text-center text-xs text-muted-foreground">
        Quiver · charts by{" "}
        <a className="underline underline-offset-2" href="https://www.tradingview.com/" target="_blank" rel="noreferrer">
          TradingView Lightweight Charts™
        </a>{" "}
        · <a className="underline underline-offset-2" href="/docs">API docs</a> ·{" "}
        <a className="underline underline-offset-2" href="/NOTICE.txt">notices</a>
      </footer>
    </div>
  );
}
