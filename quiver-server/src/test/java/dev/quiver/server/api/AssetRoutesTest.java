package dev.quiver.server.api;

import static dev.quiver.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quiver.core.asset.AssetClass;
import dev.quiver.core.asset.AssetId;
import dev.quiver.server.support.TestServer;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AssetRoutesTest {

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
    void shouldListTheStoredAssetsWithTheirCounts() {
        JsonNode assets = TestServer.json(server.get("/api/assets"));

        assertThat(assets.findValuesAsText("symbol")).contains("AAPL", "MSFT", "SPY");
        JsonNode spy = assets.get(assets.findValuesAsText("symbol").indexOf("SPY"));
        assertThat(spy.path("class").asText()).isEqualTo("etf");
        assertThat(spy.path("bars").asInt()).isEqualTo(2519);
        assertThat(spy.path("first").asText()).isEqualTo("2007-12-31");
        assertThat(spy.path("last").asText()).isEqualTo("2017-12-29");
        assertThat(spy.path("zone").asText()).isEqualTo("America/New_York");
        assertThat(spy.has("actions")).isFalse();
    }

    @Test
    void shouldShowOneAssetWithItsCorporateActions() {
        JsonNode spy = TestServer.json(server.get("/api/assets/spy"));

        assertThat(spy.path("symbol").asText()).isEqualTo("SPY");
        assertThat(spy.path("dividends").asInt()).isPositive();
        assertThat(spy.path("actions"))
                .hasSize(spy.path("dividends").asInt() + spy.path("splits").asInt());
        JsonNode first = spy.path("actions").get(0);
        assertThat(first.path("kind").asText()).isEqualTo("dividend");
        assertThat(first.path("exDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(first.path("value").asDouble()).isPositive();
    }

    @Test
    void shouldRegisterANewAssetWith201AndReplaceItWith200() {
        HttpResponse<byte[]> created = server.putJson(
                "/api/assets/BTC-USD", "{\"class\": \"crypto\", \"name\": \"Bitcoin\", \"exchange\": \"CCC\"}");
        HttpResponse<byte[]> replaced =
                server.putJson("/api/assets/BTC-USD", "{\"class\": \"crypto\", \"name\": \"Bitcoin in USD\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/assets/BTC-USD");
        assertThat(TestServer.json(created).path("zone").asText()).isEqualTo("UTC");
        assertThat(TestServer.json(created).path("bars").asInt()).isZero();
        assertThat(replaced.statusCode()).isEqualTo(200);
        var stored = server.store().asset(AssetId.of("BTC-USD"));
        assertThat(stored.assetClass()).isEqualTo(AssetClass.CRYPTO);
        assertThat(stored.name()).isEqualTo("Bitcoin in USD");
        assertThat(stored.zone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void shouldNameTheMemberOfABadAssetBody() {
        JsonNode kind = assertProblem(server.putJson("/api/assets/XYZ", "{\"class\": \"bond\"}"), 400, "bad-parameter");
        JsonNode zone =
                assertProblem(server.putJson("/api/assets/XYZ", "{\"zone\": \"Mars/Olympus\"}"), 400, "bad-parameter");
        JsonNode currency =
                assertProblem(server.putJson("/api/assets/XYZ", "{\"currency\": \"$$\"}"), 400, "bad-parameter");
        JsonNode unknown = assertProblem(server.putJson("/api/assets/XYZ", "{\"colour\": \"red\"}"), 400, "bad-body");
        JsonNode type = assertProblem(server.putJson("/api/assets/XYZ", "{\"name\": [1]}"), 400, "bad-body");
        JsonNode broken = assertProblem(server.putJson("/api/assets/XYZ", "{\"name\": "), 400, "bad-body");

        assertThat(kind.path("parameter").asText()).isEqualTo("class");
        assertThat(kind.path("detail").asText()).contains("expected one of equity, etf, index, fx, crypto");
        assertThat(zone.path("parameter").asText()).isEqualTo("zone");
        assertThat(currency.path("parameter").asText()).isEqualTo("currency");
        assertThat(unknown.path("detail").asText())
                .contains("unknown member 'colour'")
                .contains("zone");
        assertThat(type.path("detail").asText()).isEqualTo("expected a string at /name");
        assertThat(broken.path("detail").asText()).startsWith("the body is not valid JSON");
        assertThat(server.store().findAsset(AssetId.of("XYZ"))).isEmpty();
    }

    @Test
    void shouldRefuseABodyThatIsNotJson() {
        HttpResponse<byte[]> response = server.send(server.request("/api/assets/XYZ")
                .header("Content-Type", "text/plain")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("name=x"))
                .build());

        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void shouldAnswer404ForAnUnknownSymbolAnd400ForAnInvalidOne() {
        JsonNode unknown = assertProblem(server.get("/api/assets/NOPE"), 404, "unknown-asset");
        JsonNode invalid = assertProblem(server.get("/api/assets/a$b"), 400, "bad-parameter");

        assertThat(unknown.path("symbol").asText()).isEqualTo("NOPE");
        assertThat(invalid.path("parameter").asText()).isEqualTo("symbol");
    }
}
