import { useMemo, useState } from "react";
import type { Analytic } from "@/api";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

export interface AnalyticListProps {
  catalogue: Analytic[];
  selected: string | null;
  onSelect: (analytic: Analytic) => void;
}

/** The catalogue by family, filtered by name or description as one types. */
export function AnalyticList({ catalogue, selected, onSelect }: AnalyticListProps) {
  const [filter, setFilter] = useState("");
  const families = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const groups = new Map<string, Analytic[]>();
    for (const analytic of catalogue) {
      if (needle && !analytic.name.includes(needle) && !analytic.description.toLowerCase().includes(needle)) continue;
      groups.set(analytic.family, [...(groups.get(analytic.family) ?? []), analytic]);
    }
    return [...groups.entries()];
  }, [catalogue, filter]);

  return (
    <div className="flex min-h-0 flex-col gap-2">
      <label htmlFor="analytic-filter" className="sr-only">
        Find an analytic
      </label>
      <Input
        id="analytic-filter"
        placeholder="Find: rsi, moving average…"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        autoComplete="off"
      />
      <div className="max-h-[55vh] overflow-y-auto pr-1" role="group" aria-label="Analytics">
        {families.length === 0 ? <p className="p-2 text-sm text-muted-foreground">No analytic matches.</p> : null}
        {families.map(([family, analytics]) => (
          <section key={family} aria-label={family} className="mb-2">
            <h4 className="px-2 py-1 text-xs font-semibold tracking-wide text-muted-foreground uppercase">{family}</h4>
            <ul>
              {analytics.map((a) => (
                <li key={a.name}>
                  <button
                    type="button"
                    onClick={() => onSelect(a)}
                    aria-pressed={selected === a.name}
                    title={a.description}
                    className={cn(
                      "w-full rounded-md px-2 py-1 text-left font-mono text-sm outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50",
                      selected === a.name && "bg-accent font-semibold",
                    )}
                  >
                    {a.name}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
