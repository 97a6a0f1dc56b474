package dev.quiver.bench.store;

import dev.quiver.store.BarStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A store in a fresh temporary folder, deleted with its folder when done. The store itself is
 * thread-safe; opening and closing are not.
 */
public final class TempStore implements AutoCloseable {

    private final Path dir;
    private final BarStore store;

    private TempStore(Path dir) {
        this.dir = dir;
        this.store = BarStore.open(dir.resolve("bench.db"));
    }

    /** Opens an empty store in a new temporary folder. */
    public static TempStore create() throws IOException {
        return new TempStore(Files.createTempDirectory("quiver-bench"));
    }

    /** The open store. */
    public BarStore store() {
        return store;
    }

    /** Closes the store and deletes its folder. */
    @Override
    public void close() throws IOException {
        store.close();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
