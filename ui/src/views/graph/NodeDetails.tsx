import { api, type Analytic, type Asset, type Graph, type GraphNode } from "@/api";
import { ErrorState } from "@/components/states/ErrorState";
import { addDays } from "@/lib/dates";
import { callArguments } from "@/lib/expression";
import { formatValue } from "@/lib/format";
import { useAsync } from "@/lib/use-async";
import { subjectOf } from "@/views/graph/merge-graphs";

export interface NodeDetailsProps {
  node: GraphNode;
  graph: Graph;
  catalogue: Analytic[];
  assets: Asset[];
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-muted-foreground">{term}</dt>
      <dd className="min-w-0 font-mono break-all">{children}</dd>
    </>
  );
}

/** What a node is: its definition from the catalogue, parameters and conventions, lookback, warm-up and latest value. */
export function NodeDetails({ node, graph, catalogue, assets }: NodeDetailsProps) {
  const analytic = node.kind === "analytic" ? catalogue.find((a) => a.name === node.name) : undefined;
  const { named } = callArguments(node.expression);
  const conventions = new Set(analytic?.parameters.filter((p) => p.keywordOnly).map((p) => p.name));
  const inputs = graph.edges.filter((e) => e.to === node.key).sort((a, b) => a.input - b.input);
  const consumers = graph.edges.filter((e) => e.from === node.key);
  const subject = subjectOf(node.key);
  const last = assets.find((a) => a.symbol === subject)?.last ?? undefined;
  const value = useAsync(
    (signal) => api.pull(subject, [node.expression], { from: last ? addDays(last, -10) : undefined, to: last }, signal),
    [subject, node.expression, last],
  );
  const frame = value.value;
  const date = frame?.timestamps[frame.timestamps.length - 1];

  return (
    <section aria-label={`Node ${node.key}`} className="flex flex-col gap-3 text-sm" data-testid="node-details">
      <div>
        <h2 className="font-mono text-base font-semibold">{node.name}</h2>
        <p className="text-muted-foreground">{analytic?.description ?? (node.kind === "field" ? `The ${node.name} field of ${subject}` : "")}</p>
      </div>
      <dl className="grid grid-cols-[7rem_1fr] gap-x-2 gap-y-1">
        <Row term="key">{node.key}</Row>
        <Row term="kind">{node.kind}</Row>
        <Row term="definition">{node.expression}</Row>
        <Row term="outputs">{node.outputs.join(", ")}</Row>
        <Row term="lookback">{node.lookback} bars</Row>
        <Row term="warm-up">first value at bar {node.firstDefined}</Row>
        <Row term="height">{node.height}</Row>
      </dl>
      {named.length > 0 ? (
        <div>
          <h3 className="mb-1 font-medium">Parameters</h3>
          <dl className="grid grid-cols-[7rem_1fr] gap-x-2 gap-y-1">
            {named.map(([name, v]) => (
              <Row key={name} term={conventions.has(name) ? `${name} (convention)` : name}>
                {v}
                {analytic?.parameters.find((p) => p.name === name)?.defaultValue === v ? " (default)" : ""}
              </Row>
            ))}
          </dl>
        </div>
      ) : null}
      <div>
        <h3 className="mb-1 font-medium">Inputs</h3>
        {inputs.length === 0 ? <p className="text-muted-foreground">none: read from the bars</p> : (
          <ul className="font-mono text-xs">
            {inputs.map((e) => (
              <li key={`${e.from}|${e.input}`}>
                {e.input}: {e.from}
                {e.output !== subjectless(e.from) ? `.${e.output}` : ""}
              </li>
            ))}
          </ul>
        )}
        <h3 className="mt-2 mb-1 font-medium">Used by</h3>
        {consumers.length === 0 ? <p className="text-muted-foreground">a requested column</p> : (
          <ul className="font-mono text-xs">
            {consumers.map((e) => (
              <li key={`${e.to}|${e.input}`}>{e.to}</li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="mb-1 font-medium">Latest value{date ? ` (${date})` : ""}</h3>
        {value.status === "error" ? (
          <ErrorState error={value.error} />
        ) : frame ? (
          <dl className="grid grid-cols-[7rem_1fr] gap-x-2 gap-y-1" data-testid="node-value">
            {frame.labels.map((label, k) => {
              const column = frame.columns[label] ?? [];
              return (
                <Row key={label} term={node.outputs[k] ?? label}>
                  {formatValue(column[column.length - 1] ?? null)}
                </Row>
              );
            })}
          </dl>
        ) : (
          <p className="text-muted-foreground">loading…</p>
        )}
      </div>
    </section>
  );
}

function subjectless(key: string): string {
  return key.slice(key.indexOf(":") + 1);
}
