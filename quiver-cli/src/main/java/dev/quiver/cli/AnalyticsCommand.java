package dev.quiver.cli;

import dev.quiver.core.analytics.AnalyticDescription;
import dev.quiver.core.analytics.standard.StandardCatalogue;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiver analytics}: the catalogue, as a table or as JSON. */
@Command(name = "analytics", description = "List every analytic with its inputs, parameters, outputs and lookback.")
final class AnalyticsCommand implements Callable<Integer> {

    /** The listing formats. */
    enum ListFormat {
        TEXT,
        JSON
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    ListFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<AnalyticDescription> all = StandardCatalogue.get().definitions().stream()
                .map(AnalyticDescription::of)
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (format == ListFormat.JSON) {
            Json.print(all, out);
            return 0;
        }
        for (AnalyticDescription a : all) {
            StringBuilder params = new StringBuilder();
            for (AnalyticDescription.Parameter p : a.parameters()) {
                params.append(params.length() == 0 ? "" : ", ")
                        .append(p.name())
                        .append('=')
                        .append(p.defaultValue());
            }
            out.printf(
                    "%-24s %-11s inputs %-18s -> %-22s lookback %3d  %s%n",
                    a.name() + "(" + params + ")",
                    a.family(),
                    String.join(",", a.inputs()),
                    String.join(",", a.outputs()),
                    a.lookback(),
                    a.description());
        }
        out.flush();
        return 0;
    }
}
