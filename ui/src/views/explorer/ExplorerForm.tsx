import { XIcon } from "lucide-react";
import type { Asset } from "@/api";
import { AnalyticsPicker } from "@/components/analytics/AnalyticsPicker";
import { ExpressionField } from "@/components/analytics/ExpressionField";
import { DateRangeFields } from "@/components/DateRangeFields";
import { Button } from "@/components/ui/button";
import { useCatalogue } from "@/data/catalogue";
import { checkExpressions } from "@/data/validate";
import type { ExplorerParams } from "@/routes";

export interface ExplorerFormProps {
  params: ExplorerParams;
  assets: Asset[];
  onChange: (next: Partial<ExplorerParams>) => void;
}

/** The query: which assets, which expressions, which dates. */
export function ExplorerForm({ params, assets, onChange }: ExplorerFormProps) {
  const catalogue = useCatalogue();
  const { symbols, exprs } = params;
  const latest = assets.map((a) => a.last ?? "").sort().pop() || null;

  async function addExpr(expr: string) {
    await checkExpressions(symbols[0] ?? assets[0]?.symbol ?? "SPY", [expr]);
    if (!exprs.includes(expr)) onChange({ exprs: [...exprs, expr] });
  }

  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-medium">Assets</legend>
        <div className="flex max-h-40 flex-wrap gap-x-4 gap-y-1 overflow-y-auto">
          {assets.map((a) => (
            <label key={a.symbol} className="flex items-center gap-1.5 font-mono text-sm" title={a.name}>
              <input
                type="checkbox"
                checked={symbols.includes(a.symbol)}
                onChange={(e) =>
                  onChange({ symbols: e.target.checked ? [...symbols, a.symbol] : symbols.filter((s) => s !== a.symbol) })
                }
              />
              {a.symbol}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-col gap-2">
        <span className="text-sm font-medium">Expressions</span>
        <ul className="flex flex-wrap gap-1" aria-label="Expressions">
          {exprs.map((e) => (
            <li key={e} className="flex items-center gap-1 rounded-md bg-muted py-0.5 pr-0.5 pl-2 font-mono text-sm">
              {e}
              <Button variant="ghost" size="icon-sm" aria-label={`Remove ${e}`} onClick={() => onChange({ exprs: exprs.filter((x) => x !== e) })}>
                <XIcon aria-hidden="true" />
              </Button>
            </li>
          ))}
        </ul>
        <div className="flex items-end gap-2">
          <div className="flex-1">
            <ExpressionField label="Add an expression" placeholder="rsi(14)" onSubmit={addExpr} />
          </div>
          {catalogue.value ? <AnalyticsPicker catalogue={catalogue.value} label="Pick" onAdd={(e) => addExpr(e)} /> : null}
        </div>
      </div>
      <DateRangeFields from={params.from} to={params.to} latest={latest} onApply={(r) => onChange(r)} />
    </div>
  );
}
