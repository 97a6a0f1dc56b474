import { ActivityIcon, DownloadIcon, ListIcon, NetworkIcon, TableIcon, CandlestickChartIcon } from "lucide-react";
import type { ComponentType } from "react";
import { Link } from "@/components/Link";
import { cn } from "@/lib/utils";
import type { View } from "@/routes";

export interface NavItem {
  view: View;
  label: string;
  href: string;
  icon: ComponentType<{ className?: string }>;
}

export const NAV_ICONS: Record<View, ComponentType<{ className?: string }>> = {
  watchlist: ListIcon,
  asset: CandlestickChartIcon,
  explorer: TableIcon,
  graph: NetworkIcon,
  downloads: DownloadIcon,
};

export interface NavBarProps {
  items: NavItem[];
  current: View | null;
}

/** The links between views; Alt+1 to Alt+5 jump to them. */
export function NavBar({ items, current }: NavBarProps) {
  return (
    <nav aria-label="Views" className="flex items-center gap-1 overflow-x-auto">
      {items.map((item, k) => {
        const Icon = item.icon;
        const active = item.view === current;
        return (
          <Link
            key={item.view}
            href={item.href}
            aria-current={active ? "page" : undefined}
            title={`${item.label} (Alt+${k + 1})`}
            className={cn(
              "flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium text-muted-foreground outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50",
              active && "bg-accent text-accent-foreground",
            )}
          >
            <Icon className="size-4" aria-hidden="true" />
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}

export { ActivityIcon as BrandIcon };
