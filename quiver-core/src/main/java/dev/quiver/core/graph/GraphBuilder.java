package dev.quiver.core.graph;

import dev.quiver.core.analytics.BindingContext;
import dev.quiver.core.analytics.BoundAnalytic;
import dev.quiver.core.analytics.Catalogue;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.expr.Argument;
import dev.quiver.core.expr.Call;
import dev.quiver.core.expr.ExpressionException;
import dev.quiver.core.expr.FieldRef;
import dev.quiver.core.expr.Normalizer;
import dev.quiver.core.expr.ResolutionException;
import dev.quiver.core.expr.Select;
import dev.quiver.core.expr.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * Declares, then plans: parses and binds each requested expression against the catalogue (every
 * error is an {@link ExpressionException} naming the position, before anything is computed), turns
 * it into nodes shared by identity, and builds the acyclic graph. Not thread-safe; use once.
 */
public final class GraphBuilder {

    private final CatalogueResolver resolver;
    private final Normalizer normalizer;
    private final DirectedAcyclicGraph<Node, DefaultEdge> dag = new DirectedAcyclicGraph<>(DefaultEdge.class);
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<AssetId, AssetReference> assets = new LinkedHashMap<>();
    private final List<RequestedColumn> requested = new ArrayList<>();

    /** A builder binding against {@code catalogue} with the defaults of a weekday-traded subject. */
    public GraphBuilder(Catalogue catalogue) {
        this(catalogue, BindingContext.standard());
    }

    /**
     * A builder binding against {@code catalogue}, with subject-dependent defaults (the annualisation
     * of metrics) from {@code context}.
     */
    public GraphBuilder(Catalogue catalogue, BindingContext context) {
        this.resolver = new CatalogueResolver(catalogue, context);
        this.normalizer = new Normalizer(resolver);
    }

    /**
     * Adds the columns of one expression on {@code subject}.
     *
     * @throws ExpressionException if it does not parse or bind, naming the position
     */
    public GraphBuilder request(AssetId subject, String expression) {
        assets.putIfAbsent(subject, new AssetReference(subject, expression, 0));
        Series normal = normalizer.normalize(expression);
        try {
            if (normal instanceof Select select) {
                requested.add(new RequestedColumn(expression, output(subject, expression, select)));
            } else {
                Node node = node(subject, expression, normal);
                for (int k = 0; k < node.outputs().size(); k++) {
                    String label = node.outputs().size() == 1
                            ? expression
                            : expression + "." + node.outputs().get(k);
                    requested.add(new RequestedColumn(label, new NodeOutput(node, k)));
                }
            }
        } catch (ResolutionException e) {
            throw new ExpressionException(expression, e.position(), e.getMessage());
        }
        return this;
    }

    /** The planned graph of everything requested. */
    public AnalyticsGraph build() {
        return new AnalyticsGraph(dag, requested, List.copyOf(assets.values()));
    }

    private NodeOutput output(AssetId subject, String text, Series series) {
        if (series instanceof Select select) {
            Node node = node(subject, text, select.call());
            return new NodeOutput(node, node.outputs().indexOf(select.output()));
        }
        Node node = node(subject, text, series);
        if (node.outputs().size() != 1) {
            throw new ResolutionException(
                    ((Call) series).start(),
                    ((Call) series).name() + " has " + node.outputs().size() + " outputs; choose one as input with ."
                            + String.join(", .", node.outputs()));
        }
        return new NodeOutput(node, 0);
    }

    private Node node(AssetId subject, String text, Series series) {
        if (series instanceof FieldRef field) {
            return fieldNode(subject, text, field);
        }
        Call call = (Call) series;
        BoundAnalytic analytic = resolver.bindNormal(call);
        List<NodeOutput> inputs = new ArrayList<>();
        for (Argument argument : call.positional()) {
            inputs.add(output(subject, text, (Series) argument));
        }
        return add(new AnalyticNode(subject, call.canonical(), analytic, inputs));
    }

    private Node fieldNode(AssetId subject, String text, FieldRef field) {
        if (!Fields.isField(field.field())) {
            throw new ResolutionException(field.start(), resolver.unknownName(field.field()));
        }
        AssetId source = field.asset().orElse(subject);
        assets.putIfAbsent(source, new AssetReference(source, text, field.start()));
        return add(new FieldNode(subject, field.field(), source));
    }

    private Node add(Node node) {
        Node existing = nodes.get(node.key());
        if (existing != null) {
            return existing;
        }
        nodes.put(node.key(), node);
        dag.addVertex(node);
        for (NodeOutput input : node.inputs()) {
            try {
                dag.addEdge(input.node(), node);
            } catch (IllegalArgumentException cycle) {
                throw new IllegalStateException("cycle through " + node.key(), cycle);
            }
        }
        return node;
    }
}
