package dev.quiver.core.expr.support;

import dev.quiver.core.expr.Argument;
import dev.quiver.core.expr.Call;
import dev.quiver.core.expr.CallResolver;
import dev.quiver.core.expr.Expr;
import dev.quiver.core.expr.FieldRef;
import dev.quiver.core.expr.Literal;
import dev.quiver.core.expr.NameLiteral;
import dev.quiver.core.expr.NamedArg;
import dev.quiver.core.expr.NumberLiteral;
import dev.quiver.core.expr.Parameter;
import dev.quiver.core.expr.ResolutionException;
import dev.quiver.core.expr.ResolvedCall;
import dev.quiver.core.expr.Series;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stand-in for the analytics catalogue in tests of the binding seam: sma, ema, rsi, macd, bbands and
 * beta with TA-Lib's inputs, parameter order and defaults (ema's keyword-only {@code seed} is from the
 * spec's conventions). Series inputs are given all or none; parameters follow positionally or by name.
 */
public final class TestCatalogue implements CallResolver {

    private record Param(String name, Literal defaultValue, boolean keywordOnly) {}

    private record Signature(List<String> inputs, List<Param> params, List<String> outputs) {}

    private static final Map<String, Signature> SIGNATURES = Map.of(
            "sma", new Signature(List.of("close"), List.of(number("timeperiod", 30)), List.of()),
            "ema",
                    new Signature(
                            List.of("close"),
                            List.of(number("timeperiod", 30), new Param("seed", NameLiteral.of("sma"), true)),
                            List.of()),
            "rsi", new Signature(List.of("close"), List.of(number("timeperiod", 14)), List.of()),
            "macd",
                    new Signature(
                            List.of("close"),
                            List.of(number("fastperiod", 12), number("slowperiod", 26), number("signalperiod", 9)),
                            List.of("macd", "signal", "hist")),
            "bbands",
                    new Signature(
                            List.of("close"),
                            List.of(
                                    number("timeperiod", 5),
                                    number("nbdevup", 2),
                                    number("nbdevdn", 2),
                                    new Param("matype", NameLiteral.of("sma"), false)),
                            List.of("upper", "middle", "lower")),
            "beta", new Signature(List.of("high", "low"), List.of(number("timeperiod", 5)), List.of()));

    private static Param number(String name, double defaultValue) {
        return new Param(name, NumberLiteral.of(defaultValue), false);
    }

    @Override
    public ResolvedCall resolve(Call call) {
        Signature signature = SIGNATURES.get(call.name());
        if (signature == null) {
            throw new ResolutionException(call.start(), "unknown analytic '" + call.name() + "'");
        }
        List<Argument> args = call.positional();
        int given = 0;
        while (given < args.size() && args.get(given) instanceof Series) {
            given++;
        }
        List<Series> inputs = inputs(call, signature, given);
        Map<String, Literal> values = new HashMap<>();
        List<Param> positional =
                signature.params().stream().filter(p -> !p.keywordOnly()).toList();
        for (int i = given; i < args.size(); i++) {
            if (i - given >= positional.size()) {
                throw new ResolutionException(args.get(i).start(), "too many arguments for " + call.name());
            }
            Param param = positional.get(i - given);
            values.put(param.name(), literal(args.get(i), param));
        }
        for (NamedArg arg : call.named()) {
            Param param = signature.params().stream()
                    .filter(p -> p.name().equals(arg.name()))
                    .findFirst()
                    .orElseThrow(() -> new ResolutionException(
                            arg.start(), "unknown parameter '" + arg.name() + "' of " + call.name()));
            if (values.putIfAbsent(param.name(), literal(arg.value(), param)) != null) {
                throw new ResolutionException(arg.start(), "parameter '" + arg.name() + "' given twice");
            }
        }
        List<Parameter> parameters = new ArrayList<>();
        for (Param param : signature.params()) {
            parameters.add(new Parameter(param.name(), values.getOrDefault(param.name(), param.defaultValue())));
        }
        return new ResolvedCall(call.name(), inputs, parameters, signature.outputs());
    }

    private static List<Series> inputs(Call call, Signature signature, int given) {
        if (given == 0) {
            return signature.inputs().stream()
                    .<Series>map(name -> new FieldRef(name, Optional.empty(), call.start()))
                    .toList();
        }
        if (given != signature.inputs().size()) {
            throw new ResolutionException(
                    call.start(), call.name() + " takes " + signature.inputs().size() + " series inputs, got " + given);
        }
        return call.positional().subList(0, given).stream()
                .map(Series.class::cast)
                .toList();
    }

    /** A number for a numeric parameter; a name, or an asset-less field read as a name, for an enumeration. */
    private static Literal literal(Expr value, Param param) {
        boolean enumeration = param.defaultValue() instanceof NameLiteral;
        if (!enumeration && value instanceof NumberLiteral number) {
            return number;
        }
        if (enumeration && value instanceof NameLiteral name) {
            return name;
        }
        if (enumeration && value instanceof FieldRef field && field.asset().isEmpty()) {
            return new NameLiteral(field.field(), field.start());
        }
        throw new ResolutionException(
                value.start(), "expected " + (enumeration ? "a name" : "a number") + " for '" + param.name() + "'");
    }
}
