package dev.quiver.server;

import dev.quiver.marketdata.Configuration;
import dev.quiver.server.api.Limits;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a server listens and what it allows, checked once when built. Immutable.
 *
 * @param host the interface to bind, such as {@code 127.0.0.1} (loopback only) or {@code 0.0.0.0}
 * @param port the TCP port; 0 picks a free one
 * @param apiKey the key every request but {@code /health} must send in {@code X-API-Key}; null for none
 * @param corsOrigins browser origins allowed to call the API ({@code scheme://host[:port]} or {@code *});
 *     empty keeps CORS closed
 * @param limits what one request may ask
 * @param requestThreads the most threads serving requests (at least 8: Jetty keeps some for itself)
 * @param computeThreads the threads computing the assets of queries in parallel
 * @param cacheBytes the memory kept for computed analytics between requests; 0 keeps none
 * @param marketData the market-data sources' settings (base URLs, keys, pacing) download jobs use
 */
public record ServerConfig(
        String host,
        int port,
        String apiKey,
        List<String> corsOrigins,
        Limits limits,
        int requestThreads,
        int computeThreads,
        long cacheBytes,
        Configuration marketData) {

    /** The loopback interface. */
    public static final String LOOPBACK = "127.0.0.1";

    /** The default port. */
    public static final int DEFAULT_PORT = 8080;

    /** Checks every field and copies the origins. */
    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(marketData, "marketData");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        }
        if (apiKey != null && (apiKey.isBlank() || !apiKey.equals(apiKey.strip()))) {
            throw new IllegalArgumentException("the API key must not be blank or start or end with spaces");
        }
        corsOrigins = List.copyOf(corsOrigins);
        corsOrigins.forEach(ServerConfig::checkOrigin);
        if (requestThreads < 8) {
            throw new IllegalArgumentException("request threads must be at least 8, was " + requestThreads);
        }
        if (computeThreads < 1) {
            throw new IllegalArgumentException("compute threads must be at least 1, was " + computeThreads);
        }
        if (cacheBytes < 0) {
            throw new IllegalArgumentException("cache bytes must not be negative, was " + cacheBytes);
        }
    }

    /** A builder starting from the defaults: loopback, port 8080, no key, CORS closed, default limits. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults. */
    public static ServerConfig defaults() {
        return builder().build();
    }

    /** Whether requests need an API key. */
    public boolean requiresApiKey() {
        return apiKey != null;
    }

    /**
     * Whether the server would listen beyond this machine without an API key: the host is not a
     * loopback address (or cannot be resolved) and no key is set. The server logs a warning then.
     */
    public boolean isExposedWithoutKey() {
        if (requiresApiKey()) {
            return false;
        }
        try {
            return !InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return true;
        }
    }

    @Override
    public String toString() {
        return "ServerConfig[" + host + ":" + port + ", api key " + (apiKey == null ? "none" : "set") + ", cors "
                + corsOrigins + ", " + limits + ", " + requestThreads + " request threads, " + computeThreads
                + " compute threads, cache " + cacheBytes + " bytes]";
    }

    private static void checkOrigin(String origin) {
        if (origin.equals("*")) {
            return;
        }
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && bare) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("invalid CORS origin '" + origin
                + "': expected scheme://host[:port] such as http://localhost:5173, or *");
    }

    /** Builds a {@link ServerConfig}; every setter has a default. Not thread-safe. */
    public static final class Builder {
        private String host = LOOPBACK;
        private int port = DEFAULT_PORT;
        private String apiKey;
        private final List<String> corsOrigins = new ArrayList<>();
        private Limits limits = Limits.DEFAULT;
        private int requestThreads = 32;
        private int computeThreads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private long cacheBytes = 64L << 20;
        private Configuration marketData = Configuration.defaults();

        private Builder() {}

        /** The interface to bind (default loopback). */
        public Builder host(String value) {
            this.host = value;
            return this;
        }

        /** The port (default 8080; 0 for any free one). */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** The API key, or null for none (the default). */
        public Builder apiKey(String value) {
            this.apiKey = value;
            return this;
        }

        /** Adds allowed CORS origins. */
        public Builder corsOrigins(List<String> values) {
            this.corsOrigins.addAll(values);
            return this;
        }

        /** The request limits (default {@link Limits#DEFAULT}). */
        public Builder limits(Limits value) {
            this.limits = value;
            return this;
        }

        /** The most request threads (default 32). */
        public Builder requestThreads(int value) {
            this.requestThreads = value;
            return this;
        }

        /** The compute threads (default: one per core). */
        public Builder computeThreads(int value) {
            this.computeThreads = value;
            return this;
        }

        /** The cache size in bytes (default 64 MiB; 0 for no cache). */
        public Builder cacheBytes(long value) {
            this.cacheBytes = value;
            return this;
        }

        /** The market-data settings of download jobs (default: every source's defaults). */
        public Builder marketData(Configuration value) {
            this.marketData = value;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException naming the first bad value
         */
        public ServerConfig build() {
            return new ServerConfig(
                    host, port, apiKey, corsOrigins, limits, requestThreads, computeThreads, cacheBytes, marketData);
        }
    }
}
