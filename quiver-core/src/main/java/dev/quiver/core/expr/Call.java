package dev.quiver.core.expr;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A call of an analytic: {@code bbands(20, nbdevup=2, matype=ema)}.
 *
 * <p>Positional arguments come first, then named ones, each list in source order. Which positional
 * arguments are series inputs and which are parameters, and what is omitted, is the
 * {@link CallResolver}'s business. Immutable and thread-safe; equality ignores {@link #start} and the
 * starts of the arguments.
 *
 * @param name the analytic's name, lower-cased
 * @param positional the positional arguments in order
 * @param named the named arguments in order, no name twice
 * @param start offset of the name in the source
 */
public record Call(String name, List<Argument> positional, List<NamedArg> named, int start) implements Series {

    /** Normalises the name, copies the lists and checks that no parameter is named twice. */
    public Call {
        name = Syntax.name(name, "analytic");
        positional = List.copyOf(positional);
        named = List.copyOf(named);
        Syntax.start(start);
        Set<String> seen = new HashSet<>();
        for (NamedArg arg : named) {
            if (!seen.add(arg.name())) {
                throw new IllegalArgumentException("parameter '" + arg.name() + "' named twice in a call of " + name);
            }
        }
    }

    /** A call built in code (start 0). */
    public static Call of(String name, List<Argument> positional, List<NamedArg> named) {
        return new Call(name, positional, named, 0);
    }

    /** {@code name(arg,arg,key=value)}: the arguments separated by commas without spaces. */
    @Override
    public String canonical() {
        return Stream.concat(
                        positional.stream().map(Expr::canonical), named.stream().map(NamedArg::canonical))
                .collect(Collectors.joining(",", name + "(", ")"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Call c
                && name.equals(c.name)
                && positional.equals(c.positional)
                && named.equals(c.named);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, positional, named);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
