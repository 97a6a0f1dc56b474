import { useEffect, useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { isIsoDate } from "@/lib/dates";

export interface DateRangeFieldsProps {
  from: string | null;
  to: string | null;
  onApply: (range: { from: string | null; to: string | null }) => void;
  /** Quick ranges ending at `latest`, as in 1Y. */
  latest?: string | null;
}

const PRESETS: [string, number][] = [
  ["3M", 92],
  ["1Y", 366],
  ["5Y", 1827],
];

/** From and to dates (inclusive), checked before they are applied, with quick ranges. */
export function DateRangeFields({ from, to, onApply, latest }: DateRangeFieldsProps) {
  const id = useId();
  const [start, setStart] = useState(from ?? "");
  const [end, setEnd] = useState(to ?? "");
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setStart(from ?? "");
    setEnd(to ?? "");
  }, [from, to]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (start && !isIsoDate(start)) return setError("from must be a date, as in 2016-01-04");
    if (end && !isIsoDate(end)) return setError("to must be a date, as in 2016-12-30");
    if (start && end && start > end) return setError("from is after to");
    setError(null);
    onApply({ from: start || null, to: end || null });
  }

  function preset(days: number) {
    if (!latest) return;
    const first = new Date(`${latest}T00:00:00Z`);
    first.setUTCDate(first.getUTCDate() - days);
    onApply({ from: first.toISOString().slice(0, 10), to: latest });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-1" aria-label="Date range" noValidate>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-from`} className="text-sm font-medium">
            From
          </label>
          <Input id={`${id}-from`} type="date" className="w-40" value={start} onChange={(e) => setStart(e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-to`} className="text-sm font-medium">
            To
          </label>
          <Input id={`${id}-to`} type="date" className="w-40" value={end} onChange={(e) => setEnd(e.target.value)} />
        </div>
        <Button type="submit" variant="secondary">
          Apply
        </Button>
        {latest
          ? PRESETS.map(([label, days]) => (
              <Button key={label} variant="ghost" size="sm" onClick={() => preset(days)} aria-label={`Last ${label}`}>
                {label}
              </Button>
            ))
          : null}
      </div>
      {error ? (
        <p role="alert" className="text-xs text-destructive">
          {error}
        </p>
      ) : null}
    </form>
  );
}
