/**
 * The Quiver server: {@link dev.quiver.server.QuiverServer} starts Javalin over a bar store with a
 * {@link dev.quiver.server.ServerConfig} built and checked once.
 */
package dev.quiver.server;
