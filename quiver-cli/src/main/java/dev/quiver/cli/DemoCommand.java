package dev.quiver.cli;

import dev.quiver.server.ServerConfig;
import dev.quiver.store.BarStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quiver demo}: imports the bundled real price files into a fresh database and shows what it
 * holds.
 */
@Command(name = "demo", description = "Import the bundled price data into a fresh database and show it.")
final class DemoCommand implements Callable<Integer> {

    @Option(
            names = "--db",
            paramLabel = "PATH",
            description = "Database to (re)create (default: demo.db in the user's data directory).")
    Path db;

    @Option(names = "--no-serve", description = "Only import and list the data; do not start the server.")
    boolean noServe;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8080",
            description = "TCP port of the server (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--speed",
            paramLabel = "N",
            defaultValue = "5",
            description = "Replayed bars per second per asset (default: ${DEFAULT-VALUE}).")
    double speed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path file = db != null ? db : DataDirectory.fromEnvironment().demoDatabase();
        deleteDatabase(file);
        out.println("Quiver demo: importing the bundled daily bars into " + file);
        Path scratch = Files.createTempDirectory("quiver-demo");
        try (BarStore store = BarStore.open(file)) {
            FileImporter importer =
                    new FileImporter(store, out, spec.commandLine().getErr());
            out.println(SummaryText.HEADER);
            for (BundledData.Entry entry : BundledData.entries()) {
                importer.importFile(BundledData.extract(entry, scratch), entry.asset(), entry.file());
            }
        } finally {
            deleteTree(scratch);
        }
        out.println();
        if (!noServe) {
            ServerConfig config = ServerConfig.builder()
                    .host("localhost")
                    .port(port)
                    .marketData(new SourceOptions().configuration())
                    .build();
            out.println("Open http://localhost:" + port + "/ for the live watchlist, charts and graph.");
            out.flush();
            return ServeCommand.run(config, BarStore.open(file), file.toString(), true, List.of(), speed, spec);
        }
        out.println("Try:");
        out.println("  ./quiver bars AAPL --from 2014-06-02 --to 2014-06-13 --adjust total --db " + file);
        out.println("  ./quiver assets --db " + file);
        return 0;
    }

    private static void deleteDatabase(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
