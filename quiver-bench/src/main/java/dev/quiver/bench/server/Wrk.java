package dev.quiver.bench.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code wrk} HTTP load generator (Debian package {@code wrk}) with two threads and 16
 * connections against one URL, and reads what it prints. Stateless.
 */
final class Wrk {

    private static final String COMMAND = "wrk";

    private Wrk() {}

    /**
     * Fails unless {@code wrk} runs.
     *
     * @throws IllegalStateException saying to install the Debian package wrk
     */
    static void requireInstalled() {
        try {
            Process process = new ProcessBuilder(COMMAND, "--version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "wrk is not installed: install the Debian package wrk (apt-get install wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Loads {@code url} for {@code seconds}: every request the same GET. */
    static WrkRun run(String url, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        COMMAND, "-t2", "-c16", "-d" + seconds + "s", "--timeout", "10s", "--latency", url)
                .redirectErrorStream(true)
                .start();
        String output;
        try (InputStream out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (process.waitFor() != 0) {
            throw new IOException("wrk failed:\n" + output);
        }
        return WrkRun.parse(output);
    }
}
