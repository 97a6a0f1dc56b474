package dev.quiver.core.asset;

/** Where a corporate action came from. */
public enum ActionOrigin {
    /** Stated by the data source (an event column, a provider's events). */
    PROVIDED,
    /** Deduced by Quiver from a provider's adjusted close; shown as such wherever actions are listed. */
    INFERRED
}
