import { describe, expect, it } from "vitest";
import { analytic } from "@/test/catalogue";
import { buildExpression, callArguments, choiceErrors, constraintOf, isOverlay, parameterError } from "./expression";

const none = { values: {}, inputs: null, output: null };

describe("constraintOf", () => {
  it("shouldReadIntegerRangesAndEnumerationsFromTheCatalogue", () => {
    const [timeperiod] = analytic("sma").parameters;
    expect(timeperiod && constraintOf(timeperiod)).toEqual({ kind: "int", min: 2, max: 100000 });
    const matype = analytic("bbands").parameters.find((p) => p.name === "matype");
    expect(matype && constraintOf(matype)).toEqual({ kind: "enum", values: ["sma", "ema", "wma", "dema", "tema", "trima", "kama", "t3"] });
    const nbdevup = analytic("bbands").parameters.find((p) => p.name === "nbdevup");
    expect(nbdevup && constraintOf(nbdevup)).toEqual({ kind: "double", min: -3e37, max: 3e37 });
  });
});

describe("parameterError", () => {
  const timeperiod = analytic("sma").parameters[0]!;
  const nbdevup = analytic("bbands").parameters.find((p) => p.name === "nbdevup")!;
  it("shouldAcceptEmptyAsTheDefault", () => expect(parameterError(timeperiod, " ")).toBeNull());
  it("shouldRejectAnIntegerBelowTheRange", () => expect(parameterError(timeperiod, "1")).toBe("expected an integer in [2, 100000]"));
  it("shouldRejectAFractionForAnInteger", () => expect(parameterError(timeperiod, "2.5")).toMatch(/integer/));
  it("shouldRejectText", () => expect(parameterError(timeperiod, "ten")).toMatch(/integer/));
  it("shouldAcceptADecimalWithExponentForADouble", () => expect(parameterError(nbdevup, "2.5e0")).toBeNull());
  it("shouldRejectANumberWithoutLeadingDigit", () => expect(parameterError(nbdevup, ".5")).not.toBeNull());
});

describe("buildExpression", () => {
  it("shouldWriteTheLeadingIntegerParameters", () => {
    expect(buildExpression(analytic("rsi"), none)).toBe("rsi(14)");
    expect(buildExpression(analytic("macd"), none)).toBe("macd(12,26,9)");
    expect(buildExpression(analytic("obv"), none)).toBe("obv()");
  });

  it("shouldWriteAChangedValue", () => {
    expect(buildExpression(analytic("sma"), { ...none, values: { timeperiod: "20" } })).toBe("sma(20)");
  });

  it("shouldWriteAnEnumerationAndWhatFollowsByName", () => {
    expect(buildExpression(analytic("bbands"), { ...none, values: { timeperiod: "20", matype: "EMA" } })).toBe("bbands(20,2,2,matype=ema)");
  });

  it("shouldWriteChangedConventionsByName", () => {
    expect(buildExpression(analytic("ema"), { ...none, values: { timeperiod: "10", seed: "first" } })).toBe("ema(10,seed=first)");
    expect(buildExpression(analytic("sharpe_ratio"), { ...none, values: { window: "63" } })).toBe("sharpe_ratio(window=63)");
  });

  it("shouldPutWrittenInputsFirstAndSelectAnOutput", () => {
    const choice = { values: { timeperiod: "60" }, inputs: ["close@SPY", "close"], output: null };
    expect(buildExpression(analytic("beta"), choice)).toBe("beta(close@SPY,close,60)");
    expect(buildExpression(analytic("macd"), { ...none, output: "signal" })).toBe("macd(12,26,9).signal");
  });

  it("shouldWriteARequiredFactorAlone", () => {
    expect(buildExpression(analytic("alpha_beta"), { values: {}, inputs: ["returns(close@SPY)", ""], output: "alpha" })).toBe(
      "alpha_beta(returns(close@SPY)).alpha",
    );
  });
});

describe("choiceErrors", () => {
  it("shouldRequireTheFactorOfAlphaBeta", () => {
    expect(choiceErrors(analytic("alpha_beta"), none)).toHaveProperty("input:factor");
    expect(choiceErrors(analytic("alpha_beta"), { ...none, inputs: ["returns(close@SPY)", ""] })).toEqual({});
  });

  it("shouldRequireEveryInputOrNone", () => {
    expect(choiceErrors(analytic("beta"), { ...none, inputs: ["close@SPY", ""] })).toHaveProperty("input:low");
  });
});

describe("isOverlay", () => {
  it("shouldDrawPriceScaledAnalyticsOnThePrice", () => {
    expect(isOverlay(analytic("sma"))).toBe(true);
    expect(isOverlay(analytic("bbands"))).toBe(true);
    expect(isOverlay(analytic("rsi"))).toBe(false);
    expect(isOverlay(analytic("macd"))).toBe(false);
  });
});

describe("callArguments", () => {
  it("shouldSplitTopLevelArgumentsOnly", () => {
    expect(callArguments("sma(rsi(close,timeperiod=14,seed=sma),timeperiod=5)")).toEqual({
      inputs: ["rsi(close,timeperiod=14,seed=sma)"],
      named: [["timeperiod", "5"]],
    });
  });
});
