import type { Analytic, AnalyticParameter } from "@/api";

/**
 * Writing an analytic's expression from the catalogue: what each parameter allows, whether a value
 * is allowed, and the expression text for chosen values (the grammar of docs/expressions.md).
 */

export type Constraint =
  | { kind: "int" | "double"; min: number; max: number }
  | { kind: "enum"; values: string[] };

const RANGE = /\[\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s*,\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s*\]/;
const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** What a parameter allows, read from the catalogue's words ("an integer in [2, 100000]", "one of a, b"). */
export function constraintOf(parameter: AnalyticParameter): Constraint {
  if (parameter.kind === "enum") {
    const list = parameter.allowed.replace(/^one of\s*/i, "");
    const values = list
      .split(",")
      .map((v) => v.trim())
      .filter((v) => v.length > 0);
    return { kind: "enum", values: values.length > 0 ? values : [parameter.defaultValue] };
  }
  const range = RANGE.exec(parameter.allowed);
  return {
    kind: parameter.kind,
    min: range ? Number(range[1]) : -Number.MAX_VALUE,
    max: range ? Number(range[2]) : Number.MAX_VALUE,
  };
}

/** Why `text` is not an allowed value of the parameter, or null when it is (empty means the default). */
export function parameterError(parameter: AnalyticParameter, text: string): string | null {
  const value = text.trim();
  if (value === "") return null;
  const constraint = constraintOf(parameter);
  if (constraint.kind === "enum") {
    return constraint.values.includes(value.toLowerCase()) ? null : `expected ${parameter.allowed}`;
  }
  if (constraint.kind === "int" && !INTEGER.test(value)) return `expected ${parameter.allowed}`;
  if (constraint.kind === "double" && !NUMBER.test(value)) return `expected ${parameter.allowed}`;
  const n = Number(value);
  if (!Number.isFinite(n) || n < constraint.min || n > constraint.max) return `expected ${parameter.allowed}`;
  return null;
}

/** Inputs with no default field: the caller must name them (a factor's returns, as in returns(close@SPY)). */
export function requiredInputs(analytic: Analytic): string[] {
  return analytic.inputs.filter((input) => input === "factor");
}

/** What the user chose in the picker. */
export interface ExpressionChoice {
  /** Parameter text by name; an empty or missing value means the default. */
  values: Record<string, string>;
  /**
   * Series inputs written out, in the catalogue's order; null for the defaults. With a required
   * input (factor) alone, only that one is written and the others keep their defaults.
   */
  inputs: string[] | null;
  /** One output of a multi-output analytic, or null for all of them. */
  output: string | null;
}

/** Every problem with a choice, by parameter or input name; empty when the expression can be built. */
export function choiceErrors(analytic: Analytic, choice: ExpressionChoice): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const parameter of analytic.parameters) {
    const error = parameterError(parameter, choice.values[parameter.name] ?? "");
    if (error) errors[parameter.name] = error;
  }
  const required = requiredInputs(analytic);
  const inputs = choice.inputs;
  if (inputs) {
    const writtenAll = inputs.every((i) => i.trim() !== "");
    const writtenRequiredOnly =
      required.length > 0 && inputs.slice(0, required.length).every((i) => i.trim() !== "") &&
      inputs.slice(required.length).every((i) => i.trim() === "");
    if (!writtenAll && !writtenRequiredOnly) {
      analytic.inputs.forEach((name, k) => {
        if ((inputs[k] ?? "").trim() === "") errors[`input:${name}`] = "write every input, or none for the defaults";
      });
    }
  } else {
    for (const name of required) errors[`input:${name}`] = `${name} has no default: write it, as in returns(close@SPY)`;
  }
  if (choice.output !== null && !analytic.outputs.includes(choice.output)) {
    errors.output = `expected one of ${analytic.outputs.join(", ")}`;
  }
  return errors;
}

