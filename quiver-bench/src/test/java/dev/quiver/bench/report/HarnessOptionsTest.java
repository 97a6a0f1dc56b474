package dev.quiver.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HarnessOptionsTest {

    @Test
    void shouldReadTheOutputFileAndTheQuickFlagInAnyOrder() {
        assertThat(HarnessOptions.parse("H", "--quick", "--out", "r.json"))
                .isEqualTo(new HarnessOptions(Path.of("r.json"), true));
        assertThat(HarnessOptions.parse("H", "--out", "r.json"))
                .isEqualTo(new HarnessOptions(Path.of("r.json"), false));
    }

    @Test
    void shouldRejectAMissingOutputOrAnUnknownArgumentWithTheUsage() {
        assertThatThrownBy(() -> HarnessOptions.parse("H", "--quick"))
                .hasMessageContaining("usage: java -cp benchmarks.jar H");
        assertThatThrownBy(() -> HarnessOptions.parse("H", "--out")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HarnessOptions.parse("H", "--out", "r.json", "--fast"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
