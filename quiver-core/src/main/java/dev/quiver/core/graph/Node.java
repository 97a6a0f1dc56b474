package dev.quiver.core.graph;

import dev.quiver.core.asset.AssetId;
import java.util.List;

/**
 * A vertex of the analytics graph: a field of an asset or an analytic over other nodes, always
 * evaluated on the timeline of one subject asset. Two nodes with the same {@link #key()} are the
 * same node. Implementations are immutable and thread-safe.
 */
public sealed interface Node permits FieldNode, AnalyticNode {

    /** The asset whose timeline the node's values follow. */
    AssetId subject();

    /** The normalised expression, without the subject: {@code close}, {@code sma(close,timeperiod=20)}. */
    String expression();

    /** The outputs' names; one name for a single-output node. */
    List<String> outputs();

    /** The nodes whose values this one reads, in input order. */
    List<NodeOutput> inputs();

    /** Bars without output at the start of this node's own input: the analytic's lookback, 0 for a field. */
    int lookback();

    /** The identity: {@code SUBJECT:expression}. */
    default String key() {
        return subject() + ":" + expression();
    }
}
