package dev.quiver.core.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The catalogue entry of one analytic: its TA-Lib lower-case name, family, default series inputs,
 * parameters (TA-Lib order first, then keyword-only conventions), outputs, and the factory of its
 * kernel, from which the lookback follows. Immutable and thread-safe.
 */
public final class AnalyticDefinition {

    private final String name;
    private final Family family;
    private final String description;
    private final List<String> inputs;
    private final List<ParamSpec> params;
    private final List<String> outputs;
    private final Function<ParamValues, AnalyticKernel> factory;

    private AnalyticDefinition(Builder b) {
        this.name = b.name;
        this.family = b.family;
        this.description = b.description;
        this.inputs = List.copyOf(b.inputs);
        this.params = List.copyOf(b.params);
        this.outputs = b.outputs.isEmpty() ? List.of(b.name) : List.copyOf(b.outputs);
        this.factory = Objects.requireNonNull(b.factory, "kernel factory");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException(name + ": no inputs");
        }
        boolean keywordSeen = false;
        for (ParamSpec p : params) {
            if (keywordSeen && !p.keywordOnly()) {
                throw new IllegalArgumentException(name + ": positional " + p.name() + " after keyword-only");
            }
            keywordSeen |= p.keywordOnly();
        }
    }

    /**
     * Starts a definition.
     *
     * @param name TA-Lib lower-case name
     * @param family the family (and sub-package) it belongs to
     * @param description one line, naming the published definition followed
     */
    public static Builder builder(String name, Family family, String description) {
        return new Builder(name, family, description);
    }

    /** The lower-case name used in expressions. */
    public String name() {
        return name;
    }

    /** The family. */
    public Family family() {
        return family;
    }

    /** One line on what it computes and which published definition it follows. */
    public String description() {
        return description;
    }

    /** The default series inputs, e.g. {@code [close]} or {@code [high, low, close]}. */
    public List<String> inputs() {
        return inputs;
    }

    /** All parameters: positional ones in TA-Lib order, then keyword-only conventions. */
    public List<ParamSpec> params() {
        return params;
    }

    /** The keyword-only parameters: named alternative conventions, canonical by default. */
    public List<ParamSpec> conventions() {
        return params.stream().filter(ParamSpec::keywordOnly).toList();
    }

    /** The output names, e.g. {@code [macd, signal, hist]}; one for single-output analytics. */
    public List<String> outputs() {
        return outputs;
    }

    /** The lookback for these parameter values. */
    public int lookback(ParamValues values) {
        return factory.apply(values).lookback();
    }

    /** This analytic with every parameter at its default. */
    public BoundAnalytic defaults() {
        return bind(Arguments.none());
    }

    /**
     * Binds positional arguments (in TA-Lib order) and named ones, checking each against its range.
     *
     * @throws BindingException with a message naming this analytic, the parameter and the problem
     */
    public BoundAnalytic bind(Arguments arguments) {
        double[] values = new double[params.size()];
        boolean[] given = new boolean[params.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = params.get(i).defaultValue();
        }
        List<ArgumentValue> positional = arguments.positional();
        List<ParamSpec> positionalSpecs =
                params.stream().filter(p -> !p.keywordOnly()).toList();
        if (positional.size() > positionalSpecs.size()) {
            throw new BindingException(name + ": takes at most " + positionalSpecs.size() + " positional arguments "
                    + names(positionalSpecs) + ", got " + positional.size());
        }
        for (int i = 0; i < positional.size(); i++) {
            values[i] = params.get(i).bind(name, positional.get(i));
            given[i] = true;
        }
        for (Map.Entry<String, ArgumentValue> e : arguments.named().entrySet()) {
            int i = indexOf(e.getKey());
            if (given[i]) {
                throw new BindingException(name + ": " + e.getKey() + " is given twice");
            }
            values[i] = params.get(i).bind(name, e.getValue());
            given[i] = true;
        }
        ParamValues bound = new ParamValues(params, values);
        AnalyticKernel kernel;
        try {
            kernel = factory.apply(bound);
        } catch (BindingException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new BindingException(name + ": " + e.getMessage());
        }
        return new BoundAnalytic(this, bound, kernel);
    }

    private int indexOf(String param) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(param)) {
                return i;
            }
        }
        throw new BindingException(name + ": no parameter named " + param + "; parameters are " + names(params));
    }

    private static String names(List<ParamSpec> specs) {
        return "(" + String.join(", ", specs.stream().map(ParamSpec::name).toList()) + ")";
    }

    @Override
    public String toString() {
        return name + names(params) + " -> " + outputs;
    }

    /** Collects the parts of a definition. Not thread-safe; used once. */
    public static final class Builder {
        private final String name;
        private final Family family;
        private final String description;
        private final List<String> inputs = new ArrayList<>();
        private final List<ParamSpec> params = new ArrayList<>();
        private final List<String> outputs = new ArrayList<>();
        private Function<ParamValues, AnalyticKernel> factory;

        private Builder(String name, Family family, String description) {
            this.name = Objects.requireNonNull(name, "name");
            this.family = Objects.requireNonNull(family, "family");
            this.description = Objects.requireNonNull(description, "description");
        }

        /** The default series inputs, in the order the kernel reads them. */
        public Builder inputs(String... names) {
            inputs.addAll(List.of(names));
            return this;
        }

        /** The next parameter. */
        public Builder param(ParamSpec spec) {
            params.add(spec);
            return this;
        }

        /** The output names; without this call the single output is named after the analytic. */
        public Builder outputs(String... names) {
            outputs.addAll(List.of(names));
            return this;
        }

        /**
         * The kernel factory. It may throw {@link IllegalArgumentException} for combinations of
         * values that are individually allowed but not together.
         */
        public Builder kernel(Function<ParamValues, AnalyticKernel> kernelFactory) {
            this.factory = kernelFactory;
            return this;
        }

        /** The definition. */
        public AnalyticDefinition build() {
            return new AnalyticDefinition(this);
        }
    }
}
