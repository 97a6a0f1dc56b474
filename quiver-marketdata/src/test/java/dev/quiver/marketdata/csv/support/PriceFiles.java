package dev.quiver.marketdata.csv.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The real price files bundled in {@code data/prices} (sources in the project's NOTICE and in
 * {@code docs/data-import.md}), and small CSV files written for one test.
 */
public final class PriceFiles {

    /** The zone of the US-listed assets in the bundled files. */
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final Path BUNDLED = Path.of("..", "data", "prices");

    private PriceFiles() {}

    /** A bundled file, relative to the module directory in which the tests run. */
    public static Path bundled(String name) {
        return BUNDLED.resolve(name);
    }

    /** Writes {@code content} as it is (no line breaks added) to {@code dir/name}. */
    public static Path write(Path dir, String name, String content) {
        try {
            return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size of a file in bytes. */
    public static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The session date of a bar time in New York. */
    public static LocalDate date(long epochSecond) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), NEW_YORK);
    }
}
