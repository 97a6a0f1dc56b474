import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ProblemError } from "@/api";
import { analytic, CATALOGUE } from "@/test/catalogue";
import { AnalyticForm } from "./AnalyticForm";
import { AnalyticsPicker } from "./AnalyticsPicker";

describe("AnalyticForm", () => {
  it("shouldShowTheDefaultsAndTheirExpression", () => {
    render(<AnalyticForm analytic={analytic("rsi")} onSubmit={vi.fn()} />);
    expect(screen.getByLabelText("timeperiod")).toHaveAttribute("placeholder", "14");
    expect(screen.getByLabelText(/seed/)).toHaveValue("sma");
    expect(screen.getByTestId("expression-preview")).toHaveTextContent("rsi(14)");
  });

  it("shouldRejectAValueOutsideTheAllowedRangeAndDisableAdding", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<AnalyticForm analytic={analytic("sma")} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText("timeperiod"), "1");
    expect(screen.getByRole("alert")).toHaveTextContent("expected an integer in [2, 100000]");
    expect(screen.getByLabelText("timeperiod")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("button", { name: "Add" })).toBeDisabled();
    expect(screen.getByTestId("expression-preview")).toHaveTextContent("—");
    await user.type(screen.getByLabelText("timeperiod"), "5");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByTestId("expression-preview")).toHaveTextContent("sma(15)");
    await user.click(screen.getByRole("button", { name: "Add" }));
    expect(onSubmit).toHaveBeenCalledWith("sma(15)");
  });

  it("shouldRejectAFractionForAnIntegerParameter", async () => {
    const user = userEvent.setup();
    render(<AnalyticForm analytic={analytic("macd")} onSubmit={vi.fn()} />);
    await user.type(screen.getByLabelText("fastperiod"), "1.5");
    expect(screen.getByRole("alert")).toHaveTextContent("expected an integer in [2, 100000]");
  });

  it("shouldOfferTheValuesOfAnEnumeration", async () => {
    const user = userEvent.setup();
    render(<AnalyticForm analytic={analytic("bbands")} onSubmit={vi.fn()} />);
    await user.type(screen.getByLabelText("timeperiod"), "20");
    await user.selectOptions(screen.getByLabelText("matype"), "ema");
    await user.selectOptions(screen.getByLabelText("Output"), "upper");
    expect(screen.getByTestId("expression-preview")).toHaveTextContent("bbands(20,2,2,matype=ema).upper");
  });

  it("shouldRequireTheFactorInput", async () => {
    const user = userEvent.setup();
    render(<AnalyticForm analytic={analytic("alpha_beta")} onSubmit={vi.fn()} />);
    expect(screen.getByRole("button", { name: "Add" })).toBeDisabled();
    await user.type(screen.getByLabelText("Input 1: factor"), "returns(close@SPY)");
    expect(screen.getByTestId("expression-preview")).toHaveTextContent("alpha_beta(returns(close@SPY))");
    expect(screen.getByRole("button", { name: "Add" })).toBeEnabled();
  });

  it("shouldShowTheServersVerdictWithACaret", async () => {
    const user = userEvent.setup();
    const problem = {
      type: "/docs#problem-bad-expression",
      title: "Bad expression",
      status: 400,
      detail: "alpha_beta(returns(close@NOPE)) : unknown asset",
      expression: "alpha_beta(returns(close@NOPE))",
      position: 25,
      reason: "unknown asset 'NOPE' at position 25",
    };
    const onSubmit = vi.fn().mockRejectedValue(new ProblemError(problem, "/api/graph"));
    render(<AnalyticForm analytic={analytic("alpha_beta")} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText("Input 1: factor"), "returns(close@NOPE)");
    await user.click(screen.getByRole("button", { name: "Add" }));
    const error = await screen.findByTestId("expression-error");
    expect(error).toHaveAttribute("data-position", "25");
    expect(error).toHaveTextContent("unknown asset 'NOPE' at position 25");
  });
});

describe("AnalyticsPicker", () => {
  it("shouldBuildItsListFromTheCatalogueAndAddTheChosenExpression", async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn();
    render(<AnalyticsPicker catalogue={CATALOGUE} onAdd={onAdd} />);
    await user.click(screen.getByRole("button", { name: "Add analytic" }));
    await user.type(screen.getByLabelText("Find an analytic"), "stoch");
    expect(screen.queryByRole("button", { name: "sma" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "stochrsi" }));
    await user.click(screen.getByRole("button", { name: "Add" }));
    expect(onAdd).toHaveBeenCalledWith("stochrsi(14,5,3)", expect.objectContaining({ name: "stochrsi" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
