package dev.quiver.core.series;

import java.util.Locale;
import java.util.Optional;

/** The columns of a bar, by the names expressions and files use. */
public enum PriceField {
    /** First traded price. */
    OPEN,
    /** Highest traded price. */
    HIGH,
    /** Lowest traded price. */
    LOW,
    /** Last traded price. */
    CLOSE,
    /** Units traded. */
    VOLUME;

    /** The lower-case name used in expressions and CSV headers. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field of that name, case-insensitively, if there is one. */
    public static Optional<PriceField> find(String code) {
        for (PriceField f : values()) {
            if (f.code().equalsIgnoreCase(code)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
