import type { ShapeError } from "./json";
import type { Problem } from "./types";

/** The server could not be reached at all: not listening, or a proxy in front of it says so. */
export class UnreachableError extends Error {
  constructor(
    /** The absolute URL that was tried. */
    readonly url: string,
    detail: string,
  ) {
    super(`Cannot reach the Quiver server at ${url}: ${detail}`);
    this.name = "UnreachableError";
  }
}

/** The server answered with an RFC 9457 problem. */
export class ProblemError extends Error {
  constructor(
    readonly problem: Problem,
    readonly url: string,
  ) {
    super(problem.detail);
    this.name = "ProblemError";
  }
}

/** The server answered with an error status but no problem document. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
    readonly body: string,
  ) {
    super(`${url} answered ${status}${body ? `: ${body.slice(0, 200)}` : ""}`);
    this.name = "HttpError";
  }
}

/** The server answered 2xx with a body that does not have the documented shape. */
export class BadResponseError extends Error {
  constructor(
    readonly url: string,
    readonly shape: ShapeError,
  ) {
    super(`Unexpected answer from ${url}: ${shape.message}`);
    this.name = "BadResponseError";
  }
}

export type ApiError = UnreachableError | ProblemError | HttpError | BadResponseError;

/** Whether a failure came from the API client (rather than a bug in the page). */
export function isApiError(error: unknown): error is ApiError {
  return (
    error instanceof UnreachableError ||
    error instanceof ProblemError ||
    error instanceof HttpError ||
    error instanceof BadResponseError
  );
}

/** Whether a failure is the server's "no such route" (a route that this server does not have yet). */
export function isMissingRoute(error: unknown): boolean {
  return (
    (error instanceof ProblemError && error.problem.status === 404 && error.problem.type.endsWith("not-found")) ||
    (error instanceof HttpError && error.status === 404)
  );
}
