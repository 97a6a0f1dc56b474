package dev.quiver.cli;

import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.graph.GraphBuilder;
import dev.quiver.core.graph.GraphDescription;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiver graph}: the planned dependency graph of expressions, as JSON or Graphviz DOT. */
@Command(name = "graph", description = "Show the dependency graph of expressions (no data needed).")
final class GraphCommand implements Callable<Integer> {

    /** The export formats. */
    enum GraphFormat {
        JSON,
        DOT
    }

    @Option(names = "--symbol", paramLabel = "S", required = true, description = "The subject asset.")
    String symbol;

    @Option(names = "--expr", paramLabel = "EXPR", required = true, description = "An expression; repeat for more.")
    List<String> expressions;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "json",
            description = "json or dot (default: ${DEFAULT-VALUE}).")
    GraphFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GraphBuilder builder = new GraphBuilder(StandardCatalogue.get());
        AssetId subject = AssetId.of(symbol);
        for (String expression : expressions) {
            builder.request(subject, expression);
        }
        GraphDescription graph = GraphDescription.of(builder.build());
        PrintWriter out = spec.commandLine().getOut();
        if (format == GraphFormat.DOT) {
            out.print(graph.toDot());
            out.flush();
        } else {
            Json.print(graph, out);
        }
        return 0;
    }
}
