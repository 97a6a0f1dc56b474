package dev.quiver.server.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.server.support.FrameDecoders;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class FrameEncodersTest {

    private static final ArrowFrameEncoder ARROW = new ArrowFrameEncoder();

    private static final Frame DAILY = new Frame(
            "BRK.B",
            TimeAxis.ofDates(List.of(LocalDate.of(2015, 1, 2), LocalDate.of(2015, 1, 5), LocalDate.of(2015, 1, 6))),
            List.of(
                    Column.of("sma(close, 2)", new double[] {Double.NaN, 1.5, 0.1 + 0.2}),
                    Column.of("macd(12,26,9).signal", new double[] {-1e-300, Double.MAX_VALUE, 42}),
                    new Column(
                            "volume", new double[] {Double.NaN, Double.NaN, Double.NaN}, "volume is not available")));

    private static final Frame INTRADAY = new Frame(
            "BTC-USD",
            TimeAxis.ofInstants(new long[] {1_700_000_000L, 1_700_000_060L}),
            List.of(Column.of("close", new double[] {37_000.25, Double.NaN})));

    private static final Frame EMPTY =
            new Frame("SPY", TimeAxis.ofDates(List.of()), List.of(Column.of("rsi(14)", new double[0])));

    @AfterAll
    static void closeArrow() {
        ARROW.close();
    }

    @Test
    void shouldDecodeJsonToTheFrameItEncoded() {
        for (Frame frame : List.of(DAILY, INTRADAY, EMPTY)) {
            assertThat(FrameDecoders.fromJson(JacksonFrameEncoder.json().encode(frame)))
                    .isEqualTo(frame);
        }
    }

    @Test
    void shouldDecodeMessagePackToTheFrameItEncoded() {
        for (Frame frame : List.of(DAILY, INTRADAY, EMPTY)) {
            assertThat(FrameDecoders.fromMsgpack(JacksonFrameEncoder.msgpack().encode(frame)))
                    .isEqualTo(frame);
        }
    }

    @Test
    void shouldDecodeArrowToTheFrameItEncoded() {
        for (Frame frame : List.of(DAILY, INTRADAY, EMPTY)) {
            assertThat(FrameDecoders.fromArrow(ARROW.encode(frame))).isEqualTo(frame);
        }
    }

    @Test
    void shouldWriteTheDocumentedJsonShapeWithNullsAndIsoTimes() {
        String json = new String(JacksonFrameEncoder.json().encode(INTRADAY), StandardCharsets.UTF_8);

        assertThat(json)
                .isEqualTo("{\"symbol\":\"BTC-USD\",\"timestamps\":[\"2023-11-14T22:13:20Z\",\"2023-11-14T22:14:20Z\"],"
                        + "\"columns\":{\"close\":[37000.25,null]}}");
    }

    @Test
    void shouldListFailedColumnsOnlyWhenSomeFailed() {
        String daily = new String(JacksonFrameEncoder.json().encode(DAILY), StandardCharsets.UTF_8);
        String intraday = new String(JacksonFrameEncoder.json().encode(INTRADAY), StandardCharsets.UTF_8);

        assertThat(daily).contains("\"failures\":[{\"column\":\"volume\",\"reason\":\"volume is not available\"}]");
        assertThat(intraday).doesNotContain("failures");
    }

    @Test
    void shouldWriteInfiniteValuesAsAbsent() {
        Frame frame = new Frame(
                "SPY",
                TimeAxis.ofDates(List.of(LocalDate.of(2015, 1, 2))),
                List.of(Column.of("x", new double[] {Double.POSITIVE_INFINITY})));

        assertThat(new String(JacksonFrameEncoder.json().encode(frame), StandardCharsets.UTF_8))
                .contains("\"x\":[null]");
        assertThat(FrameDecoders.fromArrow(ARROW.encode(frame)).columns().get(0).values()[0])
                .isNaN();
    }

    @Test
    void shouldRefuseColumnsOfAnotherLength() {
        TimeAxis twoRows = TimeAxis.ofDates(List.of(LocalDate.of(2015, 1, 2), LocalDate.of(2015, 1, 5)));
        List<Column> oneValue = List.of(Column.of("x", new double[] {1}));

        assertThatThrownBy(() -> new Frame("SPY", twoRows, oneValue))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column x has 1 values for 2 rows");
    }
}
