package dev.quiver.marketdata.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2025-02-20T11:47:42Z");

    @Test
    void shouldReadSeconds() {
        assertThat(RetryAfter.parse(Optional.of("120"), NOW)).contains(Duration.ofMinutes(2));
    }

    @Test
    void shouldReadAnHttpDateAsTheTimeLeftUntilIt() {
        assertThat(RetryAfter.parse(Optional.of("Thu, 20 Feb 2025 11:48:12 GMT"), NOW))
                .contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse(Optional.of("Thu, 20 Feb 2025 11:00:00 GMT"), NOW))
                .contains(Duration.ZERO);
    }

    @Test
    void shouldIgnoreWhatItCannotRead() {
        assertThat(RetryAfter.parse(Optional.of("soon"), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("-5"), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("99999999999999999999999"), NOW))
                .isEmpty();
        assertThat(RetryAfter.parse(Optional.empty(), NOW)).isEmpty();
    }
}
