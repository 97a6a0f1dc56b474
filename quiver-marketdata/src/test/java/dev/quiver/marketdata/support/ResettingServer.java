package dev.quiver.marketdata.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that resets every connection (TCP RST) once it has read the start of the request,
 * as a broken proxy or an overloaded provider does. Counts the connections. Close it to free the port.
 */
public final class ResettingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();

    private ResettingServer(ServerSocket socket) {
        this.socket = socket;
    }

    /** Starts the server on a free loopback port. */
    public static ResettingServer start() {
        try {
            ResettingServer server = new ResettingServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            Thread accept = new Thread(server::serve, "resetting-server");
            accept.setDaemon(true);
            accept.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** How many connections were accepted (and reset). */
    public int connections() {
        return connections.get();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void serve() {
        while (true) {
            Socket connection;
            try {
                connection = socket.accept();
            } catch (IOException closed) {
                return;
            }
            connections.incrementAndGet();
            reset(connection);
        }
    }

    private static void reset(Socket connection) {
        try (connection) {
            connection.getInputStream().read(new byte[16]);
            connection.setSoLinger(true, 0);
        } catch (IOException clientLeftFirst) {
            // nothing to reset
        }
    }
}
