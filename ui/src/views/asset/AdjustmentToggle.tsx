import type { Adjustment } from "@/api";
import { ToggleGroup, ToggleGroupItem } from "@/components/ui/toggle-group";

const LABELS: Record<Adjustment, string> = { raw: "Raw", split: "Split", total: "Total return" };

/** How prices are shown: as traded, split-adjusted, or adjusted for splits and dividends. */
export function AdjustmentToggle({ value, onChange }: { value: Adjustment; onChange: (value: Adjustment) => void }) {
  return (
    <div className="flex flex-col gap-1">
      <span id="adjustment-label" className="text-sm font-medium">
        Prices
      </span>
      <ToggleGroup
        type="single"
        value={value}
        aria-labelledby="adjustment-label"
        onValueChange={(v) => {
          if (v) onChange(v as Adjustment);
        }}
      >
        {(Object.keys(LABELS) as Adjustment[]).map((a) => (
          <ToggleGroupItem key={a} value={a} aria-label={`${LABELS[a]} prices`}>
            {LABELS[a]}
          </ToggleGroupItem>
        ))}
      </ToggleGroup>
    </div>
  );
}
