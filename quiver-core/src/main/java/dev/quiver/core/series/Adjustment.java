package dev.quiver.core.series;

import java.util.Locale;

/** How past prices are related to later ones when read. */
public enum Adjustment {
    /** As traded. */
    RAW,
    /** Divided by the splits that came after (volumes multiplied): no split-sized jumps. */
    SPLIT,
    /** Split-adjusted and also reduced by the dividends that came after: a total-return price. */
    TOTAL;

    /** The lower-case code used on the command line and in URLs. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code raw}, {@code split} or {@code total}.
     *
     * @throws IllegalArgumentException naming the accepted codes
     */
    public static Adjustment parse(String code) {
        for (Adjustment a : values()) {
            if (a.code().equalsIgnoreCase(code.strip())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown adjustment '" + code + "': expected raw, split or total");
    }
}
