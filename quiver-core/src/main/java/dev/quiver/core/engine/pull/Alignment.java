package dev.quiver.core.engine.pull;

import java.util.Locale;

/**
 * How another asset's values are placed on the subject's timeline (bars are matched by session
 * date).
 */
public enum Alignment {
    /** Only dates both assets have: the other asset's value is absent on the subject's other dates. */
    INTERSECT,
    /** As-of: the other asset's latest value on or before each subject date (forward fill). */
    ASOF;

    /**
     * Parses {@code intersect} or {@code asof}.
     *
     * @throws IllegalArgumentException naming the accepted codes
     */
    public static Alignment parse(String code) {
        for (Alignment a : values()) {
            if (a.name().equalsIgnoreCase(code.strip())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown alignment '" + code + "': expected intersect or asof");
    }

    /** The lower-case code. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
