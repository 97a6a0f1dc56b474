package dev.quiver.core.engine.push;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Counts of what a push engine did since it started, summed over its shards. A snapshot; immutable.
 *
 * @param ticks trades received for tracked assets
 * @param bars bar snapshots received for tracked assets
 * @param closes bars closed (committed to an asset's history)
 * @param lateInputs ticks dropped because their bar was already closed
 * @param untrackedInputs ticks, bars and closes for assets no expression reads, dropped
 * @param steps provisional steps of a subject's graph (one per input that changed a forming bar)
 * @param commits bars committed into a subject's node states (history replays included)
 * @param nodeEvaluations incremental-state updates of analytic nodes
 * @param cutoffs evaluations whose outputs kept every bit, so that their consumers were not marked
 * @param rebuilds subjects whose states were rebuilt from history (added or removed expressions,
 *     late or amended bars)
 * @param sourceMessages messages sent between shards (bars of assets other shards read)
 * @param errors unexpected failures inside shards, each passed to the error handler
 */
public record EngineStats(
        long ticks,
        long bars,
        long closes,
        long lateInputs,
        long untrackedInputs,
        long steps,
        long commits,
        long nodeEvaluations,
        long cutoffs,
        long rebuilds,
        long sourceMessages,
        long errors) {

    static EngineStats sum(List<Counters> shards) {
        ToLongFunction<Counter> total =
                counter -> shards.stream().mapToLong(c -> c.get(counter)).sum();
        return new EngineStats(
                total.applyAsLong(Counter.TICKS),
                total.applyAsLong(Counter.BARS),
                total.applyAsLong(Counter.CLOSES),
                total.applyAsLong(Counter.LATE_INPUTS),
                total.applyAsLong(Counter.UNTRACKED_INPUTS),
                total.applyAsLong(Counter.STEPS),
                total.applyAsLong(Counter.COMMITS),
                total.applyAsLong(Counter.NODE_EVALUATIONS),
                total.applyAsLong(Counter.CUTOFFS),
                total.applyAsLong(Counter.REBUILDS),
                total.applyAsLong(Counter.SOURCE_MESSAGES),
                total.applyAsLong(Counter.ERRORS));
    }
}
