import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { formatPrice } from "@/lib/format";
import { FlashValue } from "./FlashValue";

describe("FlashValue", () => {
  it("shouldNotFlashOnItsFirstValue", () => {
    render(<FlashValue value={178.46} format={formatPrice} />);
    expect(screen.getByText("178.46")).not.toHaveAttribute("data-flash");
  });

  it("shouldFlashUpThenDownAsTheValueMoves", () => {
    const { rerender } = render(<FlashValue value={178.46} format={formatPrice} />);
    rerender(<FlashValue value={179.01} format={formatPrice} />);
    expect(screen.getByText("179.01")).toHaveAttribute("data-flash", "up");
    expect(screen.getByText("179.01")).toHaveClass("flash-up");
    rerender(<FlashValue value={177} format={formatPrice} />);
    expect(screen.getByText("177.00")).toHaveAttribute("data-flash", "down");
  });

  it("shouldNotFlashWhenAValueFirstArrives", () => {
    const { rerender } = render(<FlashValue value={null} format={formatPrice} />);
    rerender(<FlashValue value={12} format={formatPrice} />);
    expect(screen.getByText("12.00")).not.toHaveAttribute("data-flash");
  });

  it("shouldColourAChangeBySign", () => {
    render(<FlashValue value={-0.8} format={formatPrice} signed />);
    expect(screen.getByText("-0.80")).toHaveClass("text-down");
  });
});
