package dev.quiver.server.api;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.time.Interval;
import dev.quiver.server.http.BadParameterException;
import dev.quiver.server.http.LimitExceededException;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * Reads path and query parameters into core values; a bad value is a {@link BadParameterException}
 * naming the parameter, never an exception that would become a 500. Stateless.
 */
final class Params {

    private Params() {}

    /** The {@code {symbol}} path parameter. */
    static AssetId pathSymbol(Context ctx) {
        return symbol("symbol", ctx.pathParam("symbol"));
    }

    /** A required symbol parameter. */
    static AssetId symbol(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new BadParameterException(name, "a symbol is required, as in SPY or BRK.B");
        }
        return parse(name, text, AssetId::of);
    }

    /** An optional date, {@code YYYY-MM-DD}; null when absent. */
    static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "expected a date as YYYY-MM-DD, found '" + text + "'");
        }
    }

    /** The {@code interval} query parameter, daily by default. */
    static Interval interval(Context ctx) {
        String text = ctx.queryParam("interval");
        return text == null || text.isBlank() ? Interval.ONE_DAY : parse("interval", text, Interval::parse);
    }

    /** The {@code adjust} query parameter, {@code fallback} when absent. */
    static Adjustment adjustment(Context ctx, Adjustment fallback) {
        String text = ctx.queryParam("adjust");
        return text == null || text.isBlank() ? fallback : parse("adjust", text, Adjustment::parse);
    }

    /** An alignment parameter, intersect by default. */
    static Alignment alignment(String name, String text) {
        return text == null || text.isBlank() ? Alignment.INTERSECT : parse(name, text, Alignment::parse);
    }

    /**
     * Expressions given as a parameter: at least one, none blank, at most the limit.
     *
     * @param name the parameter's name, for messages
     */
    static List<String> expressions(String name, List<String> given, Limits limits) {
        if (given == null || given.isEmpty()) {
            throw new BadParameterException(name, "give at least one expression, as in " + name + "=rsi(14)");
        }
        for (String expression : given) {
            if (expression == null || expression.isBlank()) {
                throw new BadParameterException(name, "an expression is empty");
            }
        }
        if (given.size() > limits.maxExpressions()) {
            throw LimitExceededException.parameter(
                    name,
                    limits.maxExpressions(),
                    given.size() + " expressions asked, over the limit of " + limits.maxExpressions() + " per request");
        }
        return List.copyOf(given);
    }

    private static <T> T parse(String name, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(name, e.getMessage());
        }
    }
}
