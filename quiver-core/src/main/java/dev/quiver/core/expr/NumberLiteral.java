package dev.quiver.core.expr;

/**
 * A number: {@code 20}, {@code -0.5}, {@code 1e-3}.
 *
 * <p>It is kept as a double (whether an integer is required is the binder's call); {@code -0} becomes
 * {@code 0}. Canonical text: an integral value below 10^15 in magnitude prints as an integer
 * ({@code 2.0} prints {@code 2}); any other value prints as {@link Double#toString} does, with a lower-case
 * {@code e} and without a {@code .0} before it ({@code 1e-5}, {@code 1.5e20}), which parses back to the
 * same double. Immutable and thread-safe; equality ignores {@link #start}.
 *
 * @param value a finite number
 * @param start offset of the number's first character (its sign, if any) in the source
 */
public record NumberLiteral(double value, int start) implements Argument, Literal {

    private static final double PLAIN_LIMIT = 1e15;

    /** Checks the value is finite and turns {@code -0} into {@code 0}. */
    public NumberLiteral {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("number must be finite, was " + value);
        }
        value = value == 0 ? 0 : value;
        Syntax.start(start);
    }

    /** A number built in code (start 0). */
    public static NumberLiteral of(double value) {
        return new NumberLiteral(value, 0);
    }

    @Override
    public String canonical() {
        if (value == Math.rint(value) && Math.abs(value) < PLAIN_LIMIT) {
            return Long.toString((long) value);
        }
        return Double.toString(value).replace("E", "e").replace(".0e", "e");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NumberLiteral n && Double.compare(value, n.value) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
