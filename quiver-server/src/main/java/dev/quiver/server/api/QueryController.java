package dev.quiver.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.engine.pull.PullRequest;
import dev.quiver.core.engine.pull.PullResult;
import dev.quiver.core.time.DateRange;
import dev.quiver.server.frame.JacksonFrameEncoder;
import dev.quiver.server.http.BadParameterException;
import dev.quiver.server.http.LimitExceededException;
import dev.quiver.server.http.MediaTypes;
import dev.quiver.server.http.NotAcceptableException;
import dev.quiver.server.http.Problem;
import dev.quiver.server.http.RouteGroup;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * {@code POST /api/query}: the same expressions on many assets over one range. Bad expressions and
 * parameters fail the whole request (400); each asset is then computed in parallel on the bounded
 * compute executor, and an asset that fails (unknown symbol, no data) carries its own problem in the
 * response while the others carry their frames. Thread-safe.
 */
final class QueryController implements RouteGroup {

    private static final List<String> OFFERED = List.of(JacksonFrameEncoder.JSON, JacksonFrameEncoder.MSGPACK);

    private final Pulls pulls;
    private final Executor compute;
    private final DateRanges ranges;
    private final Limits limits;
    private final Bodies bodies;
    private final ProblemMapping problems;
    private final ObjectMapper json;
    private final ObjectMapper msgpack;

    QueryController(
            Pulls pulls,
            Executor compute,
            DateRanges ranges,
            Limits limits,
            Bodies bodies,
            ProblemMapping problems,
            ObjectMapper json,
            ObjectMapper msgpack) {
        this.pulls = pulls;
        this.compute = compute;
        this.ranges = ranges;
        this.limits = limits;
        this.bodies = bodies;
        this.problems = problems;
        this.json = json;
        this.msgpack = msgpack;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/query", this::query);
    }

    /** Computes every asset and writes {@code {"results": [{symbol, status, frame | problem}...]}}. */
    void query(Context ctx) throws IOException {
        String accept = ctx.header("Accept");
        String mediaType =
                MediaTypes.choose(accept, OFFERED).orElseThrow(() -> new NotAcceptableException(accept, OFFERED));
        QueryBody body = bodies.read(ctx, QueryBody.class);
        List<AssetId> symbols = symbols(body.symbols());
        List<String> expressions = Params.expressions("expressions", body.expressions(), limits);
        DateRange range = ranges.of(body.from(), body.to());
        Alignment alignment = Params.alignment("align", body.align());
        pulls.check(symbols.get(0), expressions);
        List<CompletableFuture<PullResult>> futures = new ArrayList<>();
        for (AssetId symbol : symbols) {
            PullRequest request = new PullRequest(symbol, expressions, range, alignment);
            futures.add(CompletableFuture.supplyAsync(() -> pulls.evaluate(request), compute));
        }
        ObjectMapper mapper = mediaType.equals(JacksonFrameEncoder.JSON) ? json : msgpack;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
            generator.writeStartObject();
            generator.writeArrayFieldStart("results");
            for (int k = 0; k < symbols.size(); k++) {
                writeResult(generator, symbols.get(k).symbol(), futures.get(k), ctx);
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
        ctx.header("Vary", "Accept");
        ctx.contentType(mediaType).result(out.toByteArray());
    }

    private void writeResult(JsonGenerator out, String symbol, CompletableFuture<PullResult> future, Context ctx)
            throws IOException {
        out.writeStartObject();
        out.writeStringField("symbol", symbol);
        try {
            PullResult result = future.join();
            out.writeNumberField("status", 200);
            out.writeFieldName("frame");
            JacksonFrameEncoder.write(Frames.of(result), out);
        } catch (CompletionException e) {
            Problem problem = problems.problemOf(e.getCause(), ctx.method().name(), ctx.path());
            out.writeNumberField("status", problem.status());
            out.writeFieldName("problem");
            out.writeObject(problem.toJson(ctx.path()));
        }
        out.writeEndObject();
    }

    private List<AssetId> symbols(List<String> given) {
        if (given == null || given.isEmpty()) {
            throw new BadParameterException("symbols", "give at least one symbol, as in \"symbols\": [\"SPY\"]");
        }
        if (given.size() > limits.maxQueryAssets()) {
            throw LimitExceededException.parameter(
                    "symbols",
                    limits.maxQueryAssets(),
                    given.size() + " assets asked, over the limit of " + limits.maxQueryAssets() + " per query");
        }
        Set<AssetId> symbols = new LinkedHashSet<>();
        for (int k = 0; k < given.size(); k++) {
            AssetId id = Params.symbol("symbols/" + k, given.get(k));
            if (!symbols.add(id)) {
                throw new BadParameterException("symbols/" + k, id + " is listed twice");
            }
        }
        return List.copyOf(symbols);
    }
}
