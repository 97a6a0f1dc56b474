package dev.quiver.marketdata.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** Builds request URLs from a base URL and shows them with keys hidden. Stateless. */
public final class Urls {

    private static final Pattern SECRET = Pattern.compile("(?i)([?&](?:apikey|api_key|token)=)[^&]*");

    private Urls() {}

    /**
     * {@code base} followed by {@code path} and the query made of {@code query}, in its order, each
     * name and value percent-encoded.
     */
    public static URI of(URI base, String path, Map<String, String> query) {
        StringJoiner params = new StringJoiner("&");
        query.forEach((name, value) -> params.add(encode(name) + "=" + encode(value)));
        String tail = query.isEmpty() ? "" : "?" + params;
        return URI.create(base.toString() + path + tail);
    }

    /** One path segment, percent-encoded: {@code ^GSPC} gives {@code %5EGSPC}. */
    public static String segment(String text) {
        return encode(text).replace("+", "%20");
    }

    /** The URL with the values of {@code apikey}, {@code api_key} and {@code token} parameters hidden. */
    public static String shown(URI uri) {
        return SECRET.matcher(uri.toString()).replaceAll("$1***");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
