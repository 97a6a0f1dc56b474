package dev.quiver.bench.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One persistent HTTP/1.1 connection over a plain socket (Nagle's delay off), the thinnest client
 * there is: a harness times the server, not a client library's threads. It writes requests and
 * reads response heads and bodies (by length, chunked, or up to the end of the connection). Not
 * thread-safe: one request at a time.
 */
final class HttpConnection implements AutoCloseable {

    /** A response's status and headers (names in lower case). */
    record Head(int status, Map<String, String> headers) {}

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final String host;

    private HttpConnection(Socket socket, String host) throws IOException {
        this.socket = socket;
        this.out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
        this.in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        this.host = host;
    }

    /** Connects to the host and port of {@code base}. */
    static HttpConnection open(URI base) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()));
            return new HttpConnection(socket, base.getHost() + ":" + base.getPort());
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Writes a GET of {@code pathAndQuery} (percent-encoded) with one extra header. */
    void get(String pathAndQuery, String header) throws IOException {
        write(head("GET", pathAndQuery) + header + "\r\n\r\n");
        out.flush();
    }

    /** Writes a POST of a JSON body. */
    void postJson(String path, byte[] body) throws IOException {
        write(head("POST", path) + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n");
        out.write(body);
        out.flush();
    }

    private String head(String method, String pathAndQuery) {
        return method + " " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\n";
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads the status line and headers of the next response. */
    Head readHead() throws IOException {
        String status = line(in);
        if (!status.startsWith("HTTP/1.") || status.length() < 12) {
            throw new IOException("not an HTTP response: " + status);
        }
        Map<String, String> headers = new HashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        return new Head(Integer.parseInt(status.substring(9, 12)), headers);
    }

    /** The body of the response whose head was just read, as a stream ending where the body does. */
    InputStream body(Head head) {
        if ("chunked".equalsIgnoreCase(head.headers().get("transfer-encoding"))) {
            return new ChunkedBody(in);
        }
        String length = head.headers().get("content-length");
        return length == null ? in : new LimitedBody(in, Long.parseLong(length));
    }

    /** Reads and returns the whole body of the response whose head was just read. */
    byte[] readBody(Head head) throws IOException {
        return body(head).readAllBytes();
    }

    /**
     * One line of {@code in} without its end ({@code \n} or {@code \r\n}), decoded as UTF-8.
     *
     * @throws EOFException when the stream ends first
     */
    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the connection ended within a line");
            }
            bytes.write(b);
        }
        int size = bytes.size();
        byte[] text = bytes.toByteArray();
        return new String(text, 0, size > 0 && text[size - 1] == '\r' ? size - 1 : size, StandardCharsets.UTF_8);
    }

    /** Closes the socket, which also ends a body being read on another thread. */
    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** A body of a known length. */
    private static final class LimitedBody extends InputStream {
        private final InputStream in;
        private long left;

        LimitedBody(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left == 0) {
                return -1;
            }
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the connection ended within a body");
            }
            left--;
            return b;
        }
    }

    /** A body in chunked transfer coding: each chunk's size in hex on a line, its bytes, a line end. */
    private static final class ChunkedBody extends InputStream {
        private final InputStream in;
        private long left;
        private boolean ended;

        ChunkedBody(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (left == 0 && !nextChunk()) {
                return -1;
            }
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the connection ended within a chunk");
            }
            if (--left == 0) {
                line(in);
            }
            return b;
        }

        private boolean nextChunk() throws IOException {
            if (ended) {
                return false;
            }
            String size = line(in);
            int extension = size.indexOf(';');
            left = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).strip(), 16);
            if (left == 0) {
                for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
                    // trailers carry nothing a harness reads
                }
                ended = true;
                return false;
            }
            return true;
        }
    }
}
