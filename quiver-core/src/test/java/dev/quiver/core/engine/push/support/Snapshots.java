package dev.quiver.core.engine.push.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.push.NodeUpdate;
import dev.quiver.core.engine.push.PushEngine;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Reads a subject's current values once the engine has drained. */
public final class Snapshots {

    private Snapshots() {}

    /** The subject's columns by label, after every input given so far is processed. */
    public static Map<String, NodeUpdate> read(PushEngine engine, AssetId subject) {
        try {
            assertThat(engine.drain(Duration.ofSeconds(10))).as("drained").isTrue();
            Map<String, NodeUpdate> columns = new LinkedHashMap<>();
            engine.snapshot(subject).get(10, TimeUnit.SECONDS).forEach(u -> columns.put(u.column(), u));
            return columns;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }
}
