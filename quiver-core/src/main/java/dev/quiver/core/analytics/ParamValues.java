package dev.quiver.core.analytics;

import java.util.Arrays;
import java.util.List;

/**
 * Checked values of all parameters of one analytic, in declaration order, read by name when a
 * kernel is created, with the defaults they were bound against (the canonical ones, or those the
 * {@link BindingContext} of the subject gave). Immutable and thread-safe.
 */
public final class ParamValues {

    private final List<ParamSpec> specs;
    private final double[] values;
    private final double[] defaults;

    ParamValues(List<ParamSpec> specs, double[] values, double[] defaults) {
        this.specs = specs;
        this.values = values;
        this.defaults = defaults;
    }

    /** The value of an integer parameter. */
    public int intValue(String name) {
        return (int) values[indexOf(name, ParamKind.INT)];
    }

    /** The value of a real parameter. */
    public double doubleValue(String name) {
        return values[indexOf(name, ParamKind.DOUBLE)];
    }

    /** The chosen name of an enumeration parameter. */
    public String choice(String name) {
        int i = indexOf(name, ParamKind.ENUM);
        return specs.get(i).format(values[i]);
    }

    /** Whether every parameter has its default. */
    public boolean allDefault() {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != defaults[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The arguments as normalised text: every positional parameter in order, then the keyword-only
     * ones that differ from their default, e.g. {@code 10, seed=first}.
     */
    String text() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            ParamSpec s = specs.get(i);
            if (s.keywordOnly() && values[i] == defaults[i]) {
                continue;
            }
            if (b.length() > 0) {
                b.append(", ");
            }
            if (s.keywordOnly()) {
                b.append(s.name()).append('=');
            }
            b.append(s.format(values[i]));
        }
        return b.toString();
    }

    private int indexOf(String name, ParamKind kind) {
        for (int i = 0; i < specs.size(); i++) {
            ParamSpec s = specs.get(i);
            if (s.name().equals(name)) {
                if (s.kind() != kind) {
                    throw new IllegalArgumentException(name + " is " + s.kind() + ", not " + kind);
                }
                return i;
            }
        }
        throw new IllegalArgumentException("no parameter " + name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParamValues p
                && specs.equals(p.specs)
                && Arrays.equals(values, p.values)
                && Arrays.equals(defaults, p.defaults);
    }

    @Override
    public int hashCode() {
        return (31 * specs.hashCode() + Arrays.hashCode(values)) * 31 + Arrays.hashCode(defaults);
    }

    @Override
    public String toString() {
        return text();
    }
}
