import { useRef } from "react";
import type { Cell } from "@/api";
import { cn } from "@/lib/utils";

export interface FlashValueProps {
  value: Cell | undefined;
  format: (value: Cell | undefined) => string;
  className?: string;
  /** Colour by sign (changes), rather than by direction of the last move. */
  signed?: boolean;
}

/**
 * A number that flashes green or red for a moment when it changes: the element is re-keyed on each
 * change so that the CSS animation starts again.
 */
export function FlashValue({ value, format, className, signed }: FlashValueProps) {
  const previous = useRef<Cell | undefined>(value);
  const generation = useRef(0);
  const direction = useRef<"up" | "down" | null>(null);
  if (value !== previous.current) {
    if (typeof value === "number" && typeof previous.current === "number") {
      direction.current = value >= previous.current ? "up" : "down";
      generation.current += 1;
    }
    previous.current = value;
  }
  const sign = signed && typeof value === "number" ? (value > 0 ? "text-up" : value < 0 ? "text-down" : "") : "";
  return (
    <span
      key={generation.current}
      data-flash={generation.current > 0 ? direction.current ?? undefined : undefined}
      className={cn(
        "inline-block rounded px-1 font-mono tabular-nums",
        generation.current > 0 && direction.current === "up" && "flash-up",
        generation.current > 0 && direction.current === "down" && "flash-down",
        sign,
        className,
      )}
    >
      {format(value)}
    </span>
  );
}