function normalised(parameter: AnalyticParameter, text: string): string {
  const value = text.trim();
  return parameter.kind === "enum" ? value.toLowerCase() : value;
}

function isDefault(parameter: AnalyticParameter, text: string): boolean {
  const value = normalised(parameter, text);
  if (value === "") return true;
  if (parameter.kind === "enum") return value === parameter.defaultValue;
  return Number(value) === Number(parameter.defaultValue);
}

/**
 * The expression of a choice: written inputs first, then positional parameters in the catalogue's
 * order up to the last one changed (at least the leading integer ones, so that it reads `rsi(14)`
 * and `macd(12,26,9)`), then changed keyword-only parameters by name. An enumeration is written by
 * name (`matype=ema`), and so is every positional parameter after it.
 */
export function buildExpression(analytic: Analytic, choice: ExpressionChoice): string {
  const args: string[] = [];
  const inputs = choice.inputs?.map((i) => i.trim()).filter((i) => i !== "") ?? [];
  args.push(...inputs);
  const positional = analytic.parameters.filter((p) => !p.keywordOnly);
  let leadingInts = 0;
  while (leadingInts < positional.length && positional[leadingInts]?.kind === "int") leadingInts++;
  let last = leadingInts - 1;
  positional.forEach((p, k) => {
    if (!isDefault(p, choice.values[p.name] ?? "")) last = Math.max(last, k);
  });
  let byName = false;
  positional.slice(0, last + 1).forEach((p) => {
    const text = normalised(p, choice.values[p.name] ?? "") || p.defaultValue;
    byName = byName || p.kind === "enum";
    args.push(byName ? `${p.name}=${text}` : text);
  });
  for (const p of analytic.parameters.filter((q) => q.keywordOnly)) {
    const text = choice.values[p.name] ?? "";
    if (!isDefault(p, text)) args.push(`${p.name}=${normalised(p, text)}`);
  }
  const selector = choice.output && analytic.outputs.length > 1 ? `.${choice.output}` : "";
  return `${analytic.name}(${args.join(",")})${selector}`;
}

/** Families whose values are prices: drawn over the candles rather than in a pane of their own. */
const OVERLAY_FAMILIES = new Set(["overlap", "price"]);
const OVERLAY_NAMES = new Set(["linearreg", "linearreg_intercept", "tsf", "min", "max"]);

/** Whether an analytic is drawn over the price (sma, bbands) or in its own pane (rsi, macd). */
export function isOverlay(analytic: Analytic): boolean {
  return OVERLAY_FAMILIES.has(analytic.family) || OVERLAY_NAMES.has(analytic.name);
}

/** The analytic an expression calls (its outermost name), or null for a field. */
export function calledName(expression: string): string | null {
  const match = /^\s*([A-Za-z][A-Za-z0-9_]*)\s*\(/.exec(expression);
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * The top-level arguments of a normalised call, as in `rsi(close,timeperiod=14,seed=sma)`:
 * series inputs (positional) and named parameters. Nested calls stay whole.
 */
export function callArguments(expression: string): { inputs: string[]; named: [string, string][] } {
  const open = expression.indexOf("(");
  const close = expression.lastIndexOf(")");
  const inputs: string[] = [];
  const named: [string, string][] = [];
  if (open < 0 || close < open) return { inputs, named };
  let depth = 0;
  let start = open + 1;
  const push = (text: string) => {
    const arg = text.trim();
    if (!arg) return;
    const eq = /^([A-Za-z][A-Za-z0-9_]*)\s*=\s*(.+)$/.exec(arg);
    if (eq?.[1] && eq[2] !== undefined) named.push([eq[1], eq[2]]);
    else inputs.push(arg);
  };
  for (let i = open + 1; i < close; i++) {
    const c = expression[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) {
      push(expression.slice(start, i));
      start = i + 1;
    }
  }
  push(expression.slice(start, close));
  return { inputs, named };
}
