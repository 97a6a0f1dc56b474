import type { AnalyticParameter } from "@/api";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { constraintOf } from "@/lib/expression";

export interface ParameterFieldProps {
  parameter: AnalyticParameter;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  idPrefix: string;
}

/** One parameter: a number field (empty means the default) or a choice for an enumeration. */
export function ParameterField({ parameter, value, error, onChange, idPrefix }: ParameterFieldProps) {
  const id = `${idPrefix}-${parameter.name}`;
  const help = `${id}-help`;
  const errorId = `${id}-error`;
  const constraint = constraintOf(parameter);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {parameter.name}
        {parameter.keywordOnly ? <span className="ml-1 text-xs font-normal text-muted-foreground">(convention)</span> : null}
      </label>
      {constraint.kind === "enum" ? (
        <NativeSelect id={id} value={value || parameter.defaultValue} onChange={(e) => onChange(e.target.value)} aria-describedby={help}>
          {constraint.values.map((v) => (
            <option key={v} value={v}>
              {v}
              {v === parameter.defaultValue ? " (default)" : ""}
            </option>
          ))}
        </NativeSelect>
      ) : (
        <Input
          id={id}
          inputMode={constraint.kind === "int" ? "numeric" : "decimal"}
          placeholder={parameter.defaultValue}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${help}` : help}
          autoComplete="off"
        />
      )}
      <p id={help} className="text-xs text-muted-foreground">
        {parameter.description}
        {constraint.kind !== "enum" ? ` · ${parameter.allowed}, default ${parameter.defaultValue}` : ""}
      </p>
      {error ? (
        <p id={errorId} role="alert" className="text-xs text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
