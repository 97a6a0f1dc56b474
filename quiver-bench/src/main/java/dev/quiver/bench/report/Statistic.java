package dev.quiver.bench.report;

import java.util.OptionalDouble;

/** Which number of a result a figure takes, in the result's own unit. */
public enum Statistic {
    /** The fastest sample: on a shared machine, the one least disturbed by other work. */
    MIN("fastest", 0.0),
    /** The median sample. */
    MEDIAN("median", 50.0),
    /** The 99th percentile of the samples. */
    P99("p99", 99.0),
    /** A harness's one measured value (a count, a rate, a size), not a distribution. */
    VALUE("value", Double.NaN);

    private final String label;
    private final double percent;

    Statistic(String label, double percent) {
        this.label = label;
        this.percent = percent;
    }

    /** A short name for the table: {@code fastest}, {@code median}, {@code p99}. */
    public String label() {
        return label;
    }

    /** This statistic of {@code result}, empty if JMH did not report it. */
    public OptionalDouble of(JmhResult result) {
        if (Double.isNaN(percent)) {
            return OptionalDouble.of(result.score());
        }
        Double value = result.percentiles().get(percent);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
