package dev.quiver.server.http;

import io.javalin.config.RoutesConfig;

/**
 * One area of the API (assets, pull, graph, operations, and later streams and downloads): registers
 * its routes as method references on its controller. The server adds every group at start, so a new
 * area is one more group.
 */
public interface RouteGroup {

    /** Registers this area's routes. Called once, before the server starts. */
    void addTo(RoutesConfig routes);
}
