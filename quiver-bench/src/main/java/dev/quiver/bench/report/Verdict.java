package dev.quiver.bench.report;

import java.util.OptionalDouble;

/**
 * A target judged on one run: the measured value or ratio, if any, and whether it meets the target.
 * Immutable.
 *
 * @param target the target
 * @param measured the bounded value or ratio; empty if not measured in the run
 */
public record Verdict(Target target, OptionalDouble measured) {

    /** The outcome of a target in a run. */
    public enum Status {
        /** Measured, and within the bound. */
        MET("met"),
        /** Measured, and outside the bound. */
        MISSED("MISSED"),
        /** A figure the target needs was not measured (filtered out). */
        NOT_MEASURED("not measured");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The status as the table prints it. */
        public String label() {
            return label;
        }
    }

    /** Whether the target was met, missed, or could not be judged. */
    public Status status() {
        if (measured.isEmpty()) {
            return Status.NOT_MEASURED;
        }
        return target.bound().holds(measured.getAsDouble()) ? Status.MET : Status.MISSED;
    }

    /** The measured ratio ({@code 1.045}) or value ({@code 476,837}), or {@code -} if not measured. */
    public String measuredText() {
        if (measured.isEmpty()) {
            return "-";
        }
        double v = measured.getAsDouble();
        return target.isRatio() ? Numbers.ratio(v) : Numbers.format(v);
    }

    /** One line: {@code met     SMA(20): Quiver / TA-Lib Java = 1.045, target <= 1.05}. */
    public String line() {
        Target t = target;
        String unit = t.isRatio() ? "" : " " + t.figure().unit();
        String subject =
                t.subject().title() + t.reference().map(r -> " / " + r.title()).orElse("");
        return String.format(
                "%-7s %s: %s = %s%s, target %s%s",
                status().label(), t.figure().name(), subject, measuredText(), unit, t.bound(), unit);
    }
}
