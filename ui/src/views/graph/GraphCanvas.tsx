import { Background, Controls, MarkerType, ReactFlow, type DefaultEdgeOptions, type NodeMouseHandler } from "@xyflow/react";
import { useMemo } from "react";
import type { Graph } from "@/api";
import type { Theme } from "@/lib/theme";
import { layoutGraph, type FlowNode } from "@/views/graph/layout";
import { QuiverNode } from "@/views/graph/QuiverNode";

const NODE_TYPES = { quiver: QuiverNode };
const EDGE_OPTIONS: DefaultEdgeOptions = {
  style: { stroke: "var(--muted-foreground)", strokeWidth: 1.5 },
  markerEnd: { type: MarkerType.ArrowClosed, color: "var(--muted-foreground)" },
};

export interface GraphCanvasProps {
  graph: Graph;
  selected: string | null;
  onSelect: (key: string | null) => void;
  /** How many updates each node has seen, to flash it on the next one. */
  flashes: Record<string, number>;
  theme: Theme;
}

/** The analytics graph laid out by dagre and drawn by React Flow; nodes are selectable with the keyboard too. */
export function GraphCanvas({ graph, selected, onSelect, flashes, theme }: GraphCanvasProps) {
  const layout = useMemo(() => layoutGraph(graph), [graph]);
  const nodes: FlowNode[] = useMemo(
    () => layout.nodes.map((n) => ({ ...n, selected: n.id === selected, data: { ...n.data, flash: flashes[n.id] ?? 0 } })),
    [layout, selected, flashes],
  );
  const onNodeClick: NodeMouseHandler<FlowNode> = (_, node) => onSelect(node.id);
  return (
    <div className="h-[60vh] min-h-96 w-full rounded-md border" data-testid="graph-canvas">
      <ReactFlow
        nodes={nodes}
        edges={layout.edges}
        nodeTypes={NODE_TYPES}
        defaultEdgeOptions={EDGE_OPTIONS}
        onNodeClick={onNodeClick}
        onPaneClick={() => onSelect(null)}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable
        fitView
        minZoom={0.2}
        colorMode={theme}
        proOptions={{ hideAttribution: false }}
        aria-label="Analytics graph"
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
