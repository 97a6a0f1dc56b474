package dev.quiver.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.push.PushEngine;
import dev.quiver.core.series.Bar;
import dev.quiver.server.http.NotFoundException;
import dev.quiver.server.http.Problem;
import dev.quiver.server.http.ProblemException;
import dev.quiver.server.http.RouteGroup;
import dev.quiver.server.metrics.ServerMetrics;
import dev.quiver.store.BarStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code POST /api/ticks}: live trades or bar snapshots for the push engine. The whole array is
 * checked before any of it is given to the engine, so a bad element changes nothing. An asset found
 * in the store once is remembered (assets are never removed), so that a feed posting many times a
 * second costs no store read per POST. Thread-safe.
 */
final class TickController implements RouteGroup {

    private final PushEngine engine;
    private final BarStore store;
    private final ServerMetrics metrics;
    private final Bodies bodies;
    private final Set<AssetId> stored = ConcurrentHashMap.newKeySet();

    TickController(PushEngine engine, BarStore store, ServerMetrics metrics, Bodies bodies) {
        this.engine = engine;
        this.store = store;
        this.metrics = metrics;
        this.bodies = bodies;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/ticks", this::post);
    }

    /** One live input: a trade or a bar. */
    private record Input(AssetId asset, long epochMillis, double price, double size, Bar bar) {}

    void post(Context ctx) {
        JsonNode body = bodies.read(ctx, JsonNode.class);
        if (!body.isArray()) {
            throw bad(
                    -1,
                    "",
                    "expected a JSON array of ticks {symbol, time, price, size} or bars {symbol, time,"
                            + " open, high, low, close, volume}");
        }
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            inputs.add(input(i, body.get(i)));
        }
        int ticks = 0;
        int bars = 0;
        for (Input input : inputs) {
            if (input.bar() == null) {
                engine.tick(input.asset(), input.epochMillis(), input.price(), input.size());
                ticks++;
            } else {
                engine.bar(input.asset(), input.bar());
                bars++;
            }
        }
        metrics.liveInputs(inputs.size());
        ctx.status(202).json(Map.of("accepted", inputs.size(), "ticks", ticks, "bars", bars));
    }

    private Input input(int index, JsonNode element) {
        if (element == null || !element.isObject()) {
            throw bad(index, "", "expected an object");
        }
        JsonNode symbolNode = element.get("symbol");
        if (symbolNode == null || !symbolNode.isTextual() || symbolNode.asText().isBlank()) {
            throw bad(index, "symbol", "expected a symbol such as \"AAPL\"");
        }
        String symbol = symbolNode.asText().strip();
        AssetId asset;
        try {
            asset = AssetId.of(symbol);
        } catch (IllegalArgumentException e) {
            throw bad(index, "symbol", e.getMessage());
        }
        if (!stored.contains(asset)) {
            if (store.findAsset(asset).isEmpty()) {
                throw NotFoundException.unknownAsset(
                        symbol,
                        "element " + index + ": unknown symbol '" + symbol
                                + "': not in the database; import or download it first");
            }
            stored.add(asset);
        }
        long millis = time(index, element.get("time"));
        if (element.has("price")) {
            double price = number(index, element, "price", true);
            double size = element.has("size") ? number(index, element, "size", false) : 0;
            return new Input(asset, millis, price, size, null);
        }
        if (element.has("close")) {
            double open = number(index, element, "open", true);
            double high = number(index, element, "high", true);
            double low = number(index, element, "low", true);
            double close = number(index, element, "close", true);
            double volume = element.has("volume") ? number(index, element, "volume", false) : 0;
            if (high < low || high < Math.max(open, close) || low > Math.min(open, close)) {
                throw bad(index, "high", "expected low <= open, close <= high");
            }
            return new Input(
                    asset,
                    millis,
                    close,
                    volume,
                    new Bar(Instant.ofEpochMilli(millis), open, high, low, close, volume));
        }
        throw bad(index, "price", "expected price (a tick) or open, high, low and close (a bar)");
    }

    private static long time(int index, JsonNode node) {
        if (node == null || node.isNull()) {
            throw bad(index, "time", "expected a time: an ISO-8601 instant, a date, or epoch milliseconds");
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isTextual()) {
            String text = node.asText().strip();
            try {
                return Instant.parse(text).toEpochMilli();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(text)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()
                            .toEpochMilli();
                } catch (DateTimeParseException e2) {
                    // reported below
                }
            }
        }
        throw bad(
                index,
                "time",
                "expected an ISO-8601 instant such as 2018-03-01T15:30:00Z, a date, or epoch" + " milliseconds, found "
                        + node);
    }

    private static double number(int index, JsonNode element, String field, boolean positive) {
        JsonNode node = element.get(field);
        if (node == null || !node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw bad(index, field, "expected a finite number");
        }
        double value = node.asDouble();
        if (positive ? value <= 0 : value < 0) {
            throw bad(index, field, positive ? "expected a positive number" : "expected a number of at least 0");
        }
        return value;
    }

    private static ProblemException bad(int index, String field, String detail) {
        String where = index < 0 ? "the body" : "element " + index + (field.isEmpty() ? "" : ", " + field);
        Problem problem = Problem.of("bad-body", "Bad request body", 400, where + ": " + detail);
        if (index >= 0) {
            problem = problem.with("index", index);
            if (!field.isEmpty()) {
                problem = problem.with("field", field);
            }
        }
        return new ProblemException(problem);
    }
}
