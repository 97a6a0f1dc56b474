package dev.quiver.marketdata.http;

import java.time.Duration;

/** Waits: the one way the HTTP layer lets time pass, so that tests can wait without sleeping. */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for {@code duration}.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps the current thread for real. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
}
