import { useId, useState, type FormEvent } from "react";
import type { Asset } from "@/api";
import { Link } from "@/components/Link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { downloadsHref } from "@/routes";

export interface AddAssetFormProps {
  assets: Asset[];
  present: string[];
  onAdd: (symbol: string) => void;
}

/** Adds a stored asset to the watchlist; suggests the symbols the server holds. */
export function AddAssetForm({ assets, present, onAdd }: AddAssetFormProps) {
  const id = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const symbol = text.trim().toUpperCase();
    if (!symbol) return;
    if (present.includes(symbol)) {
      setError(`${symbol} is already in the watchlist`);
      return;
    }
    if (!assets.some((a) => a.symbol === symbol)) {
      setError(`${symbol} is not in the database`);
      return;
    }
    setError(null);
    setText("");
    onAdd(symbol);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-1" noValidate>
      <label htmlFor={id} className="text-sm font-medium">
        Add an asset
      </label>
      <div className="flex gap-2">
        <Input
          id={id}
          list={`${id}-symbols`}
          className="w-40 font-mono uppercase"
          placeholder="AAPL"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          autoComplete="off"
        />
        <datalist id={`${id}-symbols`}>
          {assets
            .filter((a) => !present.includes(a.symbol))
            .map((a) => (
              <option key={a.symbol} value={a.symbol}>
                {a.name}
              </option>
            ))}
        </datalist>
        <Button type="submit" variant="secondary">
          Add
        </Button>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-destructive">
          {error}
          {error.endsWith("database") ? (
            <>
              {" "}
              · <Link className="underline" href={downloadsHref()}>download it</Link>
            </>
          ) : null}
        </p>
      ) : null}
    </form>
  );
}
