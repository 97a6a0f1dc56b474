package dev.quiver.cli;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.series.Adjustment;
import dev.quiver.server.QuiverServer;
import dev.quiver.server.ServerConfig;
import dev.quiver.store.BarStore;
import dev.quiver.store.StoreBarSource;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quiver serve}: the REST API over the database until the process is stopped (Ctrl-C or a
 * termination signal), when a shutdown hook stops the server and closes the database.
 */
@Command(name = "serve", description = "Serve the REST API over the database until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Option(
            names = "--host",
            paramLabel = "HOST",
            defaultValue = ServerConfig.LOOPBACK,
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8080",
            description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--api-key",
            paramLabel = "KEY",
            defaultValue = "${env:QUIVER_API_KEY}",
            description = "Require this key in the X-API-Key header on every route but /health"
                    + " (default: $QUIVER_API_KEY, else none).")
    String apiKey;

    @Option(
            names = "--cors-origin",
            paramLabel = "ORIGIN",
            description = "Allow browser calls from this origin, as http://localhost:5173 or *; repeat for more"
                    + " (default: none).")
    List<String> corsOrigins = List.of();

    @Option(
            names = "--replay",
            paramLabel = "SYMBOL",
            arity = "1..*",
            description = "Replay the stored history of these assets into the live engine as trades.")
    List<String> replay = List.of();

    @Option(names = "--replay-all", description = "Replay the stored history of every asset in the database.")
    boolean replayAll;

    @Option(
            names = "--speed",
            paramLabel = "N",
            defaultValue = "2",
            description = "Replayed bars per second per asset (default: ${DEFAULT-VALUE}).")
    double speed;

    @Mixin
    SourceOptions sourceOptions;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new UserInputException("--speed must be a positive number of bars per second, was " + speed);
        }
        return run(config(), database.open(), database.file().toString(), replayAll, replay, speed, spec);
    }

    /**
     * Serves {@code store} until the process is stopped, replaying the named assets (or all) when asked.
     * Closes the store at the end.
     */
    static int run(
            ServerConfig config,
            BarStore store,
            String name,
            boolean replayAll,
            List<String> replay,
            double speed,
            CommandSpec spec)
            throws InterruptedException {
        QuiverServer server;
        LiveReplay feed = null;
        try {
            server = QuiverServer.start(config, store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        try {
            List<AssetId> assets = replayAll
                    ? store.assets().stream().map(Asset::id).toList()
                    : replay.stream().map(AssetId::of).toList();
            if (!assets.isEmpty()) {
                feed = LiveReplay.start(server.push(), new StoreBarSource(store, Adjustment.SPLIT), assets, speed);
            }
        } catch (RuntimeException e) {
            server.close();
            store.close();
            throw e;
        }
        LiveReplay replaying = feed;
        ServerShutdown shutdown =
                new ServerShutdown(server, store, spec.commandLine().getErr());
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            if (replaying != null) {
                                try {
                                    replaying.stop();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            }
                            shutdown.run();
                        },
                        "quiver-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Quiver serves " + name + " at " + server.uri() + " (API docs: " + server.uri()
                + "/docs). Ctrl-C stops it.");
        if (replaying != null) {
            out.println("Replaying stored history as live trades at " + speed + " bars a second.");
        }
        out.flush();
        shutdown.awaitStopped();
        return 0;
    }

    /** The server configuration of the options. */
    ServerConfig config() {
        return ServerConfig.builder()
                .host(host)
                .port(port)
                .apiKey(apiKey == null || apiKey.isEmpty() ? null : apiKey)
                .corsOrigins(corsOrigins)
                .marketData(sourceOptions.configuration())
                .build();
    }
}
