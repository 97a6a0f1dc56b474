import { Handle, Position, type NodeProps } from "@xyflow/react";
import { cn } from "@/lib/utils";
import { NODE_HEIGHT, NODE_WIDTH, type FlowNode } from "@/views/graph/layout";

/** A node of the analytics graph: its name, its expression, lookback and warm-up. */
export function QuiverNode({ data, selected }: NodeProps<FlowNode>) {
  const { node, requested, flash } = data;
  const field = node.kind === "field";
  return (
    <div
      key={flash}
      data-testid="graph-node"
      data-key={node.key}
      data-flash={flash}
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT }}
      className={cn(
        "flex flex-col justify-center gap-0.5 border bg-card px-3 text-card-foreground shadow-sm",
        field ? "rounded-full" : "rounded-md",
        requested.length > 0 && "border-primary border-2",
        selected && "ring-2 ring-ring",
        flash > 0 && "node-flash",
      )}
    >
      <Handle type="target" position={Position.Left} className="!bg-muted-foreground" isConnectable={false} />
      <div className="flex items-center gap-2">
        <span className="font-mono text-sm font-semibold">{node.name}</span>
        <span className="text-[10px] text-muted-foreground uppercase">{node.kind}</span>
        <span className="ml-auto text-[10px] text-muted-foreground" title="lookback · first defined bar">
          {node.lookback} · {node.firstDefined}
        </span>
      </div>
      <div className="truncate font-mono text-[11px] text-muted-foreground" title={node.key}>
        {node.key}
      </div>
      {requested.length > 0 ? (
        <div className="truncate text-[10px] text-primary" title={requested.join(", ")}>
          → {requested.join(", ")}
        </div>
      ) : null}
      <Handle type="source" position={Position.Right} className="!bg-muted-foreground" isConnectable={false} />
    </div>
  );
}
