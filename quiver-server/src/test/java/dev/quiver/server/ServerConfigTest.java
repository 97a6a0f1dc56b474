package dev.quiver.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.server.api.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

    @Test
    void shouldDefaultToLoopbackWithoutKeyAndClosedCors() {
        ServerConfig config = ServerConfig.defaults();

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.requiresApiKey()).isFalse();
        assertThat(config.corsOrigins()).isEmpty();
        assertThat(config.limits()).isEqualTo(Limits.DEFAULT);
        assertThat(config.isExposedWithoutKey()).isFalse();
    }

    @Test
    void shouldCallANonLoopbackHostWithoutKeyExposed() {
        assertThat(ServerConfig.builder().host("0.0.0.0").build().isExposedWithoutKey())
                .isTrue();
        assertThat(ServerConfig.builder()
                        .host("0.0.0.0")
                        .apiKey("s3cret")
                        .build()
                        .isExposedWithoutKey())
                .isFalse();
        assertThat(ServerConfig.builder().host("localhost").build().isExposedWithoutKey())
                .isFalse();
        assertThat(ServerConfig.builder().host("::1").build().isExposedWithoutKey())
                .isFalse();
    }

    @Test
    void shouldAcceptOriginsAndTheWildcard() {
        ServerConfig config = ServerConfig.builder()
                .corsOrigins(List.of("http://localhost:5173", "https://app.example.org", "*"))
                .build();

        assertThat(config.corsOrigins()).hasSize(3);
    }

    @Test
    void shouldRefuseBadValuesNamingThem() {
        assertThatThrownBy(() -> ServerConfig.builder().port(70_000).build()).hasMessageContaining("port");
        assertThatThrownBy(() -> ServerConfig.builder().host(" ").build()).hasMessageContaining("host");
        assertThatThrownBy(() -> ServerConfig.builder().apiKey("  ").build()).hasMessageContaining("API key");
        assertThatThrownBy(() -> ServerConfig.builder()
                        .corsOrigins(List.of("http://localhost:5173/app"))
                        .build())
                .hasMessageContaining("invalid CORS origin 'http://localhost:5173/app'");
        assertThatThrownBy(() ->
                        ServerConfig.builder().corsOrigins(List.of("localhost")).build())
                .hasMessageContaining("invalid CORS origin");
        assertThatThrownBy(() -> ServerConfig.builder().requestThreads(2).build())
                .hasMessageContaining("request threads");
        assertThatThrownBy(() -> new Limits(0, 1, 1, 1)).hasMessageContaining("limits must be positive");
    }
}
