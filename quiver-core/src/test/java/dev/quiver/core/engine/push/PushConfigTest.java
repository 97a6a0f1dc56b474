package dev.quiver.core.engine.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.engine.push.support.MemorySource;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PushConfigTest {

    private final PushConfig.Builder builder = PushConfig.builder(StandardCatalogue.get(), new MemorySource());

    @Test
    void shouldSpinFiftyMicrosecondsWhenIdleByDefault() {
        assertThat(builder.build().idleSpin()).isEqualTo(Duration.ofNanos(50_000));
    }

    @Test
    void shouldRejectAnIdleSpinThatIsNotPositiveOrLongerThanTenMilliseconds() {
        for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofNanos(-1), Duration.ofMillis(11)}) {
            assertThatThrownBy(() -> builder.idleSpin(bad).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("idleSpin")
                    .hasMessageContaining(bad.toString());
        }
        assertThat(builder.idleSpin(PushConfig.MAX_IDLE_SPIN).build().idleSpin())
                .isEqualTo(Duration.ofMillis(10));
    }
}
