package dev.quiver.marketdata.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.quiver.marketdata.MalformedResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A position in a JSON answer that knows its path ({@code chart.result[0].timestamp[3]}), so that
 * every missing or mistyped value fails with a {@link MalformedResponseException} saying what and
 * where. Immutable and thread-safe.
 */
public final class JsonCursor {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final JsonNode node;
    private final String path;
    private final String source;
    private final String url;

    private JsonCursor(JsonNode node, String path, String source, String url) {
        this.node = node;
        this.path = path;
        this.source = source;
        this.url = url;
    }

    /**
     * The root of {@code response}'s body.
     *
     * @throws MalformedResponseException if the body is not one complete JSON value
     */
    public static JsonCursor parse(TextResponse response, String source) {
        try {
            return new JsonCursor(MAPPER.readTree(response.body()), "", source, response.shownUrl());
        } catch (JsonProcessingException e) {
            String what = "not complete JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new MalformedResponseException(source, response.shownUrl(), what, "", e);
        }
    }

    /** Whether this value is an object. */
    public boolean isObject() {
        return node.isObject();
    }

    /**
     * The member {@code name} of this object.
     *
     * @throws MalformedResponseException if this is no object, or the member is absent or null
     */
    public JsonCursor field(String name) {
        return optionalField(name).orElseThrow(() -> child(name).malformed("missing"));
    }

    /**
     * The member {@code name} of this object, empty when it is absent or null.
     *
     * @throws MalformedResponseException if this is no object
     */
    public Optional<JsonCursor> optionalField(String name) {
        requireObject();
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(at(value, name));
    }

    /**
     * The members of this object, in the answer's order.
     *
     * @throws MalformedResponseException if this is no object
     */
    public List<Map.Entry<String, JsonCursor>> members() {
        requireObject();
        List<Map.Entry<String, JsonCursor>> members = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            members.add(Map.entry(member.getKey(), at(member.getValue(), member.getKey())));
        }
        return members;
    }

    /**
     * The elements of this array.
     *
     * @throws MalformedResponseException if this is no array
     */
    public List<JsonCursor> elements() {
        if (!node.isArray()) {
            throw malformed("not an array");
        }
        List<JsonCursor> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new JsonCursor(node.get(i), path + "[" + i + "]", source, url));
        }
        return elements;
    }

    /**
     * This number.
     *
     * @throws MalformedResponseException if this is not a number
     */
    public double number() {
        if (!node.isNumber()) {
            throw malformed("not a number: " + node);
        }
        return node.doubleValue();
    }

    /** This number, or NaN when this is null. */
    public double numberOrNaN() {
        return node.isNull() ? Double.NaN : number();
    }

    /**
     * This whole number.
     *
     * @throws MalformedResponseException if this is not a whole number
     */
    public long wholeNumber() {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw malformed("not a whole number: " + node);
        }
        return node.longValue();
    }

    /**
     * This string.
     *
     * @throws MalformedResponseException if this is not a string
     */
    public String text() {
        if (!node.isTextual()) {
            throw malformed("not a string: " + node);
        }
        return node.textValue();
    }

    /**
     * This string read as a decimal number, as some providers write numbers ({@code "167.5000"}).
     *
     * @throws MalformedResponseException if this is not a string holding a finite decimal
     */
    public double decimalText() {
        String text = text().strip();
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && text.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw malformed("not a decimal number: '" + text + "'");
    }

    /** A failure at this position: {@code what} is wrong here. */
    public MalformedResponseException malformed(String what) {
        return new MalformedResponseException(source, url, what, path, null);
    }

    private void requireObject() {
        if (!node.isObject()) {
            throw malformed("not an object");
        }
    }

    private JsonCursor at(JsonNode value, String name) {
        return new JsonCursor(value, path.isEmpty() ? name : path + "." + name, source, url);
    }

    private JsonCursor child(String name) {
        return at(node, name);
    }
}
