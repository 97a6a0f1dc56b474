package dev.quiver.bench.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load averages over 1, 5 and 15 minutes, as {@code /proc/loadavg} begins. Stateless. */
final class LoadAverage {

    private LoadAverage() {}

    /** The three load averages separated by spaces, or {@code unknown} where the system has no such file. */
    static String now() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields.length < 3 ? "unknown" : fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
