package dev.quiver.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quiver.server.QuiverServer;
import dev.quiver.server.ServerConfig;
import dev.quiver.store.BarStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A real server on a free loopback port over a fresh store of the bundled bars, with a real HTTP
 * client. Its clock stands still at {@link #NOW}. Close it to stop the server and delete the files.
 */
public final class TestServer implements AutoCloseable {

    /** The server's clock. */
    public static final Instant NOW = Instant.parse("2018-03-01T12:00:00Z");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final BarStore store;
    private final QuiverServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    private TestServer(Path directory, BarStore store, QuiverServer server) {
        this.directory = directory;
        this.store = store;
        this.server = server;
    }

    /** A server with the default configuration on a free loopback port. */
    public static TestServer start() {
        return start(b -> {});
    }

    /** A server on a free loopback port with the configuration changed by {@code settings}. */
    public static TestServer start(Consumer<ServerConfig.Builder> settings) {
        try {
            Path directory = Files.createTempDirectory("quiver-server-test");
            BarStore store = BundledStore.create(directory);
            ServerConfig.Builder config =
                    ServerConfig.builder().host(ServerConfig.LOOPBACK).port(0);
            settings.accept(config);
            QuiverServer server = QuiverServer.start(config.build(), store, Clock.fixed(NOW, ZoneOffset.UTC));
            return new TestServer(directory, store, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running server. */
    public QuiverServer server() {
        return server;
    }

    /** The store behind it. */
    public BarStore store() {
        return store;
    }

    /** The URI of {@code pathAndQuery} on the server, which must already be percent-encoded. */
    public URI uri(String pathAndQuery) {
        return server.uri().resolve(pathAndQuery);
    }

    /** A request builder for {@code pathAndQuery}. */
    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery));
    }

    /** GET with headers given as name, value pairs. */
    public HttpResponse<byte[]> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = request(pathAndQuery).GET();
        for (int k = 0; k < headers.length; k += 2) {
            request.header(headers[k], headers[k + 1]);
        }
        return send(request.build());
    }

    /** POST of a JSON body. */
    public HttpResponse<byte[]> postJson(String path, String body, String... headers) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int k = 0; k < headers.length; k += 2) {
            request.header(headers[k], headers[k + 1]);
        }
        return send(request.build());
    }

    /** PUT of a JSON body. */
    public HttpResponse<byte[]> putJson(String path, String body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Sends a request and reads the whole body. */
    public HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body as a JSON tree. */
    public static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text(response), e);
        }
    }

    /** The body as UTF-8 text. */
    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The Content-Type header, or empty. */
    public static String contentType(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    @Override
    public void close() {
        server.close();
        store.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
