package dev.quiver.marketdata.csv;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something suspicious in a file that was kept as given, such as a close-to-close move the size of a
 * split with no split to explain it. Immutable and thread-safe.
 *
 * @param file the file read
 * @param line the 1-based line the warning is about
 * @param message what was seen and what was done, never null
 */
public record CsvWarning(Path file, int line, String message) {

    /** Requires a file and a message. */
    public CsvWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file.getFileName() + ":" + line + ": " + message;
    }
}
