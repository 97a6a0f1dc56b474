package dev.quiver.core.expr;

import java.util.Objects;

/**
 * A named argument of a call: {@code nbdevup=2}, {@code matype=ema}. Its value is a constant: series
 * inputs are always positional. Immutable and thread-safe; equality ignores {@link #start}.
 *
 * @param name the parameter name, lower-cased
 * @param value the value
 * @param start offset of the name in the source
 */
public record NamedArg(String name, Literal value, int start) {

    /** Normalises the name and checks every component. */
    public NamedArg {
        name = Syntax.name(name, "parameter");
        Objects.requireNonNull(value, "value");
        Syntax.start(start);
    }

    /** A named argument built in code (start 0). */
    public static NamedArg of(String name, Literal value) {
        return new NamedArg(name, value, 0);
    }

    /** {@code name=value} in canonical form. */
    public String canonical() {
        return name + "=" + value.canonical();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NamedArg a && name.equals(a.name) && value.equals(a.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
