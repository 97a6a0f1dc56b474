package dev.quiver.cli;

import dev.quiver.core.asset.Asset;
import dev.quiver.store.BarStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code quiver assets}: lists the assets in the database with their bars and corporate actions. */
@Command(name = "assets", description = "List the assets in the database.")
final class AssetsCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (BarStore store = database.open()) {
            List<Asset> assets = store.assets();
            if (assets.isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .println("quiver: no assets in " + database.file()
                                + "; import some with 'quiver import FILE...'");
                return 0;
            }
            out.println(SummaryText.HEADER);
            for (Asset asset : assets) {
                out.println(SummaryText.line(store.summary(asset.id()), asset.zone()));
            }
        }
        return 0;
    }
}
