package dev.quiver.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Refuses a request whose declared body is over the limit before reading it (413). Bodies without a
 * declared length are cut by Javalin's own limit, set to the same value by the server. Immutable.
 */
public final class BodyLimitFilter implements Handler {

    private final long maxBytes;

    /** A filter for bodies of at most {@code maxBytes}. */
    public BodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void handle(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw LimitExceededException.body(maxBytes);
        }
    }
}
