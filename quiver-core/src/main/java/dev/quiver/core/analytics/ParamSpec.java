package dev.quiver.core.analytics;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The declaration of one parameter of an analytic: name, kind, canonical default and allowed
 * values. Parameters that are not {@linkplain #keywordOnly() keyword-only} take TA-Lib's positional
 * order; keyword-only ones name a convention (such as {@code seed} or {@code ddof}) whose default is
 * the canonical one. Values are carried as doubles: an enumeration value by its index in {@link
 * ChoiceParam#choices()}. Immutable and thread-safe.
 */
public sealed interface ParamSpec permits ParamSpec.IntParam, ParamSpec.RealParam, ParamSpec.ChoiceParam {

    /**
     * The name of the annualisation factor of metrics. Its default depends on the subject: a
     * {@link BindingContext} gives it when the analytic is bound.
     */
    String PERIODS = "periods";

    /** The lower-case name, as written in expressions ({@code timeperiod}). */
    String name();

    /** The kind of value. */
    ParamKind kind();

    /** Whether the parameter can only be given by name. */
    boolean keywordOnly();

    /** What the parameter means, with its unit. */
    String description();

    /** The canonical default, as carried. */
    double defaultValue();

    /** The allowed values in words, e.g. {@code an integer in [2, 100000]}. */
    String allowed();

    /**
     * Checks an argument and converts it to the carried double.
     *
     * @throws BindingException naming {@code analytic}, this parameter, what is allowed and what was
     *     given
     */
    double bind(String analytic, ArgumentValue value);

    /** A carried value as written in an expression. */
    String format(double value);

    /** An integer parameter, e.g. a period in bars. */
    static IntParam integer(String name, int defaultValue, int min, int max, String description) {
        return new IntParam(name, defaultValue, min, max, false, description);
    }

    /** TA-Lib's {@code optInTimePeriod}: bars in the window, at least {@code min}, at most 100000. */
    static IntParam timePeriod(int defaultValue, int min) {
        return integer("timeperiod", defaultValue, min, 100000, "bars in the window");
    }

    /** A real parameter, e.g. a band width in standard deviations. */
    static RealParam real(String name, double defaultValue, double min, double max, String description) {
        return new RealParam(name, defaultValue, min, max, false, description);
    }

    /**
     * The keyword-only annualisation factor {@value #PERIODS}: periods in a year, 252 unless the
     * {@link BindingContext} of the subject says otherwise.
     */
    static IntParam periods() {
        return new IntParam(
                PERIODS, 252, 1, 100000, true, "periods in a year (annualisation); default: the asset calendar's");
    }

    /** An enumeration parameter in TA-Lib's positional order, e.g. {@code matype}. */
    static ChoiceParam choice(String name, String defaultChoice, List<String> choices, String description) {
        return new ChoiceParam(name, choices.indexOf(defaultChoice), choices, false, description);
    }

    /** A keyword-only convention with its canonical choice first, e.g. {@code seed=sma|first}. */
    static ChoiceParam convention(String name, List<String> choices, String description) {
        return new ChoiceParam(name, 0, choices, true, description);
    }

    /**
     * An integer parameter.
     *
     * @param name lower-case name
     * @param defaultInt canonical default, within [min, max]
     * @param min smallest allowed value
     * @param max largest allowed value
     * @param keywordOnly whether it can only be given by name
     * @param description meaning and unit
     */
    record IntParam(String name, int defaultInt, int min, int max, boolean keywordOnly, String description)
            implements ParamSpec {
        /** Checks that the default is allowed. */
        public IntParam {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            if (min > max || defaultInt < min || defaultInt > max) {
                throw new IllegalArgumentException(
                        name + ": default " + defaultInt + " outside [" + min + ", " + max + "]");
            }
        }

        /** This parameter as a keyword-only convention, e.g. {@code ddof}. */
        public IntParam asKeywordOnly() {
            return new IntParam(name, defaultInt, min, max, true, description);
        }

        @Override
        public ParamKind kind() {
            return ParamKind.INT;
        }

        @Override
        public double defaultValue() {
            return defaultInt;
        }

        @Override
        public String allowed() {
            return "an integer in [" + min + ", " + max + "]";
        }

        @Override
        public double bind(String analytic, ArgumentValue value) {
            if (value instanceof ArgumentValue.Numeric n) {
                double v = n.value();
                if (v == Math.rint(v) && v >= min && v <= max) {
                    return v;
                }
            }
            throw BindingException.notAllowed(analytic, this, value);
        }

        @Override
        public String format(double value) {
            return Integer.toString((int) value);
        }
    }

    /**
     * A real parameter.
     *
     * @param name lower-case name
     * @param defaultValue canonical default, within [min, max]
     * @param min smallest allowed value
     * @param max largest allowed value
     * @param keywordOnly whether it can only be given by name
     * @param description meaning and unit
     */
    record RealParam(String name, double defaultValue, double min, double max, boolean keywordOnly, String description)
            implements ParamSpec {
        /** Checks that the default is allowed. */
        public RealParam {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            if (!(min <= defaultValue && defaultValue <= max)) {
                throw new IllegalArgumentException(
                        name + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
            }
        }

        /** This parameter as a keyword-only one, e.g. the {@code risk_free} rate of a metric. */
        public RealParam asKeywordOnly() {
            return new RealParam(name, defaultValue, min, max, true, description);
        }

        @Override
        public ParamKind kind() {
            return ParamKind.DOUBLE;
        }

        @Override
        public String allowed() {
            return "a number in [" + format(min) + ", " + format(max) + "]";
        }

        @Override
        public double bind(String analytic, ArgumentValue value) {
            if (value instanceof ArgumentValue.Numeric n && n.value() >= min && n.value() <= max) {
                return n.value();
            }
            throw BindingException.notAllowed(analytic, this, value);
        }

        @Override
        public String format(double value) {
            return new ArgumentValue.Numeric(value).text();
        }
    }

    /**
     * An enumeration parameter.
     *
     * @param name lower-case name
     * @param defaultIndex index of the canonical default in {@code choices}
     * @param choices the allowed lower-case names
     * @param keywordOnly whether it can only be given by name (conventions)
     * @param description meaning of the parameter and of each choice
     */
    record ChoiceParam(String name, int defaultIndex, List<String> choices, boolean keywordOnly, String description)
            implements ParamSpec {
        /** Checks that the default is one of the choices, and copies them. */
        public ChoiceParam {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            choices = List.copyOf(choices);
            if (defaultIndex < 0 || defaultIndex >= choices.size()) {
                throw new IllegalArgumentException(name + ": default is not one of " + choices);
            }
        }

        @Override
        public ParamKind kind() {
            return ParamKind.ENUM;
        }

        @Override
        public double defaultValue() {
            return defaultIndex;
        }

        /** The canonical choice. */
        public String defaultChoice() {
            return choices.get(defaultIndex);
        }

        @Override
        public String allowed() {
            return "one of " + String.join(", ", choices);
        }

        @Override
        public double bind(String analytic, ArgumentValue value) {
            if (value instanceof ArgumentValue.Word w) {
                int i = choices.indexOf(w.text().toLowerCase(Locale.ROOT));
                if (i >= 0) {
                    return i;
                }
            }
            throw BindingException.notAllowed(analytic, this, value);
        }

        @Override
        public String format(double value) {
            return choices.get((int) value);
        }
    }
}
