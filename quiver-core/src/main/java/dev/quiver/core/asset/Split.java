package dev.quiver.core.asset;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stock split: from the ex-date on, each old share is {@code ratio} new shares.
 *
 * <p>A 2-for-1 split has ratio 2, a 7-for-1 ratio 7 and a 1-for-10 reverse split ratio 0.1. Prices
 * before the ex-date are divided by the ratio (and volumes multiplied) in the split-adjusted view.
 *
 * @param exDate the first session at the new share count
 * @param ratio new shares per old share, finite and positive
 * @param origin whether the source stated the split or Quiver inferred it
 */
public record Split(LocalDate exDate, double ratio, ActionOrigin origin) implements CorporateAction {

    /** Checks that the ratio is finite, positive and not 1. */
    public Split {
        Objects.requireNonNull(exDate, "exDate");
        Objects.requireNonNull(origin, "origin");
        if (!(ratio > 0) || Double.isInfinite(ratio) || ratio == 1.0) {
            throw new IllegalArgumentException(
                    "split ratio on " + exDate + " must be positive and not 1, was " + ratio);
        }
    }
}
