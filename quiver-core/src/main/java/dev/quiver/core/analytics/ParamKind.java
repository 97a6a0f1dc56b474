package dev.quiver.core.analytics;

/** The kind of value a parameter takes. */
public enum ParamKind {
    /** A whole number, such as a period in bars. */
    INT,
    /** A real number, such as a multiplier. */
    DOUBLE,
    /** One of a fixed set of names, such as a moving-average type or a seeding convention. */
    ENUM
}
