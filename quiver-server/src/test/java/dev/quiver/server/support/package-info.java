/** Shared fixtures: a real server over a real SQLite store filled from the bundled price files. */
package dev.quiver.server.support;
