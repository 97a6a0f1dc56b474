import type { Graph } from "@/api";

/** One graph from several (one per subject): nodes by key once, edges and columns once each. */
export function mergeGraphs(graphs: readonly Graph[]): Graph {
  const nodes = new Map<string, Graph["nodes"][number]>();
  const edges = new Map<string, Graph["edges"][number]>();
  const columns = new Map<string, Graph["columns"][number]>();
  for (const graph of graphs) {
    for (const n of graph.nodes) nodes.set(n.key, n);
    for (const e of graph.edges) edges.set(`${e.from}|${e.output}|${e.to}|${e.input}`, e);
    for (const c of graph.columns) columns.set(`${c.node}|${c.label}`, c);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], columns: [...columns.values()] };
}

/** A node and every node it reads from, directly or not: what recomputes when it updates. */
export function withAncestors(graph: Graph, key: string): Set<string> {
  const found = new Set<string>([key]);
  const stack = [key];
  while (stack.length > 0) {
    const current = stack.pop();
    for (const e of graph.edges) {
      if (e.to === current && !found.has(e.from)) {
        found.add(e.from);
        stack.push(e.from);
      }
    }
  }
  return found;
}

/** The subject of a node key, as in AAPL for `AAPL:rsi(close,timeperiod=14)`. */
export function subjectOf(key: string): string {
  const colon = key.indexOf(":");
  return colon < 0 ? key : key.slice(0, colon);
}
