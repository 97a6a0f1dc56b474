/**
 * Small run-time checks for JSON from the server: each takes the value and a path such as
 * `frame.columns["rsi(14)"][3]`, and throws a ShapeError naming that path when the value is not of the
 * expected kind.
 */

export type JsonObject = Record<string, unknown>;

/** A response whose JSON does not have the documented shape. */
export class ShapeError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
    readonly found: unknown,
  ) {
    super(`${path}: expected ${expected}, found ${describe(found)}`);
    this.name = "ShapeError";
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 40))}`;
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function object(value: unknown, path: string): JsonObject {
  if (!isObject(value)) throw new ShapeError(path, "an object", value);
  return value;
}

export function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(path, "an array", value);
  return value;
}

export function string(value: unknown, path: string): string {
  if (typeof value !== "string") throw new ShapeError(path, "a string", value);
  return value;
}

export function number(value: unknown, path: string): number {
  if (typeof value !== "number" || Number.isNaN(value)) throw new ShapeError(path, "a number", value);
  return value;
}

export function integer(value: unknown, path: string): number {
  const n = number(value, path);
  if (!Number.isInteger(n)) throw new ShapeError(path, "an integer", value);
  return n;
}

export function boolean(value: unknown, path: string): boolean {
  if (typeof value !== "boolean") throw new ShapeError(path, "true or false", value);
  return value;
}

/** A string, or null when the member is absent or null. */
export function optionalString(value: unknown, path: string): string | null {
  return value === undefined || value === null ? null : string(value, path);
}

/** A number, or null when the member is absent or null. */
export function optionalNumber(value: unknown, path: string): number | null {
  return value === undefined || value === null ? null : number(value, path);
}

export function strings(value: unknown, path: string): string[] {
  return array(value, path).map((item, i) => string(item, `${path}[${i}]`));
}
