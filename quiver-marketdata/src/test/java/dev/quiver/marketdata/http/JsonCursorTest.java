package dev.quiver.marketdata.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.marketdata.MalformedResponseException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonCursorTest {

    private static JsonCursor parse(String body) {
        TextResponse response = new TextResponse(
                URI.create("http://127.0.0.1:1/q?apikey=K"), 200, HttpHeaders.of(Map.of(), (a, b) -> true), body);
        return JsonCursor.parse(response, "test");
    }

    @Test
    void shouldNameThePathOfAMissingValue() {
        JsonCursor root = parse("{\"chart\":{\"result\":[{\"timestamp\":[1,null]}]}}");

        JsonCursor timestamps =
                root.field("chart").field("result").elements().get(0).field("timestamp");

        assertThat(timestamps.elements().get(0).wholeNumber()).isEqualTo(1);
        assertThatThrownBy(() -> timestamps.elements().get(1).wholeNumber())
                .isInstanceOfSatisfying(MalformedResponseException.class, e -> {
                    assertThat(e.where()).isEqualTo("chart.result[0].timestamp[1]");
                    assertThat(e.what()).isEqualTo("not a whole number: null");
                })
                .hasMessage("test: malformed answer from http://127.0.0.1:1/q?apikey=***: "
                        + "chart.result[0].timestamp[1]: not a whole number: null");
        assertThatThrownBy(() -> root.field("chart").field("error")).hasMessageEndingWith("chart.error: missing");
    }

    @Test
    void shouldRefuseABodyCutShort() {
        assertThatThrownBy(() -> parse("{\"chart\":{\"result\":[{\"timestamp\":[1,2"))
                .isInstanceOfSatisfying(
                        MalformedResponseException.class,
                        e -> assertThat(e.where()).isEmpty())
                .hasMessageContaining("not complete JSON")
                .hasMessageContaining("line 1");
    }

    @Test
    void shouldRefuseTextAfterTheValue() {
        assertThatThrownBy(() -> parse("{\"a\":1} trailing")).hasMessageContaining("not complete JSON");
    }

    @Test
    void shouldReadNullNumbersAsNaNAndDecimalTextAsNumbers() {
        JsonCursor root = parse("{\"a\":null,\"b\":2.5,\"c\":\"167.5000\",\"d\":\"1e3x\"}");

        assertThat(root.optionalField("a")).isEmpty();
        assertThat(root.members().get(0).getValue().numberOrNaN()).isNaN();
        assertThat(root.field("b").numberOrNaN()).isEqualTo(2.5);
        assertThat(root.field("c").decimalText()).isEqualTo(167.5);
        assertThatThrownBy(() -> root.field("d").decimalText()).hasMessageEndingWith("d: not a decimal number: '1e3x'");
    }
}
