import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { HttpError, ProblemError, UnreachableError } from "@/api";
import { ErrorState } from "./ErrorState";

describe("ErrorState", () => {
  it("shouldNameTheServerItCannotReach", () => {
    render(<ErrorState error={new UnreachableError("http://127.0.0.1:8080", "connect ECONNREFUSED")} />);
    expect(screen.getByTestId("server-unreachable")).toHaveTextContent("Cannot reach the Quiver server at http://127.0.0.1:8080");
  });

  it("shouldShowABadExpressionWithItsCaret", () => {
    const problem = { type: "/docs#problem-bad-expression", title: "Bad expression", status: 400, detail: "x", expression: "rsi(14", position: 6, reason: "expected ',' or ')'" };
    render(<ErrorState error={new ProblemError(problem, "/api/query")} />);
    expect(screen.getByTestId("expression-error")).toHaveAttribute("data-position", "6");
  });

  it("shouldShowTheTitleAndDetailOfAProblem", () => {
    const problem = { type: "/docs#problem-unknown-asset", title: "Unknown asset", status: 404, detail: "unknown symbol 'ZZZ': not in the database" };
    render(<ErrorState error={new ProblemError(problem, "/api/assets/ZZZ")} action="Loading ZZZ" />);
    expect(screen.getByTestId("error-state")).toHaveTextContent("Loading ZZZ failed: Unknown asset");
    expect(screen.getByTestId("error-state")).toHaveTextContent("not in the database");
  });

  it("shouldShowTheStatusOfAnAnswerWithoutProblem", () => {
    render(<ErrorState error={new HttpError(503, "http://localhost/api/assets", "")} />);
    expect(screen.getByTestId("error-state")).toHaveTextContent("HTTP 503");
  });
});
