import { AlertTriangleIcon, RefreshCwIcon, UnplugIcon } from "lucide-react";
import { BadResponseError, HttpError, isExpressionProblem, ProblemError, UnreachableError } from "@/api";
import { ExpressionError } from "@/components/ExpressionError";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export interface ErrorStateProps {
  error: unknown;
  /** What was being done, as in "Loading the watchlist". */
  action?: string;
  onRetry?: () => void;
}

/**
 * A failure explained: the server unreachable (with the URL that was tried), a problem from the
 * server (with the expression and caret for a bad expression), or anything else.
 */
export function ErrorState({ error, action, onRetry }: ErrorStateProps) {
  const retry = onRetry ? (
    <Button variant="outline" size="sm" className="mt-2" onClick={onRetry}>
      <RefreshCwIcon aria-hidden="true" /> Try again
    </Button>
  ) : null;
  if (error instanceof UnreachableError) {
    return (
      <Alert variant="destructive" data-testid="server-unreachable">
        <UnplugIcon aria-hidden="true" />
        <AlertTitle>Server unreachable</AlertTitle>
        <AlertDescription>
          <p>
            Cannot reach the Quiver server at <code className="font-mono">{error.url}</code>.
          </p>
          <p>Start it with <code className="font-mono">./quiver serve</code> (or <code className="font-mono">./quiver demo</code>), then try again.</p>
          {retry}
        </AlertDescription>
      </Alert>
    );
  }
  if (error instanceof ProblemError && isExpressionProblem(error.problem)) {
    return (
      <div className="flex flex-col gap-2">
        <ExpressionError problem={error.problem} />
        {retry}
      </div>
    );
  }
  const { title, detail } = describe(error);
  return (
    <Alert variant="destructive" data-testid="error-state">
      <AlertTriangleIcon aria-hidden="true" />
      <AlertTitle>{action ? `${action} failed: ${title}` : title}</AlertTitle>
      <AlertDescription>
        <p>{detail}</p>
        {retry}
      </AlertDescription>
    </Alert>
  );
}

function describe(error: unknown): { title: string; detail: string } {
  if (error instanceof ProblemError) return { title: error.problem.title, detail: error.problem.detail };
  if (error instanceof HttpError) return { title: `HTTP ${error.status}`, detail: error.message };
  if (error instanceof BadResponseError) return { title: "Unexpected answer", detail: error.message };
  if (error instanceof Error) return { title: "Error", detail: error.message };
  return { title: "Error", detail: String(error) };
}
