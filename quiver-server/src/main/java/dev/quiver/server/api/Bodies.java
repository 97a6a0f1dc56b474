package dev.quiver.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.quiver.server.http.BadBodyException;
import dev.quiver.server.http.LimitExceededException;
import dev.quiver.server.http.Problem;
import dev.quiver.server.http.ProblemException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads a JSON request body into a record; anything wrong with it is a 400 that says what and where
 * (a JSON pointer such as {@code /symbols/2}), never a Java type name. Immutable and thread-safe.
 */
final class Bodies {

    private final ObjectMapper json;
    private final long maxBytes;

    Bodies(ObjectMapper json, long maxBytes) {
        this.json = json;
        this.maxBytes = maxBytes;
    }

    /** The body as {@code type}. */
    <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType != null && !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ProblemException(Problem.of(
                    "unsupported-media-type",
                    "Unsupported media type",
                    415,
                    "the body must be application/json, not " + contentType));
        }
        byte[] bytes = readLimited(ctx);
        if (bytes.length == 0) {
            throw new BadBodyException("the request needs a JSON body");
        }
        try {
            T value = json.readValue(bytes, type);
            if (value == null) {
                throw new BadBodyException("the body is null; expected a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new BadBodyException("unknown member '" + e.getPropertyName() + "' at " + pointer(e) + "; expected "
                    + names(e.getKnownPropertyIds()));
        } catch (MismatchedInputException e) {
            throw new BadBodyException("expected " + describe(e.getTargetType()) + " at " + pointer(e));
        } catch (JsonMappingException e) {
            throw new BadBodyException(rootMessage(e) + " at " + pointer(e));
        } catch (JsonProcessingException e) {
            throw new BadBodyException("the body is not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new BadBodyException("cannot read the body: " + e.getMessage());
        }
    }

    private byte[] readLimited(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw LimitExceededException.body(maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new BadBodyException("cannot read the body: " + e.getMessage());
        }
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : ref.getIndex());
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }

    private static String rootMessage(JsonMappingException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause == e ? e.getOriginalMessage() : cause.getMessage();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object";
    }

    private static String names(Collection<Object> known) {
        List<String> sorted = known.stream().map(String::valueOf).sorted().toList();
        return sorted.stream().collect(Collectors.joining(", ", "one of ", ""));
    }
}
