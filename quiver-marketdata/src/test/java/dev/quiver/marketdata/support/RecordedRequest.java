package dev.quiver.marketdata.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request the {@link StubServer} received.
 *
 * @param path the decoded path
 * @param query the raw query, empty when there is none
 * @param headers the request headers, names in lower case
 */
public record RecordedRequest(String path, String query, Map<String, List<String>> headers) {

    /** Copies the headers. */
    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    /** The decoded query parameters, in order. */
    public Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                params.put(decode(name), decode(value));
            }
        }
        return params;
    }

    /** The decoded value of query parameter {@code name}, or null. */
    public String param(String name) {
        return params().get(name);
    }

    /** The first value of header {@code name}, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
