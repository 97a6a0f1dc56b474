package dev.quiver.marketdata.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The recorded Yahoo answers of {@code src/test/resources/yahoo} (recorded by gadicc/node-yahoo-finance2,
 * MIT licence; see the README there and the NOTICE file) and the few answers written for these tests.
 */
public final class Recordings {

    private Recordings() {}

    /** The text of {@code yahoo/<file>}. */
    public static String yahoo(String file) {
        return resource("/yahoo/" + file);
    }

    /** The text of {@code <folder>/<file>} among the test resources. */
    public static String resource(String path) {
        try (InputStream in = Recordings.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An error answer of {@code yahoo/error_bodies.json}, as reported in public issue threads, by its
     * case name such as {@code chart_unknown_or_delisted_symbol}.
     */
    public static ErrorBody yahooError(String errorCase) {
        try {
            JsonNode error =
                    new ObjectMapper().readTree(yahoo("error_bodies.json")).get(errorCase);
            if (error == null) {
                throw new IllegalArgumentException("no error case " + errorCase);
            }
            return new ErrorBody(
                    error.get("status").asInt(),
                    error.get("contentType").asText(),
                    error.get("body").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A recorded error answer.
     *
     * @param status the HTTP status
     * @param contentType the content type
     * @param body the body
     */
    public record ErrorBody(int status, String contentType, String body) {}
}
