package dev.quiver.server.api;

import static dev.quiver.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quiver.server.support.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GraphRoutesTest {

    private static final String GRAPH = "/api/graph?symbol=SPY&expr=sma(rsi(14),5)&expr=rsi(14)";

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
    void shouldDescribeTheSharedNodesOnceAsJson() {
        JsonNode graph = TestServer.json(server.get(GRAPH));

        assertThat(graph.path("nodes").findValuesAsText("key"))
                .containsExactly(
                        "SPY:close",
                        "SPY:rsi(close,timeperiod=14,seed=sma)",
                        "SPY:sma(rsi(close,timeperiod=14,seed=sma),timeperiod=5)");
        assertThat(graph.path("edges")).hasSize(2);
        assertThat(graph.path("columns").findValuesAsText("label")).containsExactly("sma(rsi(14),5)", "rsi(14)");
    }

    @Test
    void shouldWriteDotWhenAsked() {
        HttpResponse<byte[]> dot = server.get(GRAPH, "Accept", "text/vnd.graphviz");

        assertThat(TestServer.contentType(dot)).startsWith("text/vnd.graphviz");
        assertThat(TestServer.text(dot))
                .startsWith("digraph quiver {")
                .contains("\"SPY:close\" -> \"SPY:rsi(close,timeperiod=14,seed=sma)\"");
    }

    @Test
    void shouldNeedNoDataForTheGraph() {
        assertThat(server.get("/api/graph?symbol=NOTSTORED&expr=ema(10)").statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldRejectABadExpressionOrAMissingSymbol() {
        JsonNode expression =
                assertProblem(server.get("/api/graph?symbol=SPY&expr=sma(close,,2)"), 400, "bad-expression");
        JsonNode symbol = assertProblem(server.get("/api/graph?expr=rsi(14)"), 400, "bad-parameter");

        assertThat(expression.path("position").asInt()).isEqualTo(10);
        assertThat(symbol.path("parameter").asText()).isEqualTo("symbol");
    }
}
