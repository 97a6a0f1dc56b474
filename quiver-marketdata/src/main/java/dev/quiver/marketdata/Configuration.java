package dev.quiver.marketdata;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Settings of the market-data sources, looked up by key (such as {@code yahoo.url}) in three layers
 * where the first that has a value wins: explicit values (what command-line options set), the
 * environment (the key as {@code QUIVER_} followed by the key upper-cased with dots and dashes as
 * underscores: {@code QUIVER_YAHOO_URL}), and a properties file. Blank values count as absent.
 *
 * <p>A value that does not parse fails with an {@link IllegalArgumentException} naming the setting as
 * it was given and the value: an explicit value as the command-line option that sets it ({@code
 * --yahoo-url} for {@code yahoo.url}), a variable by its name, a file value by its key. Immutable and
 * thread-safe.
 */
public final class Configuration {

    private static final String PREFIX = "QUIVER_";

    private final Map<String, String> explicit;
    private final Map<String, String> environment;
    private final Map<String, String> file;

    private Configuration(Map<String, String> explicit, Map<String, String> environment, Map<String, String> file) {
        this.explicit = Map.copyOf(explicit);
        this.environment = Map.copyOf(environment);
        this.file = Map.copyOf(file);
    }

    /**
     * The configuration of these layers, highest precedence first.
     *
     * @param explicit values by key, such as {@code yahoo.url}
     * @param environment environment variables by name, such as {@code QUIVER_YAHOO_URL}
     * @param file values by key read from a properties file
     */
    public static Configuration of(
            Map<String, String> explicit, Map<String, String> environment, Map<String, String> file) {
        return new Configuration(
                Objects.requireNonNull(explicit, "explicit"),
                Objects.requireNonNull(environment, "environment"),
                Objects.requireNonNull(file, "file"));
    }

    /**
     * The configuration of explicit values, this process's environment and the properties file at
     * {@code file} (skipped when there is no such file): what the command line's commands use.
     *
     * @throws UncheckedIOException if the file exists but cannot be read
     */
    public static Configuration load(Map<String, String> explicit, Path file) {
        return of(explicit, System.getenv(), properties(file));
    }

    /**
     * The values of the properties file at {@code path}, empty when there is no such file.
     *
     * @throws UncheckedIOException if the file exists but cannot be read
     */
    public static Map<String, String> properties(Path path) {
        if (!Files.isRegularFile(path)) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
        return values;
    }

    /** A configuration with nothing set: every setting takes its default. */
    public static Configuration defaults() {
        return of(Map.of(), Map.of(), Map.of());
    }

    /** The environment variable that sets {@code key}: {@code yahoo.url} gives {@code QUIVER_YAHOO_URL}. */
    public static String environmentName(String key) {
        return PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The value of {@code key}, if any layer sets it. */
    public Optional<String> get(String key) {
        return find(key).map(Found::value);
    }

    /**
     * The absolute http or https URL set for {@code key} (without a trailing slash), else {@code
     * defaultUrl}.
     */
    public URI url(String key, URI defaultUrl) {
        Optional<Found> found = find(key);
        if (found.isEmpty()) {
            return defaultUrl;
        }
        String text = found.get().value().strip();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            URI url = new URI(text);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below with the key
        }
        throw found.get().invalid("an absolute http or https URL such as http://127.0.0.1:8080");
    }

    /** The whole number set for {@code key}, at least {@code min}, else {@code defaultValue}. */
    public int count(String key, int defaultValue, int min) {
        Optional<Found> found = find(key);
        if (found.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(found.get().value().strip());
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the key
        }
        throw found.get().invalid("a whole number of at least " + min);
    }

    private Optional<Found> find(String key) {
        String value = explicit.get(key);
        if (isSet(value)) {
            return Optional.of(new Found(value, "--" + key.replace('.', '-')));
        }
        String variable = environmentName(key);
        value = environment.get(variable);
        if (isSet(value)) {
            return Optional.of(new Found(value, variable));
        }
        value = file.get(key);
        return isSet(value) ? Optional.of(new Found(value, key + " (configuration file)")) : Optional.empty();
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    /** A value and the name it was set under. */
    private record Found(String value, String origin) {

        IllegalArgumentException invalid(String expected) {
            return new IllegalArgumentException(origin + ": '" + value + "' is not " + expected);
        }
    }
}
