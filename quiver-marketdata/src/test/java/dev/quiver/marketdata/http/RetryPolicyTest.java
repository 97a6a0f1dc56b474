package dev.quiver.marketdata.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy =
            new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMinutes(2));

    @Test
    void shouldDoubleTheDelayAfterEachFailureUpToTheCap() {
        assertThat(policy.backoff(1, 0.999)).isEqualTo(Duration.ofMillis(999));
        assertThat(policy.backoff(2, 0.999)).isEqualTo(Duration.ofMillis(1999));
        assertThat(policy.backoff(3, 0.999)).isEqualTo(Duration.ofMillis(3998));
        assertThat(policy.backoff(4, 0.999)).isEqualTo(Duration.ofMillis(4997));
        assertThat(policy.backoff(40, 0.999)).isEqualTo(Duration.ofMillis(4997));
    }

    @Test
    void shouldSpreadEachDelayOverItsUpperHalf() {
        assertThat(policy.backoff(2, 0.0)).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(1500));
    }
}
