package dev.quiver.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quiver.core.engine.push.PushEngine;
import dev.quiver.server.http.BadParameterException;
import dev.quiver.server.http.NotAcceptableException;
import dev.quiver.server.http.Problem;
import dev.quiver.server.http.RouteGroup;
import dev.quiver.server.metrics.ServerMetrics;
import dev.quiver.store.BarStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;

/**
 * {@code GET /api/stream} (Server-Sent Events) and {@code /api/ws} (WebSocket): live values of
 * subscribed expressions from the push engine. Every key is checked before a stream starts, so a bad
 * subscription is a problem response, not a broken stream. Thread-safe.
 */
final class StreamController implements RouteGroup {

    /** The most updates a second a client may ask for; 0 (the default) sends as fast as it reads. */
    static final int MAX_RATE = 1000;

    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final PushEngine engine;
    private final BarStore store;
    private final SessionZones zones;
    private final ServerMetrics metrics;
    private final Limits limits;
    private final ObjectMapper json;
    private final ProblemMapping problems;
    private final LiveClients clients = new LiveClients();
    private final Map<String, LiveClient> sockets = new ConcurrentHashMap<>();
    private final Map<String, WsOutput> outputs = new ConcurrentHashMap<>();

    StreamController(
            PushEngine engine,
            BarStore store,
            ServerMetrics metrics,
            Limits limits,
            ObjectMapper json,
            ProblemMapping problems) {
        this.engine = engine;
        this.store = store;
        this.zones = new SessionZones(store);
        this.metrics = metrics;
        this.limits = limits;
        this.json = json;
        this.problems = problems;
        metrics.streamClients(clients::open, clients::stalled);
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/stream", this::stream);
        routes.ws("/api/ws", this::socket);
    }

    /** Checks the subscriptions, then streams their updates as {@code update} events. */
    void stream(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new NotAcceptableException(accept == null ? "" : accept, List.of("text/event-stream"));
        }
        List<StreamKey> keys = StreamKey.parse("sub", ctx.queryParams("sub"), store, limits.maxExpressions());
        int maxRate = maxRate(ctx.queryParam("maxRate"));
        // Subscribe before the response starts: a bad expression is a problem response, not a broken stream.
        SseOutput output = new SseOutput(json);
        LiveClient client = new LiveClient(engine, metrics, output, limits.maxExpressions(), zones, clients);
        try {
            client.subscribe(keys, maxRate);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        new SseHandler(sse -> {
                    sse.keepAlive();
                    output.sse = sse;
                    sse.onClose(client::close);
                    client.start();
                })
                .handle(ctx);
    }

    private void socket(WsConfig ws) {
        ws.onConnect(ctx -> {
            ctx.enableAutomaticPings(15, TimeUnit.SECONDS);
            WsOutput output = new WsOutput(ctx, json);
            LiveClient client = new LiveClient(engine, metrics, output, limits.maxExpressions(), zones, clients);
            outputs.put(ctx.sessionId(), output);
            sockets.put(ctx.sessionId(), client);
            client.start();
        });
        ws.onMessage(ctx -> message(ctx, ctx.message()));
        ws.onClose(ctx -> end(ctx.sessionId()));
        ws.onError(ctx -> end(ctx.sessionId()));
    }

    private void end(String session) {
        outputs.remove(session);
        LiveClient client = sockets.remove(session);
        if (client != null) {
            client.close();
        }
    }

    /** Handles {@code subscribe} and {@code unsubscribe}; a bad message is answered with a problem. */
    private void message(WsContext ctx, String text) {
        LiveClient client = sockets.get(ctx.sessionId());
        WsOutput output = outputs.get(ctx.sessionId());
        if (client == null || output == null) {
            return;
        }
        try {
            JsonNode message = json.readTree(text);
            String op = message.path("op").asText("");
            List<String> subs = new ArrayList<>();
            message.path("subs").forEach(n -> subs.add(n.asText()));
            switch (op) {
                case "subscribe" -> {
                    List<StreamKey> keys = StreamKey.parse("subs", subs, store, limits.maxExpressions());
                    client.subscribe(keys, maxRate(message.path("maxRate").asText(null)));
                    output.text(json.writeValueAsString(Map.of("op", "subscribed", "subs", client.keys())));
                }
                case "unsubscribe" -> {
                    client.unsubscribe(subs.stream().map(String::strip).toList());
                    output.text(json.writeValueAsString(Map.of("op", "unsubscribed", "subs", client.keys())));
                }
                default ->
                    throw new BadParameterException(
                            "op", "expected \"subscribe\" or \"unsubscribe\", found \"" + op + "\"");
            }
        } catch (Exception e) {
            Throwable failure = e instanceof JsonProcessingException
                    ? new BadParameterException("message", "not a JSON object: " + e.getMessage())
                    : e;
            if (failure instanceof CompletionException c && c.getCause() != null) {
                failure = c.getCause();
            }
            Problem problem = problems.problemOf(failure, "WS", "/api/ws");
            try {
                output.text(json.writeValueAsString(Map.of("op", "problem", "problem", problem.toJson("/api/ws"))));
            } catch (Exception ignored) {
                // the client is gone
            }
        }
    }

    private static int maxRate(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            int rate = Integer.parseInt(text.strip());
            if (rate >= 0 && rate <= MAX_RATE) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameterException(
                "maxRate",
                "expected updates per second as a whole number in 0.." + MAX_RATE + ", found '" + text + "'");
    }

    /**
     * Writes to an SSE response, once it has started: each event as one write of its bytes and one
     * flush. Javalin's own sender copies every event through a reader and 24 KB of fresh buffers to
     * split its lines; an update's JSON is a single line, so it needs none of that.
     */
    private static final class SseOutput implements LiveClient.Output {
        private static final byte[] PING = ": ping\n".getBytes(StandardCharsets.UTF_8);

        private final ObjectMapper json;
        volatile SseClient sse;

        SseOutput(ObjectMapper json) {
            this.json = json;
        }

        @Override
        public void update(LiveUpdate update) throws Exception {
            write(("event: update\ndata: " + json.writeValueAsString(update) + "\n\n")
                    .getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void ping() throws IOException {
            write(PING);
        }

        private void write(byte[] event) throws IOException {
            SseClient client = sse;
            if (client == null || client.terminated()) {
                throw new IllegalStateException("the client closed the stream");
            }
            HttpServletResponse response = client.ctx().res();
            response.getOutputStream().write(event);
            response.flushBuffer();
        }

        @Override
        public void end() {
            SseClient client = sse;
            if (client != null) {
                client.close();
            }
        }
    }

    /**
     * Writes to a WebSocket one frame at a time (Jetty allows no concurrent writes), waiting for each
     * frame to be taken, bounded by a timeout.
     */
    private record WsOutput(WsContext ctx, ObjectMapper json) implements LiveClient.Output {
        @Override
        public void update(LiveUpdate update) throws Exception {
            text(json.writeValueAsString(update));
        }

        /** Sends one text frame and waits until it is written. */
        synchronized void text(String text) throws Exception {
            Callback.Completable sent = new Callback.Completable();
            ctx.session.sendText(text, sent);
            sent.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }

        @Override
        public void ping() {}

        @Override
        public void end() {
            if (ctx.session.isOpen()) {
                ctx.closeSession();
            }
        }
    }
}
