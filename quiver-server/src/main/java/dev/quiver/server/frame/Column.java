package dev.quiver.server.frame;

import java.util.Arrays;
import java.util.Objects;

/**
 * One named column of a frame. An absent value is NaN (and so is any value that is not finite: the
 * wire formats write both as null). A column that could not be computed is all absent and says why.
 * Immutable by convention: callers must not write the array.
 *
 * @param label the column name, an expression as the client wrote it or a bar field
 * @param values one value per row
 * @param failure why the column could not be computed, or null when it was
 */
public record Column(String label, double[] values, String failure) {

    /** Requires a label and values. */
    public Column {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(values, "values");
    }

    /** A computed column. */
    public static Column of(String label, double[] values) {
        return new Column(label, values, null);
    }

    /** Whether row {@code i} holds a value to write (finite). */
    public boolean present(int i) {
        return Double.isFinite(values[i]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Column other
                && label.equals(other.label)
                && Arrays.equals(values, other.values)
                && Objects.equals(failure, other.failure);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, Arrays.hashCode(values), failure);
    }

    @Override
    public String toString() {
        return "Column[" + label + ", " + values.length + " values" + (failure == null ? "" : ", failed: " + failure)
                + "]";
    }
}
