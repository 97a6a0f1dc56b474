package dev.quiver.core.expr;

/**
 * A name given as a named argument's value: an enumeration value such as {@code ema} in
 * {@code matype=ema}. Immutable and thread-safe; equality ignores {@link #start}.
 *
 * @param name the name, lower-cased
 * @param start offset of the name in the source
 */
public record NameLiteral(String name, int start) implements Literal {

    /** Normalises the name and checks the start. */
    public NameLiteral {
        name = Syntax.name(name, "value");
        Syntax.start(start);
    }

    /** A name built in code (start 0). */
    public static NameLiteral of(String name) {
        return new NameLiteral(name, 0);
    }

    @Override
    public String canonical() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NameLiteral n && name.equals(n.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return canonical();
    }
}
