package dev.quiver.bench.report;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A speed target: a bound on one column of a figure, or on the ratio of two of its columns measured
 * in the same run. Immutable.
 *
 * @param figure the figure the target is about
 * @param subject the column whose value (or the ratio's numerator) is bounded
 * @param reference the ratio's denominator; empty for a bound on the value itself
 * @param bound the bound
 */
public record Target(Figure figure, Column subject, Optional<Column> reference, Bound bound) {

    /** A bound on {@code subject / reference}. */
    public static Target ratio(Figure figure, Column subject, Column reference, Bound bound) {
        return new Target(figure, subject, Optional.of(reference), bound);
    }

    /** A bound on the value of {@code subject}, in the figure's unit. */
    public static Target value(Figure figure, Column subject, Bound bound) {
        return new Target(figure, subject, Optional.empty(), bound);
    }

    /** Whether the target bounds a ratio rather than a value. */
    public boolean isRatio() {
        return reference.isPresent();
    }

    /** The bounded value or ratio in {@code results}, empty if a figure it needs was not measured. */
    public OptionalDouble measure(JmhResults results) {
        OptionalDouble value = figure.value(subject, results);
        if (value.isEmpty() || reference.isEmpty()) {
            return value;
        }
        OptionalDouble base = figure.value(reference.get(), results);
        return base.isEmpty() ? base : OptionalDouble.of(value.getAsDouble() / base.getAsDouble());
    }

    /** The target in words: {@code Quiver / TA-Lib Java <= 1.05} or {@code Quiver >= 500,000 bars/s}. */
    public String describe() {
        return reference
                .map(r -> subject.title() + " / " + r.title() + " " + bound)
                .orElse(subject.title() + " " + bound + " " + figure.unit());
    }

    /** This target judged on {@code results}. */
    public Verdict judge(JmhResults results) {
        return new Verdict(this, measure(results));
    }
}
