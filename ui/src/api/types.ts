/**
 * The shapes of Quiver's HTTP API (see the server's /openapi.json). Every value arrives through the
 * parsers of parse.ts, which check these shapes at run time.
 */

/** An absent value is null, never 0. */
export type Cell = number | null;

/** A frame: one row per timestamp, one column per expression (or per output of one). */
export interface Frame {
  symbol: string;
  /** ISO-8601 session dates (daily bars) or instants (intraday). */
  timestamps: string[];
  /** Column labels in the order the server wrote them. */
  labels: string[];
  columns: Record<string, Cell[]>;
  /** Columns that could not be computed (all null), with the reason. */
  failures: ColumnFailure[];
}

export interface ColumnFailure {
  column: string;
  reason: string;
}

export type AssetClass = "equity" | "etf" | "index" | "fx" | "crypto";

export interface CorporateAction {
  kind: "split" | "dividend";
  exDate: string;
  /** New shares per old share for a split; cash per share for a dividend. */
  value: number;
  origin: string;
}

export interface Asset {
  symbol: string;
  assetClass: string;
  name: string;
  currency: string;
  exchange: string;
  zone: string;
  bars: number;
  first: string | null;
  last: string | null;
  splits: number;
  dividends: number;
  /** Listed only when one asset is shown. */
  actions: CorporateAction[] | null;
}

export type ParameterKind = "int" | "double" | "enum";

export interface AnalyticParameter {
  name: string;
  kind: ParameterKind;
  /** The canonical default as written in an expression. */
  defaultValue: string;
  /** The allowed values in words: "an integer in [2, 100000]", "one of sma, ema". */
  allowed: string;
  /** Only by name: a named convention. */
  keywordOnly: boolean;
  description: string;
}

export interface Analytic {
  name: string;
  family: string;
  description: string;
  /** Default series inputs, such as close or high, low, close; factor has no default. */
  inputs: string[];
  parameters: AnalyticParameter[];
  outputs: string[];
  /** Bars before the first output at the default parameters. */
  lookback: number;
}

export interface GraphNode {
  /** SUBJECT:expression */
  key: string;
  kind: "field" | "analytic";
  name: string;
  /** The normalised expression. */
  expression: string;
  outputs: string[];
  lookback: number;
  /** The first bar with a value when data starts at bar 0: the warm-up. */
  firstDefined: number;
  height: number;
}

export interface GraphEdge {
  from: string;
  output: string;
  to: string;
  input: number;
}

export interface GraphColumn {
  label: string;
  node: string;
  output: string;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  columns: GraphColumn[];
}

/** An RFC 9457 problem; extension members say where the fault is. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  parameter?: string;
  limit?: number;
  expression?: string;
  position?: number;
  reason?: string;
  symbol?: string;
}

/** A problem about an expression, with where in it the fault is. */
export interface ExpressionProblem extends Problem {
  expression: string;
  position: number;
}

export type QueryResult =
  | { symbol: string; status: number; frame: Frame; problem?: undefined }
  | { symbol: string; status: number; frame?: undefined; problem: Problem };

export interface QueryRequest {
  symbols: string[];
  expressions: string[];
  from?: string;
  to?: string;
  align?: "intersect" | "asof";
}

export type Adjustment = "raw" | "split" | "total";

/** One pushed value: event `update` of /api/stream. */
export interface StreamUpdate {
  symbol: string;
  expr: string;
  time: string;
  value: Cell;
  /** True while the bar is still forming. */
  provisional: boolean;
}

export type DownloadState = "queued" | "running" | "done" | "failed" | "cancelled" | string;

export interface DownloadItem {
  symbol: string;
  state: DownloadState;
  bars: number | null;
  error: string | null;
}

export interface DownloadJob {
  id: string;
  state: DownloadState;
  /** Symbols finished (done or failed) and in total. */
  completed: number;
  total: number;
  items: DownloadItem[];
  error: string | null;
}

export interface DownloadRequest {
  symbols: string[];
  from?: string;
  to?: string;
  source?: string;
}

export interface Health {
  status: string;
  time: string;
  uptimeSeconds: number;
}
