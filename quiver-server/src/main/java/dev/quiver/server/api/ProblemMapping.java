package dev.quiver.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quiver.core.engine.pull.MissingDataException;
import dev.quiver.core.expr.ExpressionException;
import dev.quiver.marketdata.MalformedResponseException;
import dev.quiver.marketdata.MarketDataException;
import dev.quiver.marketdata.NetworkUnreachableException;
import dev.quiver.marketdata.NoDataInRangeException;
import dev.quiver.marketdata.ProviderErrorException;
import dev.quiver.marketdata.RateLimitedException;
import dev.quiver.marketdata.SymbolNotFoundException;
import dev.quiver.server.http.LimitExceededException;
import dev.quiver.server.http.Problem;
import dev.quiver.server.http.ProblemException;
import dev.quiver.store.UnknownAssetException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become responses: every failure is written as an RFC 9457 problem,
 * bad input as a 4xx that says what and where, anything unexpected as a 500 without internals (the
 * stack trace goes to the log). Also used for the per-asset failures inside a query. Immutable and
 * thread-safe.
 */
final class ProblemMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapping.class);

    private final ObjectMapper json;
    private final long maxBodyBytes;

    ProblemMapping(ObjectMapper json, long maxBodyBytes) {
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Registers the mapping on every route. */
    void addTo(RoutesConfig routes) {
        routes.exception(Exception.class, this::handle);
        // Javalin answers its own HTTP exceptions (no route, 405, 413) as text unless mapped by name.
        routes.exception(HttpResponseException.class, this::handle);
    }

    /** The problem for a failure. */
    Problem problemOf(Throwable failure, String method, String path) {
        if (failure instanceof ProblemException problem) {
            return problem.problem();
        }
        if (failure instanceof ExpressionException e) {
            return Problem.of("bad-expression", "Bad expression", 400, e.getMessage())
                    .with("expression", e.expression())
                    .with("position", e.position())
                    .with("reason", e.reason());
        }
        if (failure instanceof UnknownAssetException e) {
            return Problem.of(
                            "unknown-asset",
                            "Unknown asset",
                            404,
                            "unknown symbol '" + e.id().symbol()
                                    + "': not in the database; import or download it first")
                    .with("symbol", e.id().symbol());
        }
        if (failure instanceof MissingDataException e) {
            return Problem.of("no-data", "No data", 404, e.getMessage());
        }
        if (failure instanceof MarketDataException e) {
            return sourceProblem(e);
        }
        if (failure instanceof EndpointNotFound) {
            return Problem.of("not-found", "Not found", 404, "no route for " + method + " " + path + "; see /docs");
        }
        if (failure instanceof HttpResponseException e) {
            return fromJavalin(e, method, path);
        }
        LOG.error("internal error on {} {}", method, path, failure);
        return Problem.of("internal", "Internal error", 500, "the server failed to answer; the failure is in its log");
    }

    /**
     * A download's failure at its source: an unknown symbol or empty range is a 404, anything else
     * (the source refused the key, limited the rate, answered an error or garbage, or could not be
     * reached) a 502, each with the source's name.
     */
    private static Problem sourceProblem(MarketDataException e) {
        Problem problem;
        if (e instanceof SymbolNotFoundException) {
            problem = Problem.of("unknown-symbol", "Unknown symbol at the source", 404, e.getMessage());
        } else if (e instanceof NoDataInRangeException) {
            problem = Problem.of("no-data-in-range", "No data in range at the source", 404, e.getMessage());
        } else if (e instanceof RateLimitedException) {
            problem = Problem.of("source-rate-limited", "Source rate limit", 502, e.getMessage());
        } else if (e instanceof NetworkUnreachableException) {
            problem = Problem.of("source-unreachable", "Source unreachable", 502, e.getMessage());
        } else if (e instanceof ProviderErrorException || e instanceof MalformedResponseException) {
            problem = Problem.of("source-error", "Source error", 502, e.getMessage());
        } else {
            problem = Problem.of("source-unauthorized", "Source refused the key", 502, e.getMessage());
        }
        return problem.with("source", e.source());
    }

    private Problem fromJavalin(HttpResponseException e, String method, String path) {
        return switch (e.getStatus()) {
            case 405 ->
                Problem.of(
                        "method-not-allowed",
                        "Method not allowed",
                        405,
                        method + " is not allowed on " + path + "; see /docs");
            case 413 -> LimitExceededException.body(maxBodyBytes).problem();
            default ->
                e.getStatus() >= 400 && e.getStatus() <= 599
                        ? Problem.of("http-" + e.getStatus(), e.getMessage(), e.getStatus(), e.getMessage())
                        : Problem.of("internal", "Internal error", 500, "the server failed to answer");
        };
    }

    private void handle(Exception failure, Context ctx) {
        write(ctx, problemOf(failure, ctx.method().name(), ctx.path()));
    }

    /** Writes {@code problem} as the response. */
    void write(Context ctx, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem.toJson(ctx.path()));
        } catch (JsonProcessingException e) {
            LOG.error("cannot write a problem", e);
            body = "{\"title\":\"Internal error\",\"status\":500}";
        }
        ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(body);
    }
}
