package dev.quiver.marketdata.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

/**
 * An answer read completely as text. Immutable and thread-safe.
 *
 * @param uri the request
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the body decoded with the charset the answer names (UTF-8 by default)
 */
public record TextResponse(URI uri, int status, HttpHeaders headers, String body) {

    private static final int EXCERPT = 200;

    /** Requires every part. */
    public TextResponse {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    /** The first value of header {@code name}, if present. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The request with any key hidden, for messages. */
    public String shownUrl() {
        return Urls.shown(uri);
    }

    /** The start of the body on one line (whitespace runs become one space), at most 200 characters. */
    public String excerpt() {
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT) + "...";
    }
}
