import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ExpressionProblem } from "@/api";
import { ExpressionError } from "./ExpressionError";

function problem(expression: string, position: number, reason: string): ExpressionProblem {
  return { type: "/docs#problem-bad-expression", title: "Bad expression", status: 400, detail: `${expression} : ${reason}`, expression, position, reason };
}

function caretLine(): string {
  const pre = screen.getByTestId("expression-error").querySelector("pre");
  return pre?.textContent?.split("\n")[1] ?? "";
}

describe("ExpressionError", () => {
  it("shouldPutTheCaretUnderThePosition", () => {
    render(<ExpressionError problem={problem("smaa(3)", 0, "unknown analytic 'smaa' at position 0")} />);
    expect(caretLine()).toBe("^");
    expect(screen.getByRole("alert")).toHaveTextContent("unknown analytic 'smaa' at position 0");
  });

  it("shouldPutTheCaretPastTheEndWhenTheInputEndedEarly", () => {
    render(<ExpressionError problem={problem("sma(20", 6, "expected ',' or ')' at position 6, found end of input")} />);
    const pre = screen.getByTestId("expression-error").querySelector("pre");
    expect(pre?.textContent?.split("\n")[0]).toBe("sma(20");
    expect(caretLine()).toBe("      ^");
  });

  it("shouldPointInsideTheExpression", () => {
    render(<ExpressionError problem={problem("sma(20)) ", 7, "expected end of input at position 7, found ')'")} />);
    expect(caretLine()).toBe("       ^");
    expect(screen.getByTestId("expression-error")).toHaveAttribute("data-position", "7");
  });

  it("shouldKeepAPositionPastTheTextOnTheLastColumn", () => {
    render(<ExpressionError problem={problem("rsi(", 99, "expected an argument")} />);
    expect(caretLine()).toBe("    ^");
  });

  it("shouldTellScreenReadersWhereTheFaultIs", () => {
    render(<ExpressionError problem={problem("sma(20", 6, "expected ',' or ')'")} />);
    expect(screen.getByRole("alert")).toHaveTextContent("Error in sma(20 at position 6");
  });
});
