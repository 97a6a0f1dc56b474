package dev.quiver.core.engine.pull;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.graph.AnalyticNode;
import dev.quiver.core.graph.AnalyticsGraph;
import dev.quiver.core.graph.FieldNode;
import dev.quiver.core.graph.Node;
import dev.quiver.core.graph.NodeOutput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * The cache keys of one request's nodes: each holds the revision of the subject (whose timeline the
 * values follow) and of every asset the node reads, in symbol order (the node's key names them). Null keys when the source reports no revision
 * for some asset. Not thread-safe; one per request.
 */
final class CacheKeys {

    private final Map<AssetId, Long> revisions;
    private final PullRequest request;
    private final Map<Node, TreeSet<AssetId>> sources = new HashMap<>();
    private final Map<Node, Boolean> anchored = new HashMap<>();

    private CacheKeys(Map<AssetId, Long> revisions, PullRequest request) {
        this.revisions = revisions;
        this.request = request;
    }

    static CacheKeys of(BarSource source, AnalyticsGraph graph, PullRequest request) {
        Map<AssetId, Long> revisions = new HashMap<>();
        for (AssetId id : graph.assetIds()) {
            OptionalLong revision = source.revision(id);
            if (revision.isEmpty()) {
                return new CacheKeys(null, request);
            }
            revisions.put(id, revision.getAsLong());
        }
        return new CacheKeys(revisions, request);
    }

    /** The key of {@code node}, or null when nothing may be cached. */
    ColumnKey of(Node node) {
        if (revisions == null) {
            return null;
        }
        List<Long> key = new ArrayList<>();
        key.add(revisions.get(request.subject()));
        for (AssetId id : sourcesOf(node)) {
            key.add(revisions.get(id));
        }
        LocalDate anchor = isAnchored(node) ? request.range().startInclusive() : LocalDate.MIN;
        return new ColumnKey(node.key(), anchor, request.range().endExclusive(), request.alignment(), key);
    }

    /** Whether the node or anything it reads is anchored to the range start. */
    private boolean isAnchored(Node node) {
        Boolean known = anchored.get(node);
        if (known != null) {
            return known;
        }
        boolean found = node instanceof AnalyticNode analytic
                && analytic.analytic().definition().anchored();
        for (NodeOutput input : node.inputs()) {
            found |= isAnchored(input.node());
        }
        anchored.put(node, found);
        return found;
    }

    private TreeSet<AssetId> sourcesOf(Node node) {
        TreeSet<AssetId> known = sources.get(node);
        if (known != null) {
            return known;
        }
        TreeSet<AssetId> found = new TreeSet<>();
        if (node instanceof FieldNode field) {
            found.add(field.source());
        }
        for (NodeOutput input : node.inputs()) {
            found.addAll(sourcesOf(input.node()));
        }
        sources.put(node, found);
        return found;
    }
}
