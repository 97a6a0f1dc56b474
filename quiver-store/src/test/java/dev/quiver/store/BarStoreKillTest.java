package dev.quiver.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.Split;
import dev.quiver.core.time.Interval;
import dev.quiver.store.support.InterruptedImport;
import dev.quiver.store.support.StoreSnapshot;
import dev.quiver.store.support.TestBars;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills a process with SIGKILL in the middle of a large import and checks that the store holds exactly
 * what it held before.
 */
class BarStoreKillTest {

    /** How much the child must have written into the WAL before it is killed: its cache has spilled. */
    private static final long WRITTEN_BEFORE_KILL = 8L << 20;

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"new", "update"})
    void shouldKeepTheStoreAsItWasWhenKilledMidImport(String mode) throws Exception {
        Path file = dir.resolve("quiver.db");
        StoreSnapshot before = seed(file);
        byte[] bytesBefore = Files.readAllBytes(file);

        Process child = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-Xmx768m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        InterruptedImport.class.getName(),
                        file.toString(),
                        mode)
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        BlockingQueue<String> lines = readLines(child);
        try {
            awaitLine(lines, "importing", child);
            awaitWalGrowth(file, child, lines);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(lines).as("the import must not have ended before the kill").doesNotContain("committed");
        assertThat(child.exitValue()).isEqualTo(137);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytesBefore);
        try (BarStore store = BarStore.open(file)) {
            assertThat(StoreSnapshot.of(store)).isEqualTo(before);
        }
        assertThat(integrityCheck(file)).isEqualTo("ok");
    }

    /** Stores two assets with bars, actions and coverage; returns what they look like. */
    private static StoreSnapshot seed(Path file) {
        Clock clock = Clock.fixed(Instant.parse("2024-03-01T12:00:00Z"), ZoneOffset.UTC);
        try (BarStore store = BarStore.open(file, clock)) {
            store.importBars(new BarImport(
                    TestBars.equity(InterruptedImport.EXISTING),
                    Interval.ONE_DAY,
                    TestBars.rising(TestBars.NEW_YORK, InterruptedImport.FIRST, 500),
                    IntStream.range(0, 500).mapToDouble(i -> 90.0 + i).toArray(),
                    List.of(
                            new Split(InterruptedImport.FIRST.plusDays(100), 2, ActionOrigin.PROVIDED),
                            new CashDividend(InterruptedImport.FIRST.plusDays(200), 0.5, ActionOrigin.PROVIDED)),
                    "yahoo"));
            store.importBars(BarImport.of(
                    TestBars.equity("KEEP"),
                    Interval.ONE_DAY,
                    TestBars.rising(TestBars.NEW_YORK, InterruptedImport.FIRST, 100),
                    List.of(),
                    "csv"));
            StoreSnapshot snapshot = StoreSnapshot.of(store);
            assertThat(snapshot.barCount()).isEqualTo(600);
            return snapshot;
        }
    }

    private static BlockingQueue<String> readLines(Process child) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private void awaitLine(BlockingQueue<String> lines, String expected, Process child) throws Exception {
        String line = lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!expected.equals(line)) {
            fail(
                    "expected '%s' from the child but got '%s' (alive: %s); its errors:%n%s",
                    expected, line, child.isAlive(), Files.readString(dir.resolve("child.err")));
        }
    }

    /** Waits until the child has written uncommitted pages to the WAL: it is inside the transaction. */
    private static void awaitWalGrowth(Path file, Process child, BlockingQueue<String> lines) throws Exception {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!Files.exists(wal) || Files.size(wal) < WRITTEN_BEFORE_KILL) {
            if (!child.isAlive() || !lines.isEmpty() || System.nanoTime() > deadline) {
                fail("the child stopped writing before it could be killed: alive %s, said %s", child.isAlive(), lines);
            }
            Thread.sleep(2);
        }
    }

    private static String integrityCheck(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            return r.getString(1);
        }
    }
}
