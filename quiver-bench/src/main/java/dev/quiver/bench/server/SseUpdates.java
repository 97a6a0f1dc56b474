package dev.quiver.bench.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A Server-Sent Events subscription to {@code /api/stream} read on a thread of its own over a
 * plain socket, handing each {@code update} event's data to a handler with the time its last line
 * arrived. Close it to end the stream. Thread-safe.
 */
final class SseUpdates implements AutoCloseable {

    /** Takes updates; called on the reading thread only. */
    interface Handler {
        /**
         * One update.
         *
         * @param data the event's data, a JSON object
         * @param arrivalNanos when it was read, on {@link System#nanoTime()}'s scale
         */
        void update(String data, long arrivalNanos);
    }

    private final HttpConnection http;
    private final Thread reader;
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean closed;

    private SseUpdates(HttpConnection http, InputStream body, Handler handler, String name) {
        this.http = http;
        this.reader = new Thread(() -> read(body, handler), name);
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /**
     * Subscribes to {@code subscriptions} ({@code sub=...} parameters, percent-encoded) and waits for
     * the response head.
     *
     * @throws IOException when the server answers anything but a stream
     */
    static SseUpdates open(URI base, String subscriptions, Handler handler) throws IOException {
        HttpConnection http = HttpConnection.open(base);
        try {
            http.get("/api/stream?" + subscriptions, "Accept: text/event-stream");
            HttpConnection.Head head = http.readHead();
            if (head.status() != 200) {
                throw new IOException("GET /api/stream?" + subscriptions + " answered " + head.status() + ": "
                        + new String(http.readBody(head), StandardCharsets.UTF_8));
            }
            return new SseUpdates(http, http.body(head), handler, "sse-" + subscriptions);
        } catch (IOException | RuntimeException e) {
            http.close();
            throw e;
        }
    }

    private void read(InputStream body, Handler handler) {
        String event = "";
        try {
            while (!closed) {
                String line = HttpConnection.line(body);
                started.countDown();
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && event.equals("update")) {
                    handler.update(line.substring(5).strip(), System.nanoTime());
                } else if (line.isEmpty()) {
                    event = "";
                }
            }
        } catch (IOException e) {
            // the stream ended, or was closed
        }
    }

    /** Waits for the first line of the stream (its first update or comment). */
    boolean awaitFirstLine(long timeout, TimeUnit unit) throws InterruptedException {
        return started.await(timeout, unit);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        http.close();
    }
}
