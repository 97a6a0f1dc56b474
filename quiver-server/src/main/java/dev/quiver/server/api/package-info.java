/**
 * The REST API: one small controller per area with thin handlers (method references), the parsing
 * of parameters and bodies into core values, and the single mapping from exceptions to problems.
 * {@link dev.quiver.server.api.Api} is the entry point; everything else is package-private.
 */
package dev.quiver.server.api;
