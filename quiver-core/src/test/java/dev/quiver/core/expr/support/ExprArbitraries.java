package dev.quiver.core.expr.support;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.expr.Argument;
import dev.quiver.core.expr.Call;
import dev.quiver.core.expr.FieldRef;
import dev.quiver.core.expr.Literal;
import dev.quiver.core.expr.NameLiteral;
import dev.quiver.core.expr.NamedArg;
import dev.quiver.core.expr.NumberLiteral;
import dev.quiver.core.expr.Select;
import dev.quiver.core.expr.Series;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of expression trees for property tests: names in mixed case, ticker symbols with
 * {@code . - ^ = _}, numbers over the whole double range, calls nested a few levels deep.
 */
public final class ExprArbitraries {

    private ExprArbitraries() {}

    /** Names as written, in any case: a letter, then letters, digits or {@code _}. */
    public static Arbitrary<String> names() {
        Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('A', 'Z');
        Arbitrary<String> rest = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .withChars('_')
                .ofMaxLength(6);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    /** Ticker symbols as {@link AssetId} accepts them, written in any case. */
    public static Arbitrary<AssetId> assets() {
        Arbitrary<Character> first = Arbitraries.chars()
                .range('A', 'Z')
                .range('a', 'z')
                .range('0', '9')
                .with('^');
        Arbitrary<String> rest = Arbitraries.strings()
                .withCharRange('A', 'Z')
                .withCharRange('a', 'z')
                .withCharRange('0', '9')
                .withChars(".-^=_")
                .ofMaxLength(8);
        return Combinators.combine(first, rest).as((f, r) -> AssetId.of(f + r));
    }

    /** Small integers, short decimals and any finite double. */
    public static Arbitrary<NumberLiteral> numbers() {
        return Arbitraries.oneOf(
                        Arbitraries.integers().between(-1000, 1000).map(i -> (double) i),
                        Arbitraries.doubles().between(-100, 100).ofScale(3),
                        Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite))
                .map(NumberLiteral::of);
    }

    /** Values of named arguments. */
    public static Arbitrary<Literal> literals() {
        return Arbitraries.oneOf(numbers().map(Literal.class::cast), names().map(NameLiteral::of));
    }

    /** Fields, calls and selected outputs, calls nested at most {@code depth} levels. */
    public static Arbitrary<Series> series(int depth) {
        Arbitrary<Series> fields =
                Combinators.combine(names(), assets().optional()).as((n, a) -> new FieldRef(n, a, 0));
        if (depth == 0) {
            return fields;
        }
        Arbitrary<Call> calls = calls(depth);
        return Arbitraries.frequencyOf(
                Tuple.of(2, fields),
                Tuple.of(2, calls.map(Series.class::cast)),
                Tuple.of(1, Combinators.combine(calls, names()).as(Select::of).map(Series.class::cast)));
    }

    private static Arbitrary<Call> calls(int depth) {
        Arbitrary<Argument> argument = Arbitraries.oneOf(
                numbers().map(Argument.class::cast), series(depth - 1).map(Argument.class::cast));
        Arbitrary<NamedArg> named = Combinators.combine(names(), literals()).as(NamedArg::of);
        return Combinators.combine(
                        names(),
                        argument.list().ofMaxSize(3),
                        named.list().ofMaxSize(3).uniqueElements(NamedArg::name))
                .as(Call::of);
    }
}
