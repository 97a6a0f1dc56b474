package dev.quiver.core.expr;

import java.util.Objects;

/**
 * A parameter of a resolved call with its value, given or defaulted. Immutable and thread-safe.
 *
 * @param name the parameter name, lower-cased
 * @param value its value
 */
public record Parameter(String name, Literal value) {

    /** Normalises the name and checks the value is present. */
    public Parameter {
        name = Syntax.name(name, "parameter");
        Objects.requireNonNull(value, "value");
    }
}
