package dev.quiver.core.analytics;

import java.util.Objects;
import java.util.Optional;

/**
 * One series input of an analytic: its name and what it reads when the expression does not give it.
 * The default is expression text, which the graph builder parses into a sub-expression of the
 * subject: a field ({@code close}), the bar time ({@code time}: each bar's start in epoch seconds,
 * as {@link dev.quiver.core.series.BarSeries#times()} holds it), or a call ({@code returns(close)}).
 * An input without a default is required: the expression must give it, as the factor of {@code
 * alpha_beta(returns(close@SPY))}. Immutable and thread-safe.
 *
 * @param name lower-case name, e.g. {@code close}, {@code returns}, {@code factor}
 * @param defaultExpression the expression read when none is given; empty for a required input
 */
public record InputSpec(String name, Optional<String> defaultExpression) {

    /** Requires a name and a default that is absent or not blank. */
    public InputSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultExpression, "defaultExpression");
        if (defaultExpression.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException(name + ": blank default expression");
        }
    }

    /** A field of the subject, read by default: {@code field("close")} is the input {@code close}. */
    public static InputSpec field(String field) {
        return new InputSpec(field, Optional.of(field));
    }

    /** An input named {@code name} that reads {@code defaultExpression} unless given. */
    public static InputSpec withDefault(String name, String defaultExpression) {
        return new InputSpec(name, Optional.of(defaultExpression));
    }

    /** An input the expression must give. */
    public static InputSpec required(String name) {
        return new InputSpec(name, Optional.empty());
    }

    /** Whether the expression must give this input. */
    public boolean required() {
        return defaultExpression.isEmpty();
    }
}
