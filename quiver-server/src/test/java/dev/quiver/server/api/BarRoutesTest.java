package dev.quiver.server.api;

import static dev.quiver.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quiver.server.frame.Frame;
import dev.quiver.server.support.FrameDecoders;
import dev.quiver.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BarRoutesTest {

    private static final String AROUND_SPLIT = "/api/assets/AAPL/bars?from=2014-06-05&to=2014-06-10";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void shouldReturnRawBarsAsAFrameByDefault() {
        JsonNode frame = TestServer.json(server.get(AROUND_SPLIT));

        assertThat(frame.path("symbol").asText()).isEqualTo("AAPL");
        assertThat(frame.path("timestamps").toString())
                .isEqualTo("[\"2014-06-05\",\"2014-06-06\",\"2014-06-09\",\"2014-06-10\"]");
        assertThat(frame.path("columns").fieldNames())
                .toIterable()
                .containsExactly("open", "high", "low", "close", "volume");
        // AAPL.csv, 2014-06-06: the file's Close, as stored.
        assertThat(frame.path("columns").path("close").get(1).asDouble()).isEqualTo(92.224289);
    }

    @Test
    void shouldAdjustOnReadWhenAsked() {
        String before = "/api/assets/SPY/bars?from=2015-06-01&to=2015-06-01";
        String after = "/api/assets/SPY/bars?from=2017-12-28&to=2017-12-28";

        double rawBefore = close(before + "&adjust=raw");
        double totalBefore = close(before + "&adjust=total");
        assertThat(totalBefore).isLessThan(rawBefore * 0.99);
        assertThat(close(after + "&adjust=total")).isEqualTo(close(after + "&adjust=raw"));
        assertThat(close(before + "&adjust=split")).isEqualTo(rawBefore);
    }

    private static double close(String path) {
        return TestServer.json(server.get(path))
                .path("columns")
                .path("close")
                .get(0)
                .asDouble();
    }

    @Test
    void shouldEncodeTheSameBarsAsArrowAndMessagePack() {
        Frame json = FrameDecoders.fromJson(server.get(AROUND_SPLIT).body());

        assertThat(FrameDecoders.fromArrow(server.get(AROUND_SPLIT, "Accept", "application/vnd.apache.arrow.stream")
                        .body()))
                .isEqualTo(json);
        assertThat(FrameDecoders.fromMsgpack(server.get(AROUND_SPLIT, "Accept", "application/msgpack")
                        .body()))
                .isEqualTo(json);
    }

    @Test
    void shouldNameBadParameters() {
        JsonNode interval = assertProblem(server.get("/api/assets/AAPL/bars?interval=2d"), 400, "bad-parameter");
        JsonNode adjust = assertProblem(server.get("/api/assets/AAPL/bars?adjust=dividend"), 400, "bad-parameter");

        assertThat(interval.path("parameter").asText()).isEqualTo("interval");
        assertThat(interval.path("detail").asText()).contains("1m, 5m, 15m, 30m, 1h, 1d");
        assertThat(adjust.path("parameter").asText()).isEqualTo("adjust");
    }

    @Test
    void shouldAnswer404WithoutBarsOrAsset() {
        assertProblem(server.get("/api/assets/AAPL/bars?interval=1h&from=2015-01-02&to=2015-01-02"), 404, "no-data");
        assertProblem(server.get("/api/assets/AAPL/bars?from=2030-01-01"), 404, "no-data");
        assertProblem(server.get("/api/assets/NOPE/bars"), 404, "unknown-asset");
    }
}
