package dev.quiver.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Requires the configured key in the {@code X-API-Key} header on every route but the open ones
 * (and CORS preflights, which browsers send without custom headers). The comparison takes the same
 * time whatever the key given. Immutable and thread-safe.
 */
public final class ApiKeyFilter implements Handler {

    /** The header that carries the key. */
    public static final String HEADER = "X-API-Key";

    private final byte[] key;
    private final Set<String> openPaths;

    /**
     * @param key the key clients must send
     * @param openPaths paths served without a key, such as {@code /health}
     */
    public ApiKeyFilter(String key, Set<String> openPaths) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.openPaths = Set.copyOf(openPaths);
    }

    @Override
    public void handle(Context ctx) {
        if (openPaths.contains(ctx.path()) || CorsFilter.isPreflight(ctx)) {
            return;
        }
        String given = ctx.header(HEADER);
        if (given == null || given.isEmpty()) {
            throw new UnauthorizedException("this server requires an API key in the " + HEADER + " header");
        }
        if (!MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
            throw new UnauthorizedException("the API key in the " + HEADER + " header is not the server's");
        }
    }
}
