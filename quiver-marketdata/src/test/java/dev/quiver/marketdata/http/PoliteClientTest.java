package dev.quiver.marketdata.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.marketdata.NetworkUnreachableException;
import dev.quiver.marketdata.ProviderErrorException;
import dev.quiver.marketdata.RateLimitedException;
import dev.quiver.marketdata.support.ClosedPorts;
import dev.quiver.marketdata.support.ManualClock;
import dev.quiver.marketdata.support.Reply;
import dev.quiver.marketdata.support.ResettingServer;
import dev.quiver.marketdata.support.StubServer;
import dev.quiver.marketdata.support.TestHttp;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PoliteClientTest {

    private static final String OK = "{\"ok\":true}";

    private final StubServer server = StubServer.start();
    private final ManualClock clock = new ManualClock(Instant.parse("2025-02-20T12:00:00Z"));

    @AfterEach
    void stop() {
        server.close();
    }

    private URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    @Test
    void shouldRetryABurstOf429sWithPlainTextBodiesThenReturnTheAnswer() {
        server.on(
                "/data",
                Reply.yahooError("rate_limited_data_request"),
                Reply.yahooError("rate_limited_data_request"),
                Reply.json(200, OK));

        TextResponse response = TestHttp.client(clock).get(uri("/data"), Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(OK);
        assertThat(server.requests("/data")).hasSize(3);
        assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500));
    }

    @Test
    void shouldWaitAsLongAsRetryAfterAsks() {
        server.on("/data", Reply.text(429, "Too Many Requests").withHeader("Retry-After", "7"), Reply.json(200, OK));

        TestHttp.client(clock).get(uri("/data"), Map.of());

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void shouldGiveUpAtOnceWhenRetryAfterAsksForTooLong() {
        server.on("/data", Reply.text(429, "Too Many Requests").withHeader("Retry-After", "3600"));

        assertThatThrownBy(() -> TestHttp.client(clock).get(uri("/data"), Map.of()))
                .isInstanceOfSatisfying(
                        RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)))
                .hasMessageContaining("HTTP 429")
                .hasMessageContaining("retry after 60 min");
        assertThat(server.requests("/data")).hasSize(1);
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void shouldFailWithRateLimitedWhenEveryAttemptIsRefused() {
        server.on("/data", Reply.yahooError("rate_limited_data_request"));

        assertThatThrownBy(() -> TestHttp.client(clock).get(uri("/data"), Map.of()))
                .isInstanceOfSatisfying(
                        RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isEmpty())
                .hasMessageContaining("4 attempts")
                .hasMessageContaining("Too Many Requests");
        assertThat(server.requests("/data")).hasSize(4);
        assertThat(clock.sleeps()).hasSize(3);
    }

    @Test
    void shouldRetryServerErrorsThenReportTheStatusAndTheBody() {
        server.on("/data", Reply.text(503, "upstream\n  unavailable"), Reply.text(502, "bad gateway"));

        assertThatThrownBy(() -> TestHttp.client(clock).get(uri("/data"), Map.of()))
                .isInstanceOfSatisfying(ProviderErrorException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.bodyExcerpt()).isEqualTo("bad gateway");
                })
                .hasMessageContaining("HTTP 502 from " + server.baseUrl() + "/data");
        assertThat(server.requests("/data")).hasSize(4);
    }

    @Test
    void shouldReturnAServerErrorThatRecoversOnRetry() {
        server.on("/data", Reply.text(500, "oops"), Reply.json(200, OK));

        assertThat(TestHttp.client(clock).get(uri("/data"), Map.of()).body()).isEqualTo(OK);
    }

    @Test
    void shouldReturnOtherClientErrorsWithoutRetrying() {
        server.on("/data", Reply.yahooError("chart_unknown_or_delisted_symbol"));

        TextResponse response = TestHttp.client(clock).get(uri("/data"), Map.of());

        assertThat(response.status()).isEqualTo(404);
        assertThat(server.requests("/data")).hasSize(1);
    }

    @Test
    void shouldRetryAnAnswerThatTakesLongerThanTheTimeout() {
        server.on("/data", Reply.json(200, "{\"slow\":true}").after(Duration.ofMillis(700)), Reply.json(200, OK));
        PoliteClient client = TestHttp.client(clock, TestHttp.settings(Duration.ofMillis(250)));

        assertThat(client.get(uri("/data"), Map.of()).body()).isEqualTo(OK);
        assertThat(server.requests("/data")).hasSize(2);
    }

    @Test
    void shouldSayWhenNoAttemptIsAnsweredInTime() {
        server.on("/data", Reply.json(200, OK).after(Duration.ofMillis(400)));
        HttpSettings settings = new HttpSettings(
                Duration.ofMillis(100),
                Duration.ofMillis(100),
                RetryPolicy.DEFAULT.withMaxAttempts(2),
                HttpSettings.USER_AGENT);

        assertThatThrownBy(() -> TestHttp.client(clock, settings).get(uri("/data"), Map.of()))
                .isInstanceOf(NetworkUnreachableException.class)
                .hasMessageContaining("no complete answer within 100 ms (2 attempts)");
    }

    @Test
    void shouldRetryAConnectionClosedWithoutAnswer() {
        server.on("/data", Reply.dropped(), Reply.json(200, OK));

        assertThat(TestHttp.client(clock).get(uri("/data"), Map.of()).body()).isEqualTo(OK);
        assertThat(server.requests("/data")).hasSize(2);
    }

    @Test
    void shouldRetryABodyCutShort() {
        server.on("/data", Reply.cutShort("{\"values\":[1,2,3,4,5,6,7,8,9]}"), Reply.json(200, OK));

        assertThat(TestHttp.client(clock).get(uri("/data"), Map.of()).body()).isEqualTo(OK);
        assertThat(server.requests("/data")).hasSize(2);
    }

    @Test
    void shouldReportARefusedConnectionAtOnceWithItsUrl() {
        String url = ClosedPorts.refusingUrl();

        assertThatThrownBy(() -> TestHttp.client(clock).get(URI.create(url + "/data"), Map.of()))
                .isInstanceOfSatisfying(
                        NetworkUnreachableException.class,
                        e -> assertThat(e.url()).isEqualTo(url + "/data"))
                .hasMessageContaining("cannot reach " + url + "/data")
                .hasMessageContaining("connection refused");
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void shouldReportConnectionsResetOnEveryAttempt() {
        try (ResettingServer resetting = ResettingServer.start()) {
            URI uri = URI.create(resetting.baseUrl() + "/data");

            assertThatThrownBy(() -> TestHttp.client(clock).get(uri, Map.of()))
                    .isInstanceOf(NetworkUnreachableException.class)
                    .hasMessageContaining("connection broken")
                    .hasMessageContaining("(4 attempts)");
            // the JDK client itself tries an idempotent request once more when a connection breaks
            assertThat(resetting.connections()).isIn(4, 8);
        }
    }

    @Test
    void shouldWaitForTheRateLimitBeforeEachRequest() {
        server.on("/data", Reply.json(200, OK));
        PoliteClient client = TestHttp.client(clock, TestHttp.settings(TestHttp.TIMEOUT), RateLimit.perMinute(2));

        for (int i = 0; i < 3; i++) {
            client.get(uri("/data"), Map.of());
        }

        assertThat(clock.sleeps()).containsExactly(Duration.ofMinutes(1));
        assertThat(server.requests("/data")).hasSize(3);
    }

    @Test
    void shouldSendItsUserAgentAndHideKeysInMessages() {
        server.on("/data", Reply.text(500, "down"));

        assertThatThrownBy(() -> TestHttp.client(clock).get(uri("/data?symbol=IBM&apikey=SECRET123"), Map.of()))
                .hasMessageContaining("apikey=***")
                .hasMessageNotContaining("SECRET123");
        assertThat(server.requests("/data").get(0).header("User-Agent")).isEqualTo(HttpSettings.USER_AGENT);
    }
}
