package dev.quiver.marketdata.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scripted answer of the {@link StubServer}: a status, a body and headers, optionally after a
 * delay, or a misbehaviour (a body cut short, a connection closed without an answer).
 *
 * @param status the HTTP status
 * @param body the body
 * @param headers extra response headers
 * @param delay how long the server waits before answering
 * @param kind how the answer is delivered
 */
public record Reply(int status, String body, Map<String, String> headers, Duration delay, Kind kind) {

    /** How an answer is delivered. */
    public enum Kind {
        /** Headers and the whole body. */
        COMPLETE,
        /** A {@code Content-Length} for the whole body, then only half of it, then the connection closes. */
        CUT_SHORT,
        /** The connection closes before any answer. */
        DROPPED
    }

    /** Copies the headers. */
    public Reply {
        headers = Map.copyOf(headers);
    }

    /** A JSON answer. */
    public static Reply json(int status, String body) {
        return new Reply(
                status, body, Map.of("Content-Type", "application/json;charset=utf-8"), Duration.ZERO, Kind.COMPLETE);
    }

    /** A plain-text answer. */
    public static Reply text(int status, String body) {
        return new Reply(status, body, Map.of("Content-Type", "text/plain"), Duration.ZERO, Kind.COMPLETE);
    }

    /** A recorded Yahoo answer with status 200 (see {@link Recordings#yahoo}). */
    public static Reply yahoo(String file) {
        return json(200, Recordings.yahoo(file));
    }

    /** A Yahoo error body as reported in public issue threads (see {@link Recordings#yahooError}). */
    public static Reply yahooError(String errorCase) {
        Recordings.ErrorBody error = Recordings.yahooError(errorCase);
        return new Reply(
                error.status(),
                error.body(),
                Map.of("Content-Type", error.contentType()),
                Duration.ZERO,
                Kind.COMPLETE);
    }

    /** A 200 JSON answer whose declared length is the whole of {@code body} but only half is sent. */
    public static Reply cutShort(String body) {
        return new Reply(200, body, Map.of("Content-Type", "application/json"), Duration.ZERO, Kind.CUT_SHORT);
    }

    /** No answer: the connection is closed as soon as the request is read. */
    public static Reply dropped() {
        return new Reply(0, "", Map.of(), Duration.ZERO, Kind.DROPPED);
    }

    /** This answer with one more header. */
    public Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, body, more, delay, kind);
    }

    /** This answer, sent only after {@code wait}. */
    public Reply after(Duration wait) {
        return new Reply(status, body, headers, wait, kind);
    }

    byte[] bytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
