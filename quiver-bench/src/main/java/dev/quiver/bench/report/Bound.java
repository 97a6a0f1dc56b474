package dev.quiver.bench.report;

/**
 * A limit a value must keep: at most, at least, or strictly below a number. Immutable.
 *
 * @param relation how the value must compare with the limit
 * @param limit the limit
 */
public record Bound(Relation relation, double limit) {

    /** How a value must compare with a bound's limit. */
    public enum Relation {
        /** {@code value <= limit}. */
        AT_MOST("<="),
        /** {@code value >= limit}. */
        AT_LEAST(">="),
        /** {@code value < limit}. */
        BELOW("<");

        private final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }

        /** The comparison as the table prints it. */
        public String symbol() {
            return symbol;
        }
    }

    /** {@code value <= limit}. */
    public static Bound atMost(double limit) {
        return new Bound(Relation.AT_MOST, limit);
    }

    /** {@code value >= limit}. */
    public static Bound atLeast(double limit) {
        return new Bound(Relation.AT_LEAST, limit);
    }

    /** {@code value < limit}. */
    public static Bound below(double limit) {
        return new Bound(Relation.BELOW, limit);
    }

    /** Whether {@code value} keeps the bound. */
    public boolean holds(double value) {
        return switch (relation) {
            case AT_MOST -> value <= limit;
            case AT_LEAST -> value >= limit;
            case BELOW -> value < limit;
        };
    }

    @Override
    public String toString() {
        return relation.symbol() + " " + Numbers.format(limit);
    }
}
