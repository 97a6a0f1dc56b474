package dev.quiver.core.graph;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.ArgumentValue;
import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.BindingContext;
import dev.quiver.core.analytics.BindingException;
import dev.quiver.core.analytics.BoundAnalytic;
import dev.quiver.core.analytics.Catalogue;
import dev.quiver.core.analytics.InputSpec;
import dev.quiver.core.analytics.ParamKind;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.expr.Argument;
import dev.quiver.core.expr.Call;
import dev.quiver.core.expr.CallResolver;
import dev.quiver.core.expr.Expr;
import dev.quiver.core.expr.ExpressionParser;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds expression calls against the analytics catalogue: series inputs come first (all of them, or
 * none for the defaults), then parameters positionally in TA-Lib order, then by name; enumeration
 * values are written as names ({@code matype=ema}, or positionally {@code bbands(20,2,2,ema)}).
 * Every parameter is checked against its range here, so a bad expression fails before anything runs.
 * Immutable and thread-safe.
 */
final class CatalogueResolver implements CallResolver {

    private final Catalogue catalogue;
    private final BindingContext context;

    CatalogueResolver(Catalogue catalogue, BindingContext context) {
        this.catalogue = catalogue;
        this.context = context;
    }

    @Override
    public ResolvedCall resolve(Call call) {
        AnalyticDefinition definition = definition(call);
        BoundAnalytic bound = bind(call, definition);
        List<Parameter> parameters = new ArrayList<>();
        for (ParamSpec spec : definition.params()) {
            parameters.add(new Parameter(spec.name(), literal(bound, spec)));
        }
        List<String> outputs = definition.outputs().size() > 1 ? definition.outputs() : List.of();
        return new ResolvedCall(definition.name(), inputs(call, definition), parameters, outputs);
    }

    /** What to say of a bare name that is not a field: how to call it if it is an analytic. */
    String unknownName(String name) {
        return catalogue.find(name).isPresent()
                ? "'" + name + "' is an analytic: call it as " + name + "(...)"
                : "unknown field or analytic '" + name + "': fields are " + String.join(", ", Fields.ALL);
    }

    private static Literal literal(BoundAnalytic bound, ParamSpec spec) {
        return switch (spec.kind()) {
            case INT -> NumberLiteral.of(bound.values().intValue(spec.name()));
            case DOUBLE -> NumberLiteral.of(bound.values().doubleValue(spec.name()));
            case ENUM -> NameLiteral.of(bound.values().choice(spec.name()));
        };
    }

    /** The definition and bound parameters of a call already in normal form (every parameter named). */
    BoundAnalytic bindNormal(Call call) {
        return bind(call, definition(call));
    }

    private AnalyticDefinition definition(Call call) {
        return catalogue
                .find(call.name())
                .orElseThrow(() -> new ResolutionException(call.start(), "unknown analytic '" + call.name() + "'"));
    }

    private static int seriesCount(Call call) {
        int given = 0;
        List<Argument> args = call.positional();
        while (given < args.size() && args.get(given) instanceof Series series && !isEnumWord(series)) {
            given++;
        }
        return given;
    }

    /** A bare name that is not a field is an enumeration value written positionally. */
    private static boolean isEnumWord(Series series) {
        return series instanceof FieldRef field && field.asset().isEmpty() && !Fields.isField(field.field());
    }

    /**
     * The series inputs: those given, then the defaults of the rest. Analytics whose inputs are all
     * plain fields (the TA-Lib ones) take all of them or none; the others may be given a prefix, and
     * an input without a default must be given.
     */
    private static List<Series> inputs(Call call, AnalyticDefinition definition) {
        List<InputSpec> specs = definition.inputSpecs();
        int given = seriesCount(call);
        boolean allOrNone = specs.stream().allMatch(CatalogueResolver::isPlainField);
        if (given > specs.size() || (allOrNone && given != 0 && given != specs.size())) {
            throw new ResolutionException(
                    call.positional()
                            .get(Math.min(given, call.positional().size()) - 1)
                            .start(),
                    call.name() + " takes " + specs.size() + " series input" + (specs.size() == 1 ? "" : "s") + " "
                            + definition.inputs() + (allOrNone ? " or none for those defaults" : "") + ", got "
                            + given);
        }
        List<Series> inputs = new ArrayList<>();
        for (int k = 0; k < given; k++) {
            inputs.add((Series) call.positional().get(k));
        }
        for (int k = given; k < specs.size(); k++) {
            InputSpec spec = specs.get(k);
            String text = spec.defaultExpression()
                    .orElseThrow(() -> new ResolutionException(
                            call.start(),
                            call.name() + " needs its " + spec.name() + " input, e.g. " + call.name()
                                    + "(returns(close@SPY))"));
            inputs.add(ExpressionParser.parse(text));
        }
        return inputs;
    }

    private static boolean isPlainField(InputSpec spec) {
        return spec.defaultExpression().filter(spec.name()::equals).isPresent() && Fields.isField(spec.name());
    }

    private BoundAnalytic bind(Call call, AnalyticDefinition definition) {
        List<Argument> args = call.positional();
        int given = seriesCount(call);
        List<ParamSpec> positionalSpecs =
                definition.params().stream().filter(p -> !p.keywordOnly()).toList();
        List<ArgumentValue> positional = new ArrayList<>();
        for (int i = given; i < args.size(); i++) {
            Argument arg = args.get(i);
            int index = i - given;
            if (arg instanceof FieldRef word
                    && (index >= positionalSpecs.size()
                            || positionalSpecs.get(index).kind() != ParamKind.ENUM)) {
                throw new ResolutionException(word.start(), unknownName(word.field()));
            }
            positional.add(value(arg));
        }
        Map<String, ArgumentValue> named = new LinkedHashMap<>();
        for (NamedArg arg : call.named()) {
            named.put(arg.name(), value(arg.value()));
        }
        try {
            return definition.bind(Arguments.of(positional, named), context);
        } catch (BindingException e) {
            throw new ResolutionException(positionOf(call, e.getMessage()), e.getMessage());
        }
    }

    private static ArgumentValue value(Expr expr) {
        if (expr instanceof NumberLiteral number) {
            return ArgumentValue.of(number.value());
        }
        if (expr instanceof NameLiteral name) {
            return ArgumentValue.of(name.name());
        }
        if (expr instanceof FieldRef field && field.asset().isEmpty()) {
            return ArgumentValue.of(field.field());
        }
        throw new ResolutionException(expr.start(), "expected a number or a name here, found " + expr.canonical());
    }

    /** Points an error at the named argument it is about when the message names one, else at the call. */
    private static int positionOf(Call call, String message) {
        for (NamedArg arg : call.named()) {
            if (message.contains(arg.name())) {
                return arg.start();
            }
        }
        return call.start();
    }
}
