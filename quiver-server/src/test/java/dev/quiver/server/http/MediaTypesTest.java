package dev.quiver.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MediaTypesTest {

    private static final List<String> FRAMES =
            List.of("application/json", "application/vnd.apache.arrow.stream", "application/msgpack");

    @Test
    void shouldAnswerWithTheFirstOfferedTypeWithoutAnAcceptHeader() {
        assertThat(MediaTypes.choose(null, FRAMES)).contains("application/json");
        assertThat(MediaTypes.choose(" ", FRAMES)).contains("application/json");
        assertThat(MediaTypes.choose("*/*", FRAMES)).contains("application/json");
    }

    @Test
    void shouldPickTheExactTypeAsked() {
        assertThat(MediaTypes.choose("application/vnd.apache.arrow.stream", FRAMES))
                .contains("application/vnd.apache.arrow.stream");
        assertThat(MediaTypes.choose("Application/MsgPack", FRAMES)).contains("application/msgpack");
    }

    @Test
    void shouldPreferTheHigherQuality() {
        assertThat(MediaTypes.choose("application/json;q=0.5, application/msgpack", FRAMES))
                .contains("application/msgpack");
        assertThat(MediaTypes.choose("application/msgpack;q=0.2, */*;q=0.1", FRAMES))
                .contains("application/msgpack");
    }

    @Test
    void shouldLetTheMostSpecificRangeDecideAType() {
        assertThat(MediaTypes.choose("application/*, application/json;q=0", FRAMES))
                .contains("application/vnd.apache.arrow.stream");
    }

    @Test
    void shouldFindNothingWhenNoOfferedTypeIsAccepted() {
        assertThat(MediaTypes.choose("text/csv", FRAMES)).isEmpty();
        assertThat(MediaTypes.choose("application/json;q=0", FRAMES)).isEmpty();
        assertThat(MediaTypes.choose("garbage", FRAMES)).isEmpty();
    }
}
