/**
 * Web plumbing that knows nothing of markets: RFC 9457 problems and the typed exceptions that carry
 * them, content negotiation, the API key and CORS filters, the request body limit, and the {@link
 * dev.quiver.server.http.RouteGroup} each area of the API implements.
 */
package dev.quiver.server.http;
