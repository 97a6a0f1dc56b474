package dev.quiver.server.api;

import static dev.quiver.server.support.Problems.assertProblem;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quiver.server.ServerConfig;
import dev.quiver.server.support.SseReader;
import dev.quiver.server.support.TestServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.IntStream;
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
    }

    @Test
    void shouldRefuseTicksOverTheBodyLimit() {
        // A small limit, so that the whole body is sent before the answer (a megabyte races the early 413).
        try (TestServer small = TestServer.start(b -> b.limits(new Limits(400, 36_525, 32, 100)))) {
            String tick = "{\"symbol\":\"AAPL\",\"time\":1,\"price\":1},";
            JsonNode problem = assertProblem(
                    small.postJson("/api/ticks", "[" + tick.repeat(20) + tick.substring(0, tick.length() - 1) + "]"),
                    413,
                    "body-too-large");
            assertThat(problem.path("limit").asInt()).isEqualTo(400);
        }
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
    void shouldNotDelayOtherClientsOrTheEngineWhenOneStalls() throws Exception {
        // A server of its own, so that its gauges count this test's clients only.
        Socket stalled = new Socket();
        try (TestServer own = TestServer.start()) {
            // A client that sends the request and never reads a byte of the response: 31 columns of
            // SPY, a few kilobytes of events each time a tick changes them.
            stalled.setReceiveBufferSize(1024);
            stalled.connect(
                    new InetSocketAddress(ServerConfig.LOOPBACK, own.server().port()));
            String subs = "sub=SPY:close"
                    + IntStream.rangeClosed(2, 31)
                            .mapToObj(n -> "&sub=SPY:sma(" + n + ")")
                            .collect(joining());
            OutputStream out = stalled.getOutputStream();
            out.write(("GET /api/stream?" + subs + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            awaitGauge(own, "quiver_stream_clients", 1);

            try (SseReader live = SseReader.open(own, "/api/stream?sub=SPY:close")) {
                awaitGauge(own, "quiver_stream_clients", 2);
                Ticks ticks = new Ticks(own);
                // Ticks until the server's write to the stalled client has waited for over a second:
                // the kernel takes no more of its bytes, so its socket buffers (the client's receive
                // buffer and the server's send buffer) are full. The live client sees every round's last
                // tick meanwhile.
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (gauge(own, "quiver_stream_clients_stalled") < 1) {
                    assertThat(System.nanoTime())
                            .as("the stalled client's buffers fill")
                            .isLessThan(deadline);
                    ticks.roundSeenBy(live);
                }
                assertThat(stalled.getInputStream().available())
                        .as("bytes wait unread in the stalled client's receive buffer")
                        .isPositive();

                // Stalled, it delays neither the live client nor the engine.
                for (int round = 0; round < 50; round++) {
                    ticks.roundSeenBy(live);
                }
                assertThat(own.server().push().drain(WAIT)).isTrue();
                assertThat(own.server().push().stats().ticks()).isGreaterThanOrEqualTo(ticks.posted());
                assertThat(gauge(own, "quiver_stream_clients_stalled")).isEqualTo(1);
                assertThat(gauge(own, "quiver_subscription_drops_total")).isPositive();

                // Once the stalled client goes, its writer and its subscription go too.
                stalled.setSoLinger(true, 0);
                stalled.close();
                awaitGauge(own, "quiver_stream_clients", 1);
                assertThat(gauge(own, "quiver_stream_clients_stalled")).isZero();
                awaitNoThread("quiver-delivery-SPY:close,SPY:sma(2)");
                ticks.roundSeenBy(live);
            }
        } finally {
            stalled.close();
        }
    }

    /** Ticks of SPY posted in rounds, each price unique, so that a client can tell it has the last. */
    private static final class Ticks {
        private final TestServer server;
        private long posted;

        Ticks(TestServer server) {
            this.server = server;
        }

        /** Posts a round of 20 ticks and waits until {@code live} receives the last one. */
        void roundSeenBy(SseReader live) throws InterruptedException {
            StringBuilder body = new StringBuilder("[");
            double last = 0;
            for (int k = 0; k < 20; k++) {
                last = 100 + ++posted / 1024.0;
                body.append(k == 0 ? "" : ",")
                        .append("{\"symbol\":\"SPY\",\"time\":\"2018-03-01T15:00:00Z\",\"price\":")
                        .append(last)
                        .append(",\"size\":1}");
            }
            assertThat(server.postJson("/api/ticks", body.append(']').toString())
                            .statusCode())
                    .isEqualTo(202);
            double expected = last;
            live.next(u -> u.path("value").asDouble() == expected, WAIT);
        }

        long posted() {
            return posted;
        }
    }

    /** A sample's value on {@code /metrics}, 0 when it is absent. */
    private static double gauge(TestServer server, String name) {
        return TestServer.text(server.get("/metrics"))
                .lines()
                .filter(line -> line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(name.length() + 1)))
                .findFirst()
                .orElse(0);
    }

    private static void awaitGauge(TestServer server, String name, double value) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (gauge(server, name) != value) {
            assertThat(System.nanoTime()).as(name + " reaches " + value).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void awaitNoThread(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith(prefix))) {
            assertThat(System.nanoTime()).as("thread " + prefix + " ends").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
