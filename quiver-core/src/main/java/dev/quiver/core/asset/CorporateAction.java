package dev.quiver.core.asset;

import java.time.LocalDate;

/**
 * An event that changes how past prices compare with later ones: a split or a cash dividend.
 *
 * <p>Actions are stored beside raw (as traded) prices; adjusted views are computed from them on read.
 * Implementations are immutable records and thread-safe.
 */
public sealed interface CorporateAction permits Split, CashDividend {

    /** The first session date on which the price reflects the action (the ex-date). */
    LocalDate exDate();

    /** Whether the source stated the action or Quiver inferred it. */
    ActionOrigin origin();
}
