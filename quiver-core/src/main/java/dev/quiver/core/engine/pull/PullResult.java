package dev.quiver.core.engine.pull;

import dev.quiver.core.asset.Asset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A frame of results: one row per subject bar in the requested range, one column per requested
 * output (NaN where undefined), and the columns that failed with their reasons (a failed column is
 * all NaN). Immutable by convention: callers must not write the arrays.
 *
 * @param subject the subject asset
 * @param times bar start times in epoch seconds
 * @param labels column labels in request order
 * @param columns values, one array per label, each as long as {@code times}
 * @param failures columns that could not be computed
 */
public record PullResult(
        Asset subject, long[] times, List<String> labels, List<double[]> columns, List<NodeFailure> failures) {

    /** Checks the shape. */
    public PullResult {
        Objects.requireNonNull(subject, "subject");
        labels = List.copyOf(labels);
        columns = List.copyOf(columns);
        failures = List.copyOf(failures);
        if (labels.size() != columns.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + columns.size() + " columns");
        }
    }

    /** The session date of row {@code i} in the subject's zone. */
    public LocalDate date(int i) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(times[i]), subject.zone());
    }

    /** The number of rows. */
    public int rows() {
        return times.length;
    }

    /** The column of that label. */
    public double[] column(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + label + "; columns are " + labels);
        }
        return columns.get(i);
    }
}
