package dev.quiver.core.analytics;

/**
 * What a binding may take from the subject asset: the defaults of parameters that depend on it.
 * Today that is the annualisation factor, the parameter {@value ParamSpec#PERIODS}, which defaults to
 * the asset calendar's {@code periodsPerYear()} (252 for weekday sessions, 365 for crypto).
 * Immutable and thread-safe.
 *
 * @param periodsPerYear bars in a year of the subject's calendar, at least 1
 */
public record BindingContext(int periodsPerYear) {

    private static final BindingContext STANDARD = new BindingContext(252);

    /** Requires a positive number of periods. */
    public BindingContext {
        if (periodsPerYear < 1) {
            throw new IllegalArgumentException("periodsPerYear must be at least 1, was " + periodsPerYear);
        }
    }

    /** The context of daily bars of an exchange-traded asset: 252 periods a year. */
    public static BindingContext standard() {
        return STANDARD;
    }

    /** The default of {@code spec} in this context: its canonical default unless the subject sets it. */
    double defaultOf(ParamSpec spec) {
        return spec.name().equals(ParamSpec.PERIODS) ? periodsPerYear : spec.defaultValue();
    }
}
