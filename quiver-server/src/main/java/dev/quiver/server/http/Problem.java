package dev.quiver.server.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem: what every 4xx and 5xx response of the server carries, as {@code
 * application/problem+json}. The type is a URI reference to the problem's entry on the docs page
 * ({@code /docs#problem-bad-parameter}); extension members say where the fault is (a {@code
 * parameter}, a {@code position} in an {@code expression}, the {@code limit} exceeded). Immutable.
 *
 * @param type the problem type, a URI reference
 * @param title a short summary of the type, the same for every occurrence
 * @param status the HTTP status
 * @param detail what went wrong this time, for a person
 * @param extensions extra members, in order
 */
public record Problem(String type, String title, int status, String detail, Map<String, Object> extensions) {

    /** The media type of a problem document. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Checks the status and copies the extensions, keeping their order. */
    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a 4xx or 5xx status, not " + status);
        }
        extensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** A problem of type {@code /docs#problem-<slug>} without extensions. */
    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(typeOf(slug), title, status, detail, Map.of());
    }

    /** The type URI of a slug. */
    public static String typeOf(String slug) {
        return "/docs#problem-" + slug;
    }

    /** This problem with one more extension member. */
    public Problem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, more);
    }

    /** The members of the document, in the order of RFC 9457 then the extensions. */
    public Map<String, Object> toJson(String instance) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put("title", title);
        json.put("status", status);
        json.put("detail", detail);
        json.put("instance", instance);
        json.putAll(extensions);
        return json;
    }
}
