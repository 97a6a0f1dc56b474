package dev.quiver.core.asset;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A cash dividend per share, in the asset's currency, as paid at the time (not split-adjusted).
 *
 * <p>In the total-return view, prices before the ex-date are multiplied by {@code 1 - amount / close}
 * where {@code close} is the raw close of the session before the ex-date (the CRSP and Yahoo method).
 *
 * @param exDate the first session that trades without the dividend
 * @param amount cash per share as paid, finite and positive
 * @param origin whether the source stated the dividend or Quiver inferred it
 */
public record CashDividend(LocalDate exDate, double amount, ActionOrigin origin) implements CorporateAction {

    /** Checks that the amount is finite and positive. */
    public CashDividend {
        Objects.requireNonNull(exDate, "exDate");
        Objects.requireNonNull(origin, "origin");
        if (!(amount > 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("dividend on " + exDate + " must be positive, was " + amount);
        }
    }
}
