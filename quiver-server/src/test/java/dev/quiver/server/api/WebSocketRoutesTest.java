package dev.quiver.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quiver.server.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class WebSocketRoutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldSubscribeStreamAndUnsubscribe() throws Exception {
        try (TestServer server = TestServer.start()) {
            BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
            StringBuilder partial = new StringBuilder();
            URI uri = URI.create("ws://127.0.0.1:" + server.server().port() + "/api/ws");
            WebSocket socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(uri, new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                            partial.append(data);
                            if (last) {
                                try {
                                    messages.add(JSON.readTree(partial.toString()));
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                                partial.setLength(0);
                            }
                            ws.request(1);
                            return null;
                        }
                    })
                    .get(10, TimeUnit.SECONDS);

            socket.sendText("{\"op\":\"subscribe\",\"subs\":[\"MSFT:close\",\"MSFT:sma(5)\"]}", true);
            JsonNode subscribed = next(messages, m -> m.path("op").asText().equals("subscribed"));
            assertThat(subscribed.path("subs").toString())
                    .contains("MSFT:close")
                    .contains("MSFT:sma(5)");
            JsonNode snapshot = next(messages, m -> m.path("expr").asText().equals("sma(5)"));
            assertThat(snapshot.path("symbol").asText()).isEqualTo("MSFT");

            server.postJson("/api/ticks", "[{\"symbol\":\"MSFT\",\"time\":\"2018-03-01T15:00:00Z\",\"price\":77.5}]");
            next(
                    messages,
                    m -> m.path("expr").asText().equals("close")
                            && m.path("value").asDouble() == 77.5);

            socket.sendText("{\"op\":\"unsubscribe\",\"subs\":[\"MSFT:close\"]}", true);
            JsonNode unsubscribed = next(messages, m -> m.path("op").asText().equals("unsubscribed"));
            assertThat(unsubscribed.path("subs").toString())
                    .doesNotContain("MSFT:close")
                    .contains("MSFT:sma(5)");

            socket.sendText("{\"op\":\"subscribe\",\"subs\":[\"MSFT:rsi(\"]}", true);
            JsonNode problem = next(messages, m -> m.path("op").asText().equals("problem"));
            assertThat(problem.path("problem").path("status").asInt()).isEqualTo(400);
            assertThat(problem.path("problem").path("type").asText()).endsWith("bad-expression");

            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
        }
    }

    /**
     * The first message, received or still to come, that matches; earlier messages that do not match
     * are kept for later calls, since updates and replies travel independently (a snapshot may arrive
     * before the reply to the subscription that asked for it).
     */
    private JsonNode next(BlockingQueue<JsonNode> messages, Predicate<JsonNode> match) throws Exception {
        for (var seen = unmatched.iterator(); seen.hasNext(); ) {
            JsonNode message = seen.next();
            if (match.test(message)) {
                seen.remove();
                return message;
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            JsonNode message = messages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError("no matching message within 10 s; unmatched: " + unmatched);
            }
            if (match.test(message)) {
                return message;
            }
            unmatched.add(message);
        }
    }

    private final java.util.List<JsonNode> unmatched = new java.util.ArrayList<>();
}
