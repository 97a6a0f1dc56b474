package dev.quiver.marketdata.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback addresses where nothing listens, to see how a client takes a refused connection. */
public final class ClosedPorts {

    private ClosedPorts() {}

    /** {@code http://127.0.0.1:PORT} of a port that was free a moment ago and is closed again. */
    public static String refusingUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
