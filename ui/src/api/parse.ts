import {
  array,
  boolean,
  integer,
  isObject,
  number,
  object,
  optionalNumber,
  optionalString,
  ShapeError,
  string,
  strings,
  type JsonObject,
} from "./json";
import type {
  Analytic,
  AnalyticParameter,
  Asset,
  Cell,
  CorporateAction,
  DownloadItem,
  DownloadJob,
  ExpressionProblem,
  Frame,
  Graph,
  GraphNode,
  Health,
  ParameterKind,
  Problem,
  QueryResult,
  StreamUpdate,
} from "./types";

/**
 * Parsers from the server's JSON to the types of types.ts. Each checks the documented shape and
 * throws a ShapeError naming the first member that does not fit.
 */

export function parseFrame(value: unknown, path = "frame"): Frame {
  const json = object(value, path);
  const symbol = string(json.symbol, `${path}.symbol`);
  const timestamps = strings(json.timestamps, `${path}.timestamps`);
  const raw = object(json.columns, `${path}.columns`);
  const labels = Object.keys(raw);
  const columns: Record<string, Cell[]> = {};
  for (const label of labels) {
    const where = `${path}.columns[${JSON.stringify(label)}]`;
    const cells = array(raw[label], where);
    if (cells.length !== timestamps.length) {
      throw new ShapeError(where, `${timestamps.length} values, one per timestamp`, `${cells.length} values`);
    }
    columns[label] = cells.map((cell, i) => (cell === null ? null : number(cell, `${where}[${i}]`)));
  }
  const failures =
    json.failures === undefined
      ? []
      : array(json.failures, `${path}.failures`).map((item, i) => {
          const f = object(item, `${path}.failures[${i}]`);
          return {
            column: string(f.column, `${path}.failures[${i}].column`),
            reason: string(f.reason, `${path}.failures[${i}].reason`),
          };
        });
  return { symbol, timestamps, labels, columns, failures };
}

/** The problem in a body, or null when the body is not a problem document. */
export function parseProblem(value: unknown): Problem | null {
  if (!isObject(value) || typeof value.title !== "string" || typeof value.status !== "number") {
    return null;
  }
  const problem: Problem = {
    type: typeof value.type === "string" ? value.type : "about:blank",
    title: value.title,
    status: value.status,
    detail: typeof value.detail === "string" ? value.detail : value.title,
  };
  copyString(value, "instance", problem);
  copyString(value, "parameter", problem);
  copyString(value, "expression", problem);
  copyString(value, "reason", problem);
  copyString(value, "symbol", problem);
  if (typeof value.limit === "number") problem.limit = value.limit;
  if (typeof value.position === "number" && Number.isInteger(value.position) && value.position >= 0) {
    problem.position = value.position;
  }
  return problem;
}

function copyString(
  from: JsonObject,
  member: "instance" | "parameter" | "expression" | "reason" | "symbol",
  to: Problem,
): void {
  const v = from[member];
  if (typeof v === "string") to[member] = v;
}

/** Whether a problem names a position in an expression. */
export function isExpressionProblem(problem: Problem): problem is ExpressionProblem {
  return typeof problem.expression === "string" && typeof problem.position === "number";
}

function parseAction(value: unknown, path: string): CorporateAction {
  const json = object(value, path);
  const kind = string(json.kind, `${path}.kind`);
  if (kind !== "split" && kind !== "dividend") throw new ShapeError(`${path}.kind`, "split or dividend", kind);
  return {
    kind,
    exDate: string(json.exDate, `${path}.exDate`),
    value: number(json.value, `${path}.value`),
    origin: optionalString(json.origin, `${path}.origin`) ?? "provided",
  };
}

export function parseAsset(value: unknown, path = "asset"): Asset {
  const json = object(value, path);
  const symbol = string(json.symbol, `${path}.symbol`);
  return {
    symbol,
    assetClass: optionalString(json.class, `${path}.class`) ?? "equity",
    name: optionalString(json.name, `${path}.name`) ?? symbol,
    currency: optionalString(json.currency, `${path}.currency`) ?? "",
    exchange: optionalString(json.exchange, `${path}.exchange`) ?? "",
    zone: optionalString(json.zone, `${path}.zone`) ?? "UTC",
    bars: optionalNumber(json.bars, `${path}.bars`) ?? 0,
    first: optionalString(json.first, `${path}.first`),
    last: optionalString(json.last, `${path}.last`),
    splits: optionalNumber(json.splits, `${path}.splits`) ?? 0,
    dividends: optionalNumber(json.dividends, `${path}.dividends`) ?? 0,
    actions:
      json.actions === undefined || json.actions === null
        ? null
        : array(json.actions, `${path}.actions`).map((a, i) => parseAction(a, `${path}.actions[${i}]`)),
  };
}

export function parseAssets(value: unknown): Asset[] {
  return array(value, "assets").map((item, i) => parseAsset(item, `assets[${i}]`));
}

const KINDS: readonly ParameterKind[] = ["int", "double", "enum"];

function parseParameter(value: unknown, path: string): AnalyticParameter {
  const json = object(value, path);
  const kind = string(json.kind, `${path}.kind`);
  if (!KINDS.includes(kind as ParameterKind)) throw new ShapeError(`${path}.kind`, "int, double or enum", kind);
  return {
    name: string(json.name, `${path}.name`),
    kind: kind as ParameterKind,
    defaultValue: string(json.defaultValue, `${path}.defaultValue`),
    allowed: optionalString(json.allowed, `${path}.allowed`) ?? "",
    keywordOnly: json.keywordOnly === undefined ? false : boolean(json.keywordOnly, `${path}.keywordOnly`),
    description: optionalString(json.description, `${path}.description`) ?? "",
  };
}

