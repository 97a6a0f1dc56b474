package dev.quiver.marketdata.yahoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** Recorded chart answers changed in one respect, for cases the recordings do not show. */
final class ChartVariants {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ChartVariants() {}

    /** {@code chart} with {@code indicators.quote[0].<field>[index]} set to null. */
    static String withNull(String chart, String field, int index) {
        ObjectNode root = read(chart);
        ((ArrayNode) quote(root).get(field)).set(index, MAPPER.nullNode());
        return root.toString();
    }

    /**
     * {@code chart} with open, high, low and close multiplied by {@code factor} on every bar before
     * {@code timestamp}: as Yahoo answers when it lists a split without having adjusted for it.
     */
    static String scaledBefore(String chart, long timestamp, double factor) {
        ObjectNode root = read(chart);
        JsonNode times = result(root).get("timestamp");
        for (String field : new String[] {"open", "high", "low", "close"}) {
            ArrayNode values = (ArrayNode) quote(root).get(field);
            for (int i = 0; i < values.size(); i++) {
                if (times.get(i).asLong() < timestamp) {
                    values.set(i, values.get(i).asDouble() * factor);
                }
            }
        }
        return root.toString();
    }

    /** {@code chart} with {@code indicators.quote[0].<field>} one value short. */
    static String withShortColumn(String chart, String field) {
        ObjectNode root = read(chart);
        ArrayNode values = (ArrayNode) quote(root).get(field);
        values.remove(values.size() - 1);
        return root.toString();
    }

    private static ObjectNode read(String chart) {
        try {
            return (ObjectNode) MAPPER.readTree(chart);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode result(ObjectNode root) {
        return root.get("chart").get("result").get(0);
    }

    private static ObjectNode quote(ObjectNode root) {
        return (ObjectNode) result(root).get("indicators").get("quote").get(0);
    }
}
