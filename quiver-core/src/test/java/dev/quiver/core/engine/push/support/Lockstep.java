package dev.quiver.core.engine.push.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.engine.push.NodeUpdate;
import dev.quiver.core.engine.push.PushEngine;
import dev.quiver.core.engine.push.PushInput;
import dev.quiver.core.series.Bar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Passes input to an engine and, at each close of the watched subject's bar, reads the subject's
 * columns twice: just before the close (the provisional values of the complete forming bar) and
 * just after (the committed values), each time after the engine has drained. Records both per
 * column, one value per closed bar. Not thread-safe: driven by one feed thread.
 */
public final class Lockstep implements PushInput {

    private final PushEngine engine;
    private final AssetId subject;
    private final Map<String, List<Double>> provisional = new LinkedHashMap<>();
    private final Map<String, List<Double>> committed = new LinkedHashMap<>();

    /** Drives {@code engine}, recording the columns of {@code subject}. */
    public Lockstep(PushEngine engine, AssetId subject) {
        this.engine = engine;
        this.subject = subject;
    }

    @Override
    public void tick(AssetId asset, long epochMillis, double price, double volume) {
        engine.tick(asset, epochMillis, price, volume);
    }

    @Override
    public void bar(AssetId asset, Bar bar) {
        engine.bar(asset, bar);
    }

    @Override
    public void closeBar(AssetId asset) {
        if (asset.equals(subject)) {
            record(provisional, true);
            engine.closeBar(asset);
            record(committed, false);
        } else {
            engine.closeBar(asset);
        }
    }

    /** The provisional values of each column just before each close. */
    public Map<String, double[]> provisional() {
        return arrays(provisional);
    }

    /** The committed values of each column after each close. */
    public Map<String, double[]> committed() {
        return arrays(committed);
    }

    private void record(Map<String, List<Double>> into, boolean expectProvisional) {
        for (NodeUpdate update : Snapshots.read(engine, subject).values()) {
            assertThat(update.provisional()).as("%s provisional", update.key()).isEqualTo(expectProvisional);
            into.computeIfAbsent(update.column(), c -> new ArrayList<>()).add(update.value());
        }
    }

    private static Map<String, double[]> arrays(Map<String, List<Double>> lists) {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        lists.forEach((column, values) -> arrays.put(
                column, values.stream().mapToDouble(Double::doubleValue).toArray()));
        return arrays;
    }
}