export function parseCatalogue(value: unknown): Analytic[] {
  return array(value, "analytics").map((item, i): Analytic => {
    const path = `analytics[${i}]`;
    const json = object(item, path);
    return {
      name: string(json.name, `${path}.name`),
      family: string(json.family, `${path}.family`),
      description: optionalString(json.description, `${path}.description`) ?? "",
      inputs: strings(json.inputs, `${path}.inputs`),
      parameters: array(json.parameters, `${path}.parameters`).map((p, k) =>
        parseParameter(p, `${path}.parameters[${k}]`),
      ),
      outputs: strings(json.outputs, `${path}.outputs`),
      lookback: integer(json.lookback, `${path}.lookback`),
    };
  });
}

export function parseGraph(value: unknown): Graph {
  const json = object(value, "graph");
  const nodes = array(json.nodes, "graph.nodes").map((item, i): GraphNode => {
    const path = `graph.nodes[${i}]`;
    const n = object(item, path);
    const kind = string(n.kind, `${path}.kind`);
    if (kind !== "field" && kind !== "analytic") throw new ShapeError(`${path}.kind`, "field or analytic", kind);
    return {
      key: string(n.key, `${path}.key`),
      kind,
      name: string(n.name, `${path}.name`),
      expression: string(n.expression, `${path}.expression`),
      outputs: strings(n.outputs, `${path}.outputs`),
      lookback: integer(n.lookback, `${path}.lookback`),
      firstDefined: integer(n.firstDefined, `${path}.firstDefined`),
      height: integer(n.height, `${path}.height`),
    };
  });
  const edges = array(json.edges, "graph.edges").map((item, i) => {
    const path = `graph.edges[${i}]`;
    const e = object(item, path);
    return {
      from: string(e.from, `${path}.from`),
      output: string(e.output, `${path}.output`),
      to: string(e.to, `${path}.to`),
      input: integer(e.input, `${path}.input`),
    };
  });
  const columns = array(json.columns, "graph.columns").map((item, i) => {
    const path = `graph.columns[${i}]`;
    const c = object(item, path);
    return {
      label: string(c.label, `${path}.label`),
      node: string(c.node, `${path}.node`),
      output: string(c.output, `${path}.output`),
    };
  });
  return { nodes, edges, columns };
}

export function parseQueryResponse(value: unknown): QueryResult[] {
  const json = object(value, "query");
  return array(json.results, "query.results").map((item, i): QueryResult => {
    const path = `query.results[${i}]`;
    const r = object(item, path);
    const symbol = string(r.symbol, `${path}.symbol`);
    const status = integer(r.status, `${path}.status`);
    if (r.frame !== undefined && r.frame !== null) {
      return { symbol, status, frame: parseFrame(r.frame, `${path}.frame`) };
    }
    const problem = parseProblem(r.problem);
    if (!problem) throw new ShapeError(`${path}`, "a frame or a problem", r);
    return { symbol, status, problem };
  });
}

export function parseStreamUpdate(value: unknown): StreamUpdate {
  const json = object(value, "update");
  return {
    symbol: string(json.symbol, "update.symbol"),
    expr: string(json.expr, "update.expr"),
    time: string(json.time, "update.time"),
    value: json.value === null ? null : number(json.value, "update.value"),
    provisional: json.provisional === undefined ? false : boolean(json.provisional, "update.provisional"),
  };
}

export function parseHealth(value: unknown): Health {
  const json = object(value, "health");
  return {
    status: string(json.status, "health.status"),
    time: optionalString(json.time, "health.time") ?? "",
    uptimeSeconds: optionalNumber(json.uptimeSeconds, "health.uptimeSeconds") ?? 0,
  };
}

/** The message of a failed item, whether the server writes it as text or as a problem. */
function itemError(json: JsonObject, path: string): string | null {
  const problem = parseProblem(json.problem);
  if (problem) return problem.detail;
  return optionalString(json.error ?? json.message, `${path}.error`);
}

function parseDownloadItem(value: unknown, path: string): DownloadItem {
  const json = object(value, path);
  return {
    symbol: string(json.symbol, `${path}.symbol`),
    state: optionalString(json.state ?? json.status, `${path}.state`) ?? "queued",
    bars: optionalNumber(json.bars, `${path}.bars`),
    error: itemError(json, path),
  };
}

/**
 * A download job as GET /api/downloads/{id} describes it: `{id, state, completed, total, items:
 * [{symbol, state, bars, error}]}`. The per-symbol list may also be called `symbols` or `results`,
 * and a problem object may stand for an error message.
 */
export function parseDownloadJob(value: unknown): DownloadJob {
  const json = object(value, "download");
  const id = json.id;
  if (typeof id !== "string" && typeof id !== "number") throw new ShapeError("download.id", "an id", id);
  const list = json.items ?? json.symbols ?? json.results ?? [];
  const items = array(list, "download.items").map((item, i) =>
    typeof item === "string"
      ? { symbol: item, state: "queued", bars: null, error: null }
      : parseDownloadItem(item, `download.items[${i}]`),
  );
  const finished = items.filter((item) => isFinished(item.state)).length;
  return {
    id: String(id),
    state: optionalString(json.state ?? json.status, "download.state") ?? "running",
    completed: optionalNumber(json.completed ?? json.done, "download.completed") ?? finished,
    total: optionalNumber(json.total, "download.total") ?? items.length,
    items,
    error: itemError(json, "download"),
  };
}

/** Whether a job or item state is final. */
export function isFinished(state: string): boolean {
  return ["done", "failed", "cancelled", "succeeded", "completed", "error"].includes(state);
}
