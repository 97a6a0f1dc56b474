package dev.quiver.bench.server;

import dev.quiver.core.asset.AssetId;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Posts the ticks of a {@link TickPlan} to {@code /api/ticks} on one keep-alive connection, open
 * loop: each millisecond's ticks go in one POST at their intended time, and when a POST took longer
 * than the schedule allows, the next one carries every tick due by then. The schedule never waits
 * for the server, so a slow answer shows as latency of the ticks behind it (no coordinated
 * omission). Not thread-safe: runs on the caller's thread.
 */
final class TickSender {

    private final URI base;
    private final List<AssetId> symbols;

    TickSender(URI base, List<AssetId> symbols) {
        this.base = base;
        this.symbols = symbols;
    }

    /**
     * Sends every tick of {@code plan}, returning after the last POST is answered.
     *
     * @return the number of POSTs
     * @throws IOException when the server does not accept a POST
     */
    long send(TickPlan plan) throws IOException {
        long posts = 0;
        try (HttpConnection http = HttpConnection.open(base)) {
            long next = 0;
            while (next < plan.total()) {
                long due = plan.dueAt(System.nanoTime());
                if (due <= next) {
                    LockSupport.parkNanos(plan.intendedNanos(next) - System.nanoTime());
                    continue;
                }
                http.postJson("/api/ticks", body(plan, next, due));
                HttpConnection.Head head = http.readHead();
                byte[] answer = http.readBody(head);
                if (head.status() != 202) {
                    throw new IOException("POST /api/ticks answered " + head.status() + ": "
                            + new String(answer, StandardCharsets.UTF_8));
                }
                posts++;
                next = due;
            }
        }
        return posts;
    }

    private byte[] body(TickPlan plan, long from, long to) {
        long millis = System.currentTimeMillis();
        StringBuilder json = new StringBuilder(64 * (int) (to - from)).append('[');
        for (long i = from; i < to; i++) {
            json.append(i == from ? "" : ",")
                    .append("{\"symbol\":\"")
                    .append(symbols.get(plan.asset(i)).symbol())
                    .append("\",\"time\":")
                    .append(millis)
                    .append(",\"price\":")
                    .append(plan.price(i))
                    .append(",\"size\":1}");
        }
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }
}
