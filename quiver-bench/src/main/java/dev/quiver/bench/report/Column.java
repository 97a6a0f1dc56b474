package dev.quiver.bench.report;

/** The columns of figures in the table: Quiver and each peer measured in the same run. */
public enum Column {
    /** Quiver. */
    QUIVER("Quiver"),
    /** TA-Lib Java 0.4.0. */
    TALIB("TA-Lib Java"),
    /** ta4j with DoubleNum. */
    TA4J_DOUBLE("ta4j DoubleNum"),
    /** ta4j with its default DecimalNum. */
    TA4J_DECIMAL("ta4j DecimalNum"),
    /** A plain hand-written loop with constant state: the floor, not a library. */
    HAND("Hand-written loop");

    private final String title;

    Column(String title) {
        this.title = title;
    }

    /** The column's heading. */
    public String title() {
        return title;
    }
}
