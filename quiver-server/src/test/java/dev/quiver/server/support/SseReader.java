package dev.quiver.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client over {@code java.net.http}: reads the event stream line by line on a
 * thread of the HTTP client and queues each {@code update} event's data as JSON. Close it to end the
 * stream.
 */
public final class SseReader implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<JsonNode> updates = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;

    private SseReader(HttpResponse<Stream<String>> response) {
        this.response = response;
        if (response.statusCode() == 200) {
            CompletableFuture.runAsync(this::read);
        }
    }

    /** Opens the stream at {@code pathAndQuery} (percent-encoded) and waits for the response head. */
    public static SseReader open(TestServer server, String pathAndQuery) {
        HttpRequest request = server.request(pathAndQuery)
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        try {
            return new SseReader(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The response status. */
    public int status() {
        return response.statusCode();
    }

    /** The response. */
    public HttpResponse<Stream<String>> response() {
        return response;
    }

    private void read() {
        String event = "";
        try (Stream<String> lines = response.body()) {
            for (var it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && event.equals("update")) {
                    updates.add(JSON.readTree(line.substring(5).strip()));
                } else if (line.isEmpty()) {
                    event = "";
                }
            }
        } catch (IOException | RuntimeException e) {
            // the stream ended
        }
    }

    /** The next update matching {@code match}, skipping others; fails after {@code timeout}. */
    public JsonNode next(Predicate<JsonNode> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode update = updates.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (update == null) {
                throw new AssertionError("no matching update within " + timeout);
            }
            if (match.test(update)) {
                return update;
            }
        }
    }

    @Override
    public void close() {
        response.body().close();
    }
}
