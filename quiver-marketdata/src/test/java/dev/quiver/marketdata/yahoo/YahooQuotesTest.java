package dev.quiver.marketdata.yahoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.core.asset.AssetId;
import dev.quiver.marketdata.MalformedResponseException;
import dev.quiver.marketdata.RateLimitedException;
import dev.quiver.marketdata.SymbolNotFoundException;
import dev.quiver.marketdata.UnauthorizedException;
import dev.quiver.marketdata.support.ManualClock;
import dev.quiver.marketdata.support.Reply;
import dev.quiver.marketdata.support.StubServer;
import dev.quiver.marketdata.support.TestSources;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cookie and crumb handshake of the quote endpoint, against a stub that plays Yahoo's part. */
class YahooQuotesTest {

    private static final String QUOTE = "/v7/finance/quote";
    private static final String CRUMB = "/v1/test/getcrumb";
    private static final AssetId AAPL = AssetId.of("AAPL");

    private final StubServer server = StubServer.start();
    private final ManualClock clock = new ManualClock(Instant.parse("2025-02-17T10:54:49Z"));
    private YahooQuotes quotes;

    @BeforeEach
    void start() {
        server.on("/", Reply.text(404, "").withHeader("Set-Cookie", "A3=d=session; Path=/"));
        quotes = TestSources.yahoo(server, clock).quotes();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldFetchTheCookieThenTheCrumbThenTheQuote() {
        server.on(CRUMB, Reply.text(200, "haT3oykhHqZ")).on(QUOTE, Reply.yahoo("quote_AAPL.json"));

        Quote quote = quotes.quote(AAPL);

        assertThat(quote).isEqualTo(new Quote(AAPL, 244.6, Instant.ofEpochSecond(1739566800), 241.53, "USD", "CLOSED"));
        assertThat(server.requests()).extracting(r -> r.path()).containsExactly("/", CRUMB, QUOTE);
        assertThat(server.requests(CRUMB).get(0).header("Cookie")).contains("A3=d=session");
        assertThat(server.requests(QUOTE).get(0).params())
                .containsEntry("symbols", "AAPL")
                .containsEntry("crumb", "haT3oykhHqZ");
    }

    @Test
    void shouldReuseTheCrumbForLaterQuotes() {
        server.on(CRUMB, Reply.text(200, "haT3oykhHqZ")).on(QUOTE, Reply.yahoo("quote_AAPL.json"));

        quotes.quote(AAPL);
        quotes.quote(AAPL);

        assertThat(server.requests(CRUMB)).hasSize(1);
        assertThat(server.requests(QUOTE)).hasSize(2);
    }

    @Test
    void shouldRenewAnInvalidCrumbOnceAndRetry() {
        server.on(CRUMB, Reply.text(200, "staleCrumb1"), Reply.text(200, "freshCrumb2"))
                .on(QUOTE, Reply.yahooError("invalid_crumb"), Reply.yahoo("quote_AAPL.json"));

        assertThat(quotes.quote(AAPL).price()).isEqualTo(244.6);

        assertThat(server.requests(QUOTE))
                .extracting(r -> r.param("crumb"))
                .containsExactly("staleCrumb1", "freshCrumb2");
        assertThat(server.requests(CRUMB)).hasSize(2);
    }

    @Test
    void shouldGiveUpWhenTheRenewedCrumbIsRefusedToo() {
        server.on(CRUMB, Reply.text(200, "crumbA"), Reply.text(200, "crumbB"))
                .on(QUOTE, Reply.yahooError("invalid_crumb_with_feedback_link"), Reply.yahooError("invalid_cookie"));

        assertThatThrownBy(() -> quotes.quote(AAPL))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessageContaining(
                        "yahoo: not authorized: Invalid Cookie (HTTP 401 from " + server.baseUrl() + QUOTE);
        assertThat(server.requests(QUOTE)).hasSize(2);
    }

    @Test
    void shouldNeverSendARateLimitTextAsTheCrumb() {
        server.on(CRUMB, Reply.yahooError("rate_limited_getcrumb")).on(QUOTE, Reply.yahoo("quote_AAPL.json"));

        assertThatThrownBy(() -> quotes.quote(AAPL))
                .isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("Too Many Requests");
        assertThat(server.requests(CRUMB)).hasSize(4);
        assertThat(server.requests(QUOTE)).isEmpty();
    }

    @Test
    void shouldRefuseACrumbThatIsText() {
        server.on(CRUMB, Reply.text(200, "Too Many Requests\r\n")).on(QUOTE, Reply.yahoo("quote_AAPL.json"));

        assertThatThrownBy(() -> quotes.quote(AAPL))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("not a crumb: 'Too Many Requests'");
        assertThat(server.requests(QUOTE)).isEmpty();
    }

    @Test
    void shouldReportASymbolWithoutQuote() {
        server.on(CRUMB, Reply.text(200, "haT3oykhHqZ"))
                .on(QUOTE, Reply.json(200, "{\"quoteResponse\":{\"result\":[],\"error\":null}}"));

        assertThatThrownBy(() -> quotes.quote(AssetId.of("NOPE"))).isInstanceOf(SymbolNotFoundException.class);
    }
}
