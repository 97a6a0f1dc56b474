package dev.quiver.core.engine.push;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A change to one subject's live columns: expressions to add and remove (as written; each addition
 * counted), subscription sinks to attach and detach, and the future completed once the subject's
 * states are primed with the change. Immutable, apart from the future and the sinks' own state.
 *
 * @param add expressions to add
 * @param remove expressions to remove, one count each
 * @param attach sinks to attach
 * @param detach sinks to detach
 * @param done completed when the change is live
 */
record ColumnChange(
        List<String> add, List<String> remove, List<Sink> attach, List<Sink> detach, CompletableFuture<Void> done) {

    ColumnChange {
        add = List.copyOf(add);
        remove = List.copyOf(remove);
        attach = List.copyOf(attach);
        detach = List.copyOf(detach);
    }
}
