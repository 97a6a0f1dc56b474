import { ArrowDownToLineIcon, ArrowUpToLineIcon, XIcon } from "lucide-react";
import { isExpressionProblem, ProblemError } from "@/api";
import { ExpressionError } from "@/components/ExpressionError";
import { Button } from "@/components/ui/button";
import type { StudyResult } from "@/views/asset/use-asset-data";

export interface StudyListProps {
  overlays: string[];
  panes: string[];
  results: Record<string, StudyResult>;
  onRemove: (expr: string) => void;
  onMove: (expr: string) => void;
}

/** The studies on the chart, each removable and movable between the price pane and a pane of its own. */
export function StudyList({ overlays, panes, results, onRemove, onMove }: StudyListProps) {
  const all = [...overlays.map((e) => ({ expr: e, overlay: true })), ...panes.map((e) => ({ expr: e, overlay: false }))];
  if (all.length === 0) return <p className="text-sm text-muted-foreground">No study: add one with the picker or an expression.</p>;
  return (
    <ul className="flex flex-col gap-2" aria-label="Studies">
      {all.map(({ expr, overlay }) => {
        const result = results[expr];
        const error = result?.status === "error" ? result.error : null;
        return (
          <li key={`${overlay ? "o" : "p"}:${expr}`} className="flex flex-col gap-1">
            <div className="flex items-center gap-2">
              <code className="font-mono text-sm">{expr}</code>
              <span className="text-xs text-muted-foreground">{overlay ? "on price" : "own pane"}</span>
              {result?.status === "loading" ? <span className="text-xs text-muted-foreground">loading…</span> : null}
              <Button
                variant="ghost"
                size="icon-sm"
                className="ml-auto"
                onClick={() => onMove(expr)}
                aria-label={overlay ? `Show ${expr} in its own pane` : `Show ${expr} on the price`}
                title={overlay ? "Own pane" : "On the price"}
              >
                {overlay ? <ArrowDownToLineIcon aria-hidden="true" /> : <ArrowUpToLineIcon aria-hidden="true" />}
              </Button>
              <Button variant="ghost" size="icon-sm" onClick={() => onRemove(expr)} aria-label={`Remove ${expr}`} title="Remove">
                <XIcon aria-hidden="true" />
              </Button>
            </div>
            {error instanceof ProblemError && isExpressionProblem(error.problem) ? (
              <ExpressionError problem={error.problem} />
            ) : error ? (
              <p role="alert" className="text-xs text-destructive">
                {error instanceof Error ? error.message : String(error)}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
