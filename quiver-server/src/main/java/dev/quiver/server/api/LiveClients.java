package dev.quiver.server.api;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The stream clients open now, for the server's gauges: how many, and how many are stalled, their
 * writer waiting on one write for over {@link #STALLED_NANOS} (a write waits only while the kernel
 * takes no more bytes: the client's receive buffer and the server's send buffer are full, because
 * the client reads nothing). Thread-safe.
 */
final class LiveClients {

    /** How long a write must have waited for its client to count as stalled: one second. */
    static final long STALLED_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Set<LiveClient> open = ConcurrentHashMap.newKeySet();

    void add(LiveClient client) {
        open.add(client);
    }

    void remove(LiveClient client) {
        open.remove(client);
    }

    /** The clients open now. */
    int open() {
        return open.size();
    }

    /** The clients whose current write has waited for over {@link #STALLED_NANOS}. */
    int stalled() {
        long now = System.nanoTime();
        return (int)
                open.stream().filter(c -> c.writingFor(now) > STALLED_NANOS).count();
    }
}
