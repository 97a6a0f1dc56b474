package dev.quiver.core.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The catalogue entry of one analytic: its lower-case name (TA-Lib's or empyrical's), family, series
 * inputs with their defaults, parameters (TA-Lib order first, then keyword-only conventions),
 * outputs, whether it is anchored to the evaluated range, and the factory of its kernel, from which
 * the lookback follows. Immutable and thread-safe.
 */
public final class AnalyticDefinition {

    private final String name;
    private final Family family;
    private final String description;
    private final List<InputSpec> inputs;
    private final List<ParamSpec> params;
    private final List<String> outputs;
    private final boolean anchored;
    private final Function<ParamValues, AnalyticKernel> factory;

    private AnalyticDefinition(Builder b) {
        this.name = b.name;
        this.family = b.family;
        this.description = b.description;
        this.inputs = List.copyOf(b.inputs);
        this.params = List.copyOf(b.params);
        this.outputs = b.outputs.isEmpty() ? List.of(b.name) : List.copyOf(b.outputs);
        this.anchored = b.anchored;
        this.factory = Objects.requireNonNull(b.factory, "kernel factory");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException(name + ": no inputs");
        }
        for (int i = 1; i < inputs.size(); i++) {
            if (inputs.get(i).required() && !inputs.get(i - 1).required()) {
                throw new IllegalArgumentException(
                        name + ": required input " + inputs.get(i).name() + " after one with a default");
            }
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

    /**
     * The names of the series inputs in the order the kernel reads them, e.g. {@code [close]}, {@code
     * [high, low, close]} or {@code [factor, returns]}; for a field input its name is the field.
     */
    public List<String> inputs() {
        return inputs.stream().map(InputSpec::name).toList();
    }

    /** The series inputs with their defaults, required ones first. */
    public List<InputSpec> inputSpecs() {
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

    /**
     * Whether the analytic is computed over the evaluated range only, as the return and risk metrics
     * are: the first row its kernel is given is the first bar of the range (a metric's base bar), so
     * the engine reads no rows before the range for this node. Its inputs still get their own
     * warm-up. The values of a non-anchored analytic do not depend on where the range starts once its
     * lookback is satisfied.
     */
    public boolean anchored() {
        return anchored;
    }

    /** The lookback for these parameter values. */
    public int lookback(ParamValues values) {
        return factory.apply(values).lookback();
    }

    /**
     * This analytic with every parameter at its default, in the {@linkplain BindingContext#standard()
     * standard} context.
     */
    public BoundAnalytic defaults() {
        return bind(Arguments.none());
    }

    /**
     * Binds in the {@linkplain BindingContext#standard() standard} context: 252 periods a year.
     *
     * @throws BindingException with a message naming this analytic, the parameter and the problem
     * @see #bind(Arguments, BindingContext)
     */
    public BoundAnalytic bind(Arguments arguments) {
        return bind(arguments, BindingContext.standard());
    }

    /**
     * Binds positional arguments (in TA-Lib order) and named ones, checking each against its range;
     * a parameter not given takes its default in {@code context} (the subject's annualisation factor
     * for {@value ParamSpec#PERIODS}, the canonical default otherwise).
     *
     * @throws BindingException with a message naming this analytic, the parameter and the problem
     */
    public BoundAnalytic bind(Arguments arguments, BindingContext context) {
        double[] values = new double[params.size()];
        double[] defaults = new double[params.size()];
        boolean[] given = new boolean[params.size()];
        for (int i = 0; i < values.length; i++) {
            defaults[i] = context.defaultOf(params.get(i));
            values[i] = defaults[i];
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
        ParamValues bound = new ParamValues(params, values, defaults);
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
        private final List<InputSpec> inputs = new ArrayList<>();
        private final List<ParamSpec> params = new ArrayList<>();
        private final List<String> outputs = new ArrayList<>();
        private boolean anchored;
        private Function<ParamValues, AnalyticKernel> factory;

        private Builder(String name, Family family, String description) {
            this.name = Objects.requireNonNull(name, "name");
            this.family = Objects.requireNonNull(family, "family");
            this.description = Objects.requireNonNull(description, "description");
        }

        /** Field inputs, each read by default, in the order the kernel reads them. */
        public Builder inputs(String... fields) {
            for (String f : fields) {
                inputs.add(InputSpec.field(f));
            }
            return this;
        }

        /** The next input; required ones come first. */
        public Builder input(InputSpec input) {
            inputs.add(input);
            return this;
        }

        /** Marks the analytic as {@linkplain AnalyticDefinition#anchored() anchored} to the range. */
        public Builder anchored() {
            this.anchored = true;
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
