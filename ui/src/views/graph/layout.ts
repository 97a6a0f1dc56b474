import dagre from "@dagrejs/dagre";
import type { Edge, Node } from "@xyflow/react";
import type { Graph, GraphNode } from "@/api";

export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 72;

export interface NodeData extends Record<string, unknown> {
  node: GraphNode;
  requested: string[];
  flash: number;
}

export type FlowNode = Node<NodeData, "quiver">;

/** Positions from dagre, left to right in height order (fields on the left, requested columns on the right). */
export function layoutGraph(graph: Graph): { nodes: FlowNode[]; edges: Edge[] } {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: "LR", nodesep: 24, ranksep: 80, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of graph.nodes) g.setNode(n.key, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const e of graph.edges) g.setEdge(e.from, e.to);
  dagre.layout(g);
  const nodes: FlowNode[] = graph.nodes.map((n) => {
    const p = g.node(n.key);
    return {
      id: n.key,
      type: "quiver",
      position: { x: (p?.x ?? 0) - NODE_WIDTH / 2, y: (p?.y ?? 0) - NODE_HEIGHT / 2 },
      data: { node: n, requested: graph.columns.filter((c) => c.node === n.key).map((c) => c.label), flash: 0 },
    };
  });
  const multi = new Set(graph.nodes.filter((n) => n.outputs.length > 1).map((n) => n.key));
  const edges: Edge[] = graph.edges.map((e) => ({
    id: `${e.from}|${e.output}|${e.to}|${e.input}`,
    source: e.from,
    target: e.to,
    label: multi.has(e.from) ? e.output : undefined,
    animated: false,
  }));
  return { nodes, edges };
}
