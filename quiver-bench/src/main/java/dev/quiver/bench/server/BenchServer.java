package dev.quiver.bench.server;

import dev.quiver.bench.store.SyntheticBars;
import dev.quiver.bench.store.TempStore;
import dev.quiver.core.asset.AssetId;
import dev.quiver.server.QuiverServer;
import dev.quiver.server.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * A Quiver server (its defaults, the push engine running, unless told otherwise) on a free loopback port, over a
 * temporary store of synthetic daily bars: {@code assets} assets of {@code bars} weekday bars from
 * 1990 on, named as {@link SyntheticBars#symbol} names them. Closing it stops the server and deletes
 * the store. Not thread-safe.
 */
final class BenchServer implements AutoCloseable {

    private final TempStore store;
    private final QuiverServer server;
    private final List<AssetId> symbols;

    private BenchServer(TempStore store, QuiverServer server, List<AssetId> symbols) {
        this.store = store;
        this.server = server;
        this.symbols = symbols;
    }

    /** Imports the bars, then starts a server with the default configuration. */
    static BenchServer start(int assets, int bars) throws IOException {
        return start(assets, bars, config -> {});
    }

    /** Imports the bars, then starts a server with the configuration changed by {@code settings}. */
    static BenchServer start(int assets, int bars, Consumer<ServerConfig.Builder> settings) throws IOException {
        TempStore store = TempStore.create();
        try {
            for (int i = 0; i < assets; i++) {
                store.store().importBars(SyntheticBars.batch(i, bars));
            }
            ServerConfig.Builder config =
                    ServerConfig.builder().host(ServerConfig.LOOPBACK).port(0);
            settings.accept(config);
            List<AssetId> symbols =
                    IntStream.range(0, assets).mapToObj(SyntheticBars::symbol).toList();
            return new BenchServer(store, QuiverServer.start(config.build(), store.store()), symbols);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The base URI, such as {@code http://127.0.0.1:41234}. */
    URI uri() {
        return server.uri();
    }

    /** The stored assets, in import order. */
    List<AssetId> symbols() {
        return symbols;
    }

    /** The server. */
    QuiverServer server() {
        return server;
    }

    @Override
    public void close() throws IOException {
        server.close();
        store.close();
    }
}
