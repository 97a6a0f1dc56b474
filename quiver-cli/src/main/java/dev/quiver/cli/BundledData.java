package dev.quiver.cli;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetClass;
import dev.quiver.core.asset.AssetId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The real daily price files shipped inside the jar (see NOTICE), with the asset each one describes,
 * as listed in {@code demo/assets.csv}. Immutable.
 */
final class BundledData {

    private static final String ROOT = "/dev/quiver/cli/demo/";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** One bundled file and its asset. */
    record Entry(String file, Asset asset) {}

    private BundledData() {}

    /** Every bundled file in the order of the manifest. */
    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(open("assets.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", 4);
                AssetId id = AssetId.of(cells[1]);
                entries.add(
                        new Entry(cells[0], Asset.of(AssetClass.parse(cells[2]), id, cells[3], "USD", "", NEW_YORK)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled asset list", e);
        }
        return entries;
    }

    /** Copies a bundled file into {@code directory} and returns the copy. */
    static Path extract(Entry entry, Path directory) {
        Path target = directory.resolve(entry.file());
        try (InputStream in = open("prices/" + entry.file())) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract bundled file " + entry.file(), e);
        }
        return target;
    }

    private static InputStream open(String name) {
        InputStream in = BundledData.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalStateException("bundled resource " + ROOT + name + " is missing from the jar");
        }
        return in;
    }
}
