package dev.quiver.server.http;

import java.util.Objects;

/**
 * A route as Javalin registered it: the HTTP method and the path template. Immutable.
 *
 * @param method the upper-case method, such as {@code GET}
 * @param path the template, such as {@code /api/assets/{symbol}}
 */
public record RegisteredRoute(String method, String path) {

    /** Requires both parts. */
    public RegisteredRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
