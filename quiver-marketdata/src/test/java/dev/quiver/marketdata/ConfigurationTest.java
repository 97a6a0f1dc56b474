package dev.quiver.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.marketdata.alphavantage.AlphaVantageConfig;
import dev.quiver.marketdata.http.KeyedSource;
import dev.quiver.marketdata.http.RateLimit;
import dev.quiver.marketdata.yahoo.YahooConfig;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Test
    void shouldPreferOptionsThenTheEnvironmentThenTheFile() {
        Configuration config = Configuration.of(
                Map.of("yahoo.url", "http://127.0.0.1:1"),
                Map.of("QUIVER_YAHOO_URL", "http://127.0.0.1:2", "QUIVER_POLYGON_KEY", "from-env"),
                Map.of("yahoo.url", "http://127.0.0.1:3", "polygon.key", "from-file", "alphavantage.key", "file-key"));

        assertThat(config.get("yahoo.url")).contains("http://127.0.0.1:1");
        assertThat(config.get("polygon.key")).contains("from-env");
        assertThat(config.get("alphavantage.key")).contains("file-key");
        assertThat(config.get("nothing.here")).isEmpty();
    }

    @Test
    void shouldNameEachKeysVariable() {
        assertThat(Configuration.environmentName("alphavantage.requests-per-day"))
                .isEqualTo("QUIVER_ALPHAVANTAGE_REQUESTS_PER_DAY");
    }

    @Test
    void shouldDefaultEachProviderToItsOwnServerAndPoliteness() {
        YahooConfig yahoo = YahooConfig.from(Configuration.defaults());
        KeyedSource alphaVantage = AlphaVantageConfig.from(Configuration.defaults());

        assertThat(yahoo.baseUrl()).isEqualTo(YahooConfig.DEFAULT_BASE_URL);
        assertThat(yahoo.cookieUrl()).isEqualTo(YahooConfig.DEFAULT_COOKIE_URL);
        assertThat(yahoo.limits()).containsExactly(RateLimit.perMinute(60));
        assertThat(alphaVantage.limits()).containsExactly(RateLimit.perMinute(5), RateLimit.perDay(25));
        assertThat(alphaVantage.apiKey()).isEmpty();
    }

    @Test
    void shouldSendTheWholeYahooHandshakeToAConfiguredMirror() {
        YahooConfig mirror = YahooConfig.from(
                Configuration.of(Map.of(), Map.of("QUIVER_YAHOO_URL", "http://127.0.0.1:8080/yahoo/"), Map.of()));

        assertThat(mirror.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/yahoo"));
        assertThat(mirror.cookieUrl()).isEqualTo(mirror.baseUrl());
    }

    @Test
    void shouldNameTheSettingOfAValueThatDoesNotParse() {
        assertThatThrownBy(() -> Configuration.of(Map.of("yahoo.url", "ftp://x"), Map.of(), Map.of())
                        .url("yahoo.url", YahooConfig.DEFAULT_BASE_URL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "--yahoo-url: 'ftp://x' is not an absolute http or https URL such as http://127.0.0.1:8080");
        assertThatThrownBy(
                        () -> Configuration.of(Map.of(), Map.of("QUIVER_YAHOO_REQUESTS_PER_MINUTE", "lots"), Map.of())
                                .count("yahoo.requests-per-minute", 60, 0))
                .hasMessage("QUIVER_YAHOO_REQUESTS_PER_MINUTE: 'lots' is not a whole number of at least 0");
    }

    @Test
    void shouldNeverShowAKeyInItsDescription() {
        KeyedSource keyed =
                AlphaVantageConfig.from(Configuration.of(Map.of(), Map.of(), Map.of("alphavantage.key", "S3CR3T")));

        assertThat(keyed.apiKey()).isEqualTo("S3CR3T");
        assertThat(keyed.toString()).doesNotContain("S3CR3T").contains("key set");
    }
}
