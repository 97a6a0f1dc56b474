import { useId, useState, type FormEvent } from "react";
import type { DownloadRequest } from "@/api";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { isIsoDate } from "@/lib/dates";

export interface DownloadFormProps {
  onStart: (request: DownloadRequest) => Promise<void>;
}

const SYMBOL = /^[A-Za-z0-9^][A-Za-z0-9.\-^=_]{0,31}$/;

/** Symbols to fetch (space or comma separated), an optional range and the source. */
export function DownloadForm({ onStart }: DownloadFormProps) {
  const id = useId();
  const [symbols, setSymbols] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [source, setSource] = useState("yahoo");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const list = symbols.split(/[\s,]+/).filter((s) => s.length > 0).map((s) => s.toUpperCase());
    const bad = list.find((s) => !SYMBOL.test(s));
    if (list.length === 0) return setError("write at least one symbol, as in AAPL MSFT");
    if (bad) return setError(`${bad} is not a symbol: 1 to 32 letters, digits or . - ^ = _`);
    if ((from && !isIsoDate(from)) || (to && !isIsoDate(to))) return setError("dates are written as 2016-01-04");
    if (from && to && from > to) return setError("from is after to");
    setError(null);
    setBusy(true);
    try {
      await onStart({ symbols: list, from: from || undefined, to: to || undefined, source });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-2" aria-label="Start a download" noValidate>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor={`${id}-symbols`} className="text-sm font-medium">
            Symbols
          </label>
          <Input
            id={`${id}-symbols`}
            className="font-mono uppercase"
            placeholder="AAPL MSFT BRK.B ^GSPC"
            value={symbols}
            onChange={(e) => setSymbols(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-from`} className="text-sm font-medium">
            From
          </label>
          <Input id={`${id}-from`} type="date" className="w-40" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-to`} className="text-sm font-medium">
            To
          </label>
          <Input id={`${id}-to`} type="date" className="w-40" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-source`} className="text-sm font-medium">
            Source
          </label>
          <NativeSelect id={`${id}-source`} value={source} onChange={(e) => setSource(e.target.value)}>
            <option value="yahoo">Yahoo Finance</option>
            <option value="alphavantage">Alpha Vantage (key)</option>
            <option value="polygon">Polygon (key)</option>
          </NativeSelect>
        </div>
        <Button type="submit" disabled={busy}>
          {busy ? "Starting…" : "Start download"}
        </Button>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </form>
  );
}
