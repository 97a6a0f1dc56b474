package dev.quiver.core.time;

import java.time.Duration;

/** The length of one bar. Daily and longer bars start at midnight of the asset's zone. */
public enum Interval {
    /** One minute. */
    ONE_MINUTE("1m", Duration.ofMinutes(1)),
    /** Five minutes. */
    FIVE_MINUTES("5m", Duration.ofMinutes(5)),
    /** Fifteen minutes. */
    FIFTEEN_MINUTES("15m", Duration.ofMinutes(15)),
    /** Thirty minutes. */
    THIRTY_MINUTES("30m", Duration.ofMinutes(30)),
    /** One hour. */
    ONE_HOUR("1h", Duration.ofHours(1)),
    /** One session day. */
    ONE_DAY("1d", Duration.ofDays(1));

    private final String code;
    private final Duration length;

    Interval(String code, Duration length) {
        this.code = code;
        this.length = length;
    }

    /** The code used by Yahoo, files and the database: {@code 1m}, {@code 1h}, {@code 1d}... */
    public String code() {
        return code;
    }

    /** The nominal length of one bar. */
    public Duration length() {
        return length;
    }

    /** Whether bars are labelled by session date rather than by instant. */
    public boolean isDaily() {
        return this == ONE_DAY;
    }

    /**
     * Parses an interval code.
     *
     * @throws IllegalArgumentException naming the accepted codes
     */
    public static Interval parse(String code) {
        for (Interval i : values()) {
            if (i.code.equalsIgnoreCase(code.strip())) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown interval '" + code + "': expected one of 1m, 5m, 15m, 30m, 1h, 1d");
    }
}
