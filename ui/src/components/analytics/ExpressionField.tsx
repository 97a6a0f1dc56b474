import { useId, useState, type FormEvent } from "react";
import { isExpressionProblem, ProblemError, type ExpressionProblem } from "@/api";
import { ExpressionError } from "@/components/ExpressionError";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export interface ExpressionFieldProps {
  label: string;
  placeholder?: string;
  submitLabel?: string;
  /** Checks and uses the expression; a rejection with a bad-expression problem is shown under the field. */
  onSubmit: (expression: string) => Promise<void> | void;
}

/** A field for any expression, with the server's error shown inline with a caret at its position. */
export function ExpressionField({ label, placeholder = "sma(rsi(14), 5)", submitLabel = "Add", onSubmit }: ExpressionFieldProps) {
  const id = useId();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ExpressionProblem | string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const expression = text.trim();
    if (!expression) return;
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(expression);
      setText("");
    } catch (error) {
      if (error instanceof ProblemError && isExpressionProblem(error.problem)) setFailure(error.problem);
      else setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  const errorId = `${id}-error`;
  return (
    <form onSubmit={submit} className="flex flex-col gap-1.5" noValidate>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <Input
          id={id}
          className="font-mono"
          value={text}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={failure ? true : undefined}
          aria-describedby={failure ? errorId : undefined}
          onChange={(e) => {
            setText(e.target.value);
            if (failure) setFailure(null);
          }}
        />
        <Button type="submit" variant="secondary" disabled={busy || text.trim() === ""}>
          {busy ? "Checking…" : submitLabel}
        </Button>
      </div>
      {typeof failure === "string" ? (
        <p id={errorId} role="alert" className="text-sm text-destructive">
          {failure}
        </p>
      ) : failure ? (
        <ExpressionError id={errorId} problem={failure} />
      ) : null}
    </form>
  );
}
