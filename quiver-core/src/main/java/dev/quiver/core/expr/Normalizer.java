package dev.quiver.core.expr;

import java.util.List;
import java.util.Objects;

/**
 * Gives an expression its identity in the dependency graph: parses it, then rewrites every call as the
 * {@link CallResolver} binds it, so that {@code sma(20)} and {@code sma(close, 20)} both become
 * {@code sma(close,timeperiod=20)}.
 *
 * <p>Normal form of a call: its series inputs positionally, each itself normalised, then every parameter
 * named, in the catalogue's order, defaults included. Naming every parameter keeps the form stable when
 * a default changes and makes normalising idempotent. Fields and literals are already canonical. The
 * node key is {@link Expr#canonical()} of the result. Thread-safe if the resolver is.
 */
public final class Normalizer {

    private final CallResolver resolver;

    /** A normaliser binding calls with the given resolver; not null. */
    public Normalizer(CallResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * Parses and normalises an expression on the subject.
     *
     * @throws ExpressionException if it does not parse or a call does not resolve, naming the position
     */
    public Series normalize(String expression) {
        try {
            return series(ExpressionParser.parse(expression));
        } catch (ResolutionException e) {
            throw new ExpressionException(expression, e.position(), e.getMessage());
        }
    }

    /**
     * Parses and normalises an expression qualified by its subject, {@code AAPL:rsi(14)}.
     *
     * @throws ExpressionException if it does not parse or a call does not resolve, naming the position
     */
    public QualifiedExpr normalizeQualified(String expression) {
        try {
            QualifiedExpr parsed = ExpressionParser.parseQualified(expression);
            return new QualifiedExpr(parsed.subject(), series(parsed.expression()));
        } catch (ResolutionException e) {
            throw new ExpressionException(expression, e.position(), e.getMessage());
        }
    }

    private Series series(Series series) {
        if (series instanceof Call call) {
            return bind(call, resolver.resolve(call));
        }
        if (series instanceof Select select) {
            return select(select);
        }
        return series;
    }

    private Select select(Select select) {
        ResolvedCall resolved = resolver.resolve(select.call());
        if (!resolved.outputs().contains(select.output())) {
            throw new ResolutionException(
                    select.outputStart(),
                    resolved.outputs().isEmpty()
                            ? resolved.name() + " has a single output, there is no output '" + select.output() + "'"
                            : "unknown output '" + select.output() + "' of " + resolved.name() + ": expected one of "
                                    + String.join(", ", resolved.outputs()));
        }
        return new Select(bind(select.call(), resolved), select.output(), select.outputStart());
    }

    private Call bind(Call call, ResolvedCall resolved) {
        List<Argument> inputs =
                resolved.inputs().stream().<Argument>map(this::series).toList();
        List<NamedArg> parameters = resolved.parameters().stream()
                .map(p -> new NamedArg(p.name(), p.value(), call.start()))
                .toList();
        return new Call(resolved.name(), inputs, parameters, call.start());
    }
}
