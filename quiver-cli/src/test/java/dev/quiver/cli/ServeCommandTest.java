package dev.quiver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code quiver serve}: a real process serving a real database, stopped by a signal. */
class ServeCommandTest {

    private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+) ");

    @TempDir
    Path dir;

    @Test
    void shouldServeWhatComputePrintsAndStopCleanlyOnASignal() throws Exception {
        Path db = dir.resolve("quiver.db");
        CliRun imported = CliRun.of("import", "../data/prices/SPY.csv", "--db", db.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        CliRun compute = CliRun.of(
                "compute",
                "--symbol",
                "SPY",
                "--expr",
                "rsi(14)",
                "--from",
                "2015-01-01",
                "--to",
                "2015-12-31",
                "--format",
                "json",
                "--db",
                db.toString());
        assertThat(compute.status()).as(compute.err()).isZero();

        Process serve = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--add-opens=java.base/java.nio=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        QuiverCommand.class.getName(),
                        "serve",
                        "--port",
                        "0",
                        "--db",
                        db.toString())
                .redirectError(dir.resolve("serve.err").toFile())
                .start();
        try {
            String base = awaitUrl(serve);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> pulled = http.send(
                    HttpRequest.newBuilder(URI.create(
                                    base + "/api/assets/SPY/analytics?expr=rsi(14)&from=2015-01-01&to=2015-12-31"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(pulled.statusCode()).isEqualTo(200);
            ObjectMapper json = new ObjectMapper();
            JsonNode served = json.readTree(pulled.body());
            assertThat(served).isEqualTo(json.readTree(compute.out()));
            assertThat(served.path("timestamps")).hasSize(252);
        } finally {
            serve.destroy();
        }
        assertThat(serve.waitFor(20, TimeUnit.SECONDS))
                .as("the server process ends")
                .isTrue();
        assertThat(java.nio.file.Files.readString(dir.resolve("serve.err")))
                .contains("server stopped, database closed");
        CliRun after = CliRun.of("assets", "--db", db.toString());
        assertThat(after.status()).as(after.err()).isZero();
    }

    @Test
    void shouldTurnOptionsIntoAServerConfiguration() {
        ServeCommand command = new ServeCommand();
        new CommandLine(command)
                .parseArgs(
                        "--host",
                        "0.0.0.0",
                        "--port",
                        "9090",
                        "--api-key",
                        "secret",
                        "--cors-origin",
                        "http://localhost:5173",
                        "--cors-origin",
                        "https://app.example.org");

        var config = command.config();

        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.apiKey()).isEqualTo("secret");
        assertThat(config.corsOrigins()).containsExactly("http://localhost:5173", "https://app.example.org");
    }

    @Test
    void shouldRejectBadOptionsAsBadInput() {
        CliRun origin = CliRun.of(
                "serve",
                "--cors-origin",
                "localhost",
                "--db",
                dir.resolve("x.db").toString());
        CliRun port = CliRun.of(
                "serve", "--port", "99999", "--db", dir.resolve("x.db").toString());

        assertThat(origin.status()).isEqualTo(2);
        assertThat(origin.err()).contains("invalid CORS origin 'localhost'");
        assertThat(port.status()).isEqualTo(2);
        assertThat(port.err()).contains("port must be in 0..65535");
    }

    private static String awaitUrl(Process serve) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher url = URL.matcher(line);
            if (url.find()) {
                return url.group(1);
            }
        }
        throw new IllegalStateException("the server printed no URL (still running: " + serve.isAlive() + ")");
    }
}
