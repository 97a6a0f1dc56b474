package dev.quiver.cli;

import dev.quiver.server.QuiverServer;
import dev.quiver.server.ServerConfig;
import dev.quiver.store.BarStore;
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

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = config();
        BarStore store = database.open();
        QuiverServer server;
        try {
            server = QuiverServer.start(config, store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        ServerShutdown shutdown =
                new ServerShutdown(server, store, spec.commandLine().getErr());
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown::run, "quiver-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Quiver serves " + database.file() + " at " + server.uri() + " (API docs: " + server.uri()
                + "/docs). Ctrl-C stops it.");
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
                .build();
    }
}
