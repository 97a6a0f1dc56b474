package dev.quiver.server.api;

import static dev.quiver.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quiver.server.support.SseReader;
import dev.quiver.server.support.TestServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StreamRoutesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void shouldSendASnapshotThenLiveUpdatesAfterTicks() throws Exception {
        try (SseReader stream = SseReader.open(server, "/api/stream?sub=AAPL:close&sub=AAPL:rsi(14)")) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.response().headers().firstValue("Content-Type").orElse(""))
                    .startsWith("text/event-stream");

            JsonNode snapshot = stream.next(u -> u.path("expr").asText().equals("rsi(14)"), WAIT);
            assertThat(snapshot.path("symbol").asText()).isEqualTo("AAPL");
            assertThat(snapshot.path("value").isNumber()).isTrue();
            assertThat(snapshot.has("provisional")).isTrue();
            assertThat(snapshot.has("stale")).isTrue();
            assertThat(snapshot.path("time").asText()).startsWith("2018-01-19");

            var posted = server.postJson(
                    "/api/ticks",
                    "[{\"symbol\":\"AAPL\",\"time\":\"2018-03-01T15:00:00Z\",\"price\":123.5,\"size\":10}]");
            assertThat(posted.statusCode()).isEqualTo(202);

            JsonNode live = stream.next(
                    u -> u.path("expr").asText().equals("close")
                            && u.path("value").asDouble() == 123.5,
                    WAIT);
            assertThat(live.path("provisional").asBoolean()).isTrue();
            assertThat(live.path("time").asText()).startsWith("2018-03-01");
            JsonNode rsi = stream.next(
                    u -> u.path("expr").asText().equals("rsi(14)")
                            && u.path("provisional").asBoolean(),
                    WAIT);
            assertThat(rsi.path("value").asDouble()).isBetween(0.0, 100.0);
        }
    }

    @Test
    void shouldAcceptBarsAndAnswerProblemsForBadTicks() {
        var bar = server.postJson(
                "/api/ticks",
                "[{\"symbol\":\"MSFT\",\"time\":\"2018-03-01T00:00:00Z\",\"open\":90,\"high\":95,\"low\":89,"
                        + "\"close\":94,\"volume\":1000}]");
        assertThat(bar.statusCode()).isEqualTo(202);
        assertThat(TestServer.json(bar).path("bars").asInt()).isEqualTo(1);

        JsonNode unknown = assertProblem(
                server.postJson("/api/ticks", "[{\"symbol\":\"NOPE\",\"time\":1,\"price\":1}]"), 404, "unknown-asset");
        assertThat(unknown.path("symbol").asText()).isEqualTo("NOPE");

        JsonNode field = assertProblem(
                server.postJson(
                        "/api/ticks",
                        "[{\"symbol\":\"AAPL\",\"time\":1,\"price\":1},{\"symbol\":\"AAPL\",\"time\":1,\"price\":\"x\"}]"),
                400,
                "bad-body");
        assertThat(field.path("index").asInt()).isEqualTo(1);
        assertThat(field.path("field").asText()).isEqualTo("price");
        assertThat(field.path("detail").asText()).contains("element 1").contains("price");

        assertProblem(server.postJson("/api/ticks", "{\"symbol\":\"AAPL\"}"), 400, "bad-body");
        JsonNode time = assertProblem(
                server.postJson("/api/ticks", "[{\"symbol\":\"AAPL\",\"time\":\"soon\",\"price\":1}]"),
                400,
                "bad-body");
        assertThat(time.path("field").asText()).isEqualTo("time");
        assertProblem(server.postJson("/api/ticks", "[" + "1,".repeat(600_000) + "1]"), 413, "body-too-large");
    }

    @Test
    void shouldAnswerBadSubscriptionsWithProblemsBeforeTheStream() {
        assertProblem(server.get("/api/stream?sub=AAPL:rsi(", "Accept", "text/event-stream"), 400, "bad-expression");
        assertProblem(server.get("/api/stream?sub=AAPL", "Accept", "text/event-stream"), 400, "bad-parameter");
        assertProblem(server.get("/api/stream", "Accept", "text/event-stream"), 400, "bad-parameter");
        assertProblem(server.get("/api/stream?sub=NOPE:close", "Accept", "text/event-stream"), 404, "unknown-asset");
        assertProblem(
                server.get("/api/stream?sub=AAPL:close&maxRate=fast", "Accept", "text/event-stream"),
                400,
                "bad-parameter");
        assertProblem(server.get("/api/stream?sub=AAPL:close", "Accept", "application/json"), 406, "not-acceptable");
        String many = "sub=AAPL:sma("
                + String.join(
                        ")&sub=AAPL:sma(",
                        java.util.stream.IntStream.rangeClosed(2, 40)
                                .mapToObj(Integer::toString)
                                .toList())
                + ")";
        assertProblem(server.get("/api/stream?" + many, "Accept", "text/event-stream"), 400, "limit-exceeded");
    }

    @Test
    void shouldNotLetAStalledClientDelayOthersOrTheEngine() throws Exception {
        // A client that sends the request and never reads a byte of the response.
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(1024);
            stalled.connect(
                    new java.net.InetSocketAddress("127.0.0.1", server.server().port()));
            OutputStream out = stalled.getOutputStream();
            String subs = "sub=SPY:close&sub=SPY:sma(5)&sub=SPY:ema(5)&sub=SPY:rsi(14)&sub=SPY:macd()";
            out.write(("GET /api/stream?" + subs + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream ignored = stalled.getInputStream();
            assertThat(ignored).isNotNull();

            try (SseReader live = SseReader.open(server, "/api/stream?sub=SPY:close")) {
                long start = System.nanoTime();
                double last = 0;
                for (int batch = 0; batch < 200; batch++) {
                    StringBuilder body = new StringBuilder("[");
                    for (int k = 0; k < 50; k++) {
                        last = 100 + (batch * 50 + k) % 97 + 0.25;
                        body.append(k == 0 ? "" : ",")
                                .append("{\"symbol\":\"SPY\",\"time\":\"2018-03-01T15:00:00Z\",\"price\":")
                                .append(last)
                                .append(",\"size\":1}");
                    }
                    assertThat(server.postJson("/api/ticks", body.append(']').toString())
                                    .statusCode())
                            .isEqualTo(202);
                }
                double expected = last;
                JsonNode update = live.next(u -> u.path("value").asDouble() == expected, WAIT);
                assertThat(update.path("symbol").asText()).isEqualTo("SPY");
                assertThat(server.server().push().drain(WAIT)).isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(WAIT);
                assertThat(server.server().push().stats().ticks()).isGreaterThanOrEqualTo(10_000);
            }
        }
        String metrics = TestServer.text(server.get("/metrics"));
        assertThat(metrics).contains("quiver_subscription_drops_total").contains("quiver_engine_ticks_total");
    }
}
