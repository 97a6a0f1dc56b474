package dev.quiver.core.engine.push;

/** The numbering of a bar's fields in histories, forming bars and source updates. Stateless. */
final class Fields {

    static final int OPEN = 0;
    static final int HIGH = 1;
    static final int LOW = 2;
    static final int CLOSE = 3;
    static final int VOLUME = 4;
    /** The total-return close. */
    static final int ADJCLOSE = 5;

    static final int COUNT = 6;

    private Fields() {}

    /** Writes a bar's fields into {@code row} (length at least {@link #COUNT}), in this numbering. */
    static void fill(double[] row, double open, double high, double low, double close, double volume, double adjclose) {
        row[OPEN] = open;
        row[HIGH] = high;
        row[LOW] = low;
        row[CLOSE] = close;
        row[VOLUME] = volume;
        row[ADJCLOSE] = adjclose;
    }

    /**
     * The number of a field named as expressions name it.
     *
     * @throws IllegalArgumentException for a name that is not a field
     */
    static int of(String name) {
        return switch (name) {
            case "open" -> OPEN;
            case "high" -> HIGH;
            case "low" -> LOW;
            case "close" -> CLOSE;
            case "volume" -> VOLUME;
            case "adjclose" -> ADJCLOSE;
            default -> throw new IllegalArgumentException("unknown field " + name);
        };
    }
}
