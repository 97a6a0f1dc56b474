import type { ExpressionProblem } from "@/api";
import { cn } from "@/lib/utils";

export interface ExpressionErrorProps {
  problem: ExpressionProblem;
  className?: string;
  id?: string;
}

/**
 * A bad expression, shown where it was typed: the expression with a caret under the position of the
 * fault, and the reason. A position at the end (the input ended too early) puts the caret just past
 * the last character.
 */
export function ExpressionError({ problem, className, id }: ExpressionErrorProps) {
  const { expression } = problem;
  const position = Math.max(0, Math.min(problem.position, expression.length));
  const reason = problem.reason ?? problem.detail;
  return (
    <div
      id={id}
      role="alert"
      data-testid="expression-error"
      data-position={position}
      className={cn("rounded-md border border-destructive/40 bg-destructive/5 px-3 py-2 text-sm", className)}
    >
      <pre className="overflow-x-auto font-mono text-xs leading-5" aria-hidden="true">
        <span>{expression}</span>
        {"\n"}
        <span className="text-destructive">{`${" ".repeat(position)}^`}</span>
      </pre>
      <p className="mt-1 text-destructive">
        <span className="sr-only">{`Error in ${expression} at position ${position}: `}</span>
        {reason}
      </p>
    </div>
  );
}
