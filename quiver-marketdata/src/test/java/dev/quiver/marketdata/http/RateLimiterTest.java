package dev.quiver.marketdata.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.marketdata.RateLimitedException;
import dev.quiver.marketdata.support.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2025-02-20T12:00:00Z"));

    private RateLimiter limiter(RateLimit... limits) {
        return new RateLimiter("test", List.of(limits), Duration.ofMinutes(5), clock.pacing());
    }

    @Test
    void shouldLetABurstUpToThePermitsThroughThenWaitForTheWindow() throws InterruptedException {
        RateLimiter limiter = limiter(RateLimit.perMinute(3));
        clock.advance(Duration.ofSeconds(10));

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire()).isZero();
        }
        clock.advance(Duration.ofSeconds(20));

        assertThat(limiter.acquire()).isEqualTo(Duration.ofSeconds(40));
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(40));
    }

    @Test
    void shouldNeverExceedThePermitsInAnyWindow() throws InterruptedException {
        RateLimiter limiter = limiter(RateLimit.perMinute(5));
        List<Instant> granted = new ArrayList<>();

        for (int i = 0; i < 23; i++) {
            limiter.acquire();
            granted.add(clock.instant());
            clock.advance(Duration.ofSeconds(1));
        }

        for (int i = 5; i < granted.size(); i++) {
            assertThat(Duration.between(granted.get(i - 5), granted.get(i)))
                    .isGreaterThanOrEqualTo(Duration.ofMinutes(1));
        }
        assertThat(Duration.between(granted.get(0), granted.get(22))).isLessThan(Duration.ofMinutes(5));
    }

    @Test
    void shouldRespectEveryLimitTogether() throws InterruptedException {
        RateLimiter limiter = limiter(RateLimit.perMinute(5), new RateLimit(7, Duration.ofMinutes(3)));

        for (int i = 0; i < 8; i++) {
            limiter.acquire();
        }

        assertThat(clock.sleeps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2));
    }

    @Test
    void shouldRefuseWithTheWaitWhenADailyQuotaIsUsedUp() throws InterruptedException {
        RateLimiter limiter = limiter(RateLimit.perMinute(5), RateLimit.perDay(25));
        for (int i = 0; i < 25; i++) {
            limiter.acquire();
        }

        assertThat(clock.sleeps()).hasSize(4).containsOnly(Duration.ofMinutes(1));
        assertThatThrownBy(limiter::acquire)
                .isInstanceOfSatisfying(
                        RateLimitedException.class,
                        e -> assertThat(e.retryAfter())
                                .contains(Duration.ofDays(1).minusMinutes(4)))
                .hasMessageContaining("test: rate limited")
                .hasMessageContaining("25 requests per day");
        assertThat(clock.sleeps()).hasSize(4);
    }
}
