package dev.quiver.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.server.support.TestServer;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentPullsTest {

    private static final int CLIENTS = 100;
    private static final int REQUEST_THREADS = 12;

    @Test
    void shouldServeAHundredConcurrentClientsOnBoundedThreads() throws Exception {
        try (TestServer server =
                TestServer.start(b -> b.requestThreads(REQUEST_THREADS).computeThreads(2))) {
            String[] paths = {
                "/api/assets/SPY/analytics?expr=rsi(14)&expr=macd(12,26,9).signal&from=2016-01-01",
                "/api/assets/AAPL/analytics?expr=bbands(20).upper&from=2015-01-01&to=2016-12-31",
                "/api/assets/MSFT/analytics?expr=atr(14)&expr=close@SPY",
            };
            byte[][] expected = new byte[paths.length][];
            for (int k = 0; k < paths.length; k++) {
                expected[k] = server.get(paths[k]).body();
            }
            ExecutorService clients = Executors.newFixedThreadPool(16);
            HttpClient http = HttpClient.newBuilder().executor(clients).build();
            List<CompletableFuture<HttpResponse<byte[]>>> responses = new ArrayList<>();
            try {
                for (int i = 0; i < CLIENTS; i++) {
                    responses.add(http.sendAsync(
                            server.request(paths[i % paths.length]).build(), HttpResponse.BodyHandlers.ofByteArray()));
                }
                CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new))
                        .get(60, TimeUnit.SECONDS);
            } finally {
                clients.shutdownNow();
            }
            long serverThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("quiver-http"))
                    .count();

            for (int i = 0; i < CLIENTS; i++) {
                HttpResponse<byte[]> response = responses.get(i).get();
                assertThat(response.statusCode()).as("client %d", i).isEqualTo(200);
                assertThat(Arrays.equals(response.body(), expected[i % paths.length]))
                        .as("client %d's frame", i)
                        .isTrue();
            }
            assertThat(serverThreads).isPositive().isLessThanOrEqualTo(REQUEST_THREADS);
        }
    }
}
