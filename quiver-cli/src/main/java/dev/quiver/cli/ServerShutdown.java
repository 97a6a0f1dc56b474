package dev.quiver.cli;

import dev.quiver.server.QuiverServer;
import dev.quiver.store.BarStore;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/**
 * Stops a running server and closes its database once, from a shutdown hook, and lets the serving
 * thread wait for that. Thread-safe.
 */
final class ServerShutdown implements Runnable {

    private final QuiverServer server;
    private final BarStore store;
    private final PrintWriter err;
    private final CountDownLatch stopped = new CountDownLatch(1);

    ServerShutdown(QuiverServer server, BarStore store, PrintWriter err) {
        this.server = server;
        this.store = store;
        this.err = err;
    }

    /** Stops the server, then closes the database; later calls do nothing. */
    @Override
    public synchronized void run() {
        if (stopped.getCount() == 0) {
            return;
        }
        try {
            server.close();
            store.close();
            err.println("quiver: server stopped, database closed");
            err.flush();
        } finally {
            stopped.countDown();
        }
    }

    /** Blocks until {@link #run} has finished. */
    void awaitStopped() throws InterruptedException {
        stopped.await();
    }
}
