import { useId, useMemo, useState, type FormEvent } from "react";
import { isExpressionProblem, ProblemError, type Analytic, type ExpressionProblem } from "@/api";
import { ParameterField } from "@/components/analytics/ParameterField";
import { ExpressionError } from "@/components/ExpressionError";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { buildExpression, choiceErrors, requiredInputs, type ExpressionChoice } from "@/lib/expression";

export interface AnalyticFormProps {
  analytic: Analytic;
  /** Adds the expression; a rejection with a problem is shown in the form. */
  onSubmit: (expression: string) => Promise<void> | void;
  submitLabel?: string;
}

/**
 * The parameters of one analytic with their defaults, checked as they are typed against what the
 * catalogue allows; the expression they make is previewed, and the server's verdict on it is shown
 * with a caret at the fault.
 */
export function AnalyticForm({ analytic, onSubmit, submitLabel = "Add" }: AnalyticFormProps) {
  const idPrefix = useId();
  const needsInputs = requiredInputs(analytic).length > 0;
  const [values, setValues] = useState<Record<string, string>>({});
  const [inputs, setInputs] = useState<string[] | null>(needsInputs ? analytic.inputs.map(() => "") : null);
  const [output, setOutput] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ExpressionProblem | string | null>(null);

  const choice: ExpressionChoice = { values, inputs, output };
  const errors = choiceErrors(analytic, choice);
  const valid = Object.keys(errors).length === 0;
  const expression = useMemo(() => buildExpression(analytic, { values, inputs, output }), [analytic, values, inputs, output]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid) return;
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(expression);
    } catch (error) {
      if (error instanceof ProblemError && isExpressionProblem(error.problem)) setFailure(error.problem);
      else setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" aria-label={`Parameters of ${analytic.name}`} noValidate>
      <div>
        <h3 className="font-mono text-base font-semibold">{analytic.name}</h3>
        <p className="text-sm text-muted-foreground">{analytic.description}</p>
        <p className="text-xs text-muted-foreground">
          {analytic.family} · inputs {analytic.inputs.join(", ")} · outputs {analytic.outputs.join(", ")} · lookback {analytic.lookback}
        </p>
      </div>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">Inputs</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={inputs !== null}
            disabled={needsInputs}
            onChange={(e) => setInputs(e.target.checked ? analytic.inputs.map(() => "") : null)}
          />
          Write the inputs {needsInputs ? "(required: factor has no default)" : `(default: ${analytic.inputs.join(", ")})`}
        </label>
        {inputs
          ? analytic.inputs.map((name, k) => {
              const id = `${idPrefix}-input-${k}`;
              const error = errors[`input:${name}`];
              return (
                <div key={name} className="flex flex-col gap-1">
                  <label htmlFor={id} className="text-sm">
                    Input {k + 1}: {name}
                  </label>
                  <Input
                    id={id}
                    className="font-mono"
                    placeholder={name === "factor" ? "returns(close@SPY)" : name}
                    value={inputs[k] ?? ""}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                    onChange={(e) => setInputs(inputs.map((v, j) => (j === k ? e.target.value : v)))}
                  />
                  {error ? (
                    <p id={`${id}-error`} className="text-xs text-destructive">
                      {error}
                    </p>
                  ) : null}
                </div>
              );
            })
          : null}
      </fieldset>

      {analytic.parameters.length > 0 ? (
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-1 text-sm font-medium">Parameters</legend>
          {analytic.parameters.map((p) => (
            <ParameterField
              key={p.name}
              idPrefix={idPrefix}
              parameter={p}
              value={values[p.name] ?? ""}
              error={errors[p.name]}
              onChange={(v) => setValues({ ...values, [p.name]: v })}
            />
          ))}
        </fieldset>
      ) : null}

      {analytic.outputs.length > 1 ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${idPrefix}-output`} className="text-sm font-medium">
            Output
          </label>
          <NativeSelect id={`${idPrefix}-output`} value={output ?? ""} onChange={(e) => setOutput(e.target.value || null)}>
            <option value="">all outputs ({analytic.outputs.join(", ")})</option>
            {analytic.outputs.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </NativeSelect>
        </div>
      ) : null}

      <div className="flex flex-col gap-1">
        <span className="text-sm font-medium" id={`${idPrefix}-preview-label`}>
          Expression
        </span>
        <code
          aria-labelledby={`${idPrefix}-preview-label`}
          data-testid="expression-preview"
          className="rounded-md bg-muted px-3 py-2 font-mono text-sm"
        >
          {valid ? expression : "—"}
        </code>
      </div>

      {typeof failure === "string" ? (
        <p role="alert" className="text-sm text-destructive">
          {failure}
        </p>
      ) : failure ? (
        <ExpressionError problem={failure} />
      ) : null}

      <div className="flex justify-end">
        <Button type="submit" disabled={!valid || busy}>
          {busy ? "Checking…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
