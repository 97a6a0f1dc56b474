package dev.quiver.core.engine.push;

import dev.quiver.core.analytics.Catalogue;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.engine.pull.BarSource;
import dev.quiver.core.time.Interval;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;

/**
 * Everything a push engine is built from, checked once here. Immutable; the {@code with} methods
 * return changed copies.
 *
 * @param catalogue the analytics expressions are bound against
 * @param history where assets' bars before the live point come from (warm start); a source that
 *     does not know an asset makes it a live-only asset
 * @param clock the time of day: the live point when an asset is first tracked, staleness and grace
 * @param shards the number of shards, each with one writer thread
 * @param queueCapacity slots of each shard's input ring, a power of two
 * @param interval the bar length ticks are aggregated into (history must have the same interval)
 * @param alignment how another asset's values meet a subject's bars, as in pull
 * @param staleAfter how long an asset may go without input before the columns reading it are stale
 * @param sourceGrace how long a closed bar waits for another asset it reads to close the same bar
 *     before it commits with what is known (a later arrival then rebuilds the subject)
 * @param errorHandler told of unexpected failures inside shards
 */
public record PushConfig(
        Catalogue catalogue,
        BarSource history,
        InstantSource clock,
        int shards,
        int queueCapacity,
        Interval interval,
        Alignment alignment,
        Duration staleAfter,
        Duration sourceGrace,
        ErrorHandler errorHandler) {

    /** Checks every setting. */
    public PushConfig {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(errorHandler, "errorHandler");
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be at least 1, got " + shards);
        }
        if (queueCapacity < 2 || Integer.bitCount(queueCapacity) != 1) {
            throw new IllegalArgumentException("queueCapacity must be a power of two, got " + queueCapacity);
        }
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("staleAfter must be positive, got " + staleAfter);
        }
        if (sourceGrace.isNegative()) {
            throw new IllegalArgumentException("sourceGrace must not be negative, got " + sourceGrace);
        }
    }

    /**
     * The defaults: the system clock, one shard per two processors, 65,536 input slots per shard,
     * daily bars, intersection alignment, stale after one minute without input, a two-second grace,
     * and errors only counted.
     */
    public static PushConfig of(Catalogue catalogue, BarSource history) {
        return new PushConfig(
                catalogue,
                history,
                InstantSource.system(),
                Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
                1 << 16,
                Interval.ONE_DAY,
                Alignment.INTERSECT,
                Duration.ofMinutes(1),
                Duration.ofSeconds(2),
                error -> {});
    }

    /** With another clock. */
    public PushConfig withClock(InstantSource clock) {
        return new PushConfig(
                catalogue,
                history,
                clock,
                shards,
                queueCapacity,
                interval,
                alignment,
                staleAfter,
                sourceGrace,
                errorHandler);
    }

    /** With another number of shards. */
    public PushConfig withShards(int shards) {
        return new PushConfig(
                catalogue,
                history,
                clock,
                shards,
                queueCapacity,
                interval,
                alignment,
                staleAfter,
                sourceGrace,
                errorHandler);
    }

    /** With another input ring size per shard. */
    public PushConfig withQueueCapacity(int queueCapacity) {
        return new PushConfig(
                catalogue,
                history,
                clock,
                shards,
                queueCapacity,
                interval,
                alignment,
                staleAfter,
                sourceGrace,
                errorHandler);
    }

    /** With another bar interval. */
    public PushConfig withInterval(Interval interval) {
        return new PushConfig(
                catalogue,
                history,
                clock,
                shards,
                queueCapacity,
                interval,
                alignment,
                staleAfter,
                sourceGrace,
                errorHandler);
    }

    /** With another alignment. */
    public PushConfig withAlignment(Alignment alignment) {
        return new PushConfig(
                catalogue,
                history,
                clock,
                shards,
                queueCapacity,
                interval,
                alignment,
                staleAfter,
                sourceGrace,
                errorHandler);
    }

    /** With another staleness duration. */
    public PushConfig withStaleAfter(Duration staleAfter) {
        return new PushConfig(
                catalogue,
                history,
                clock,
                shards,
                queueCapacity,
                interval,
                alignment,
                staleAfter,
                sourceGrace,
                errorHandler);
    }

    /** With another grace for other assets' bars. */
    public PushConfig withSourceGrace(Duration sourceGrace) {
        return new PushConfig(
                catalogue,
                history,
                clock,
                shards,
                queueCapacity,
                interval,
                alignment,
                staleAfter,
                sourceGrace,
                errorHandler);
    }

    /** With another error handler. */
    public PushConfig withErrorHandler(ErrorHandler errorHandler) {
        return new PushConfig(
                catalogue,
                history,
                clock,
                shards,
                queueCapacity,
                interval,
                alignment,
                staleAfter,
                sourceGrace,
                errorHandler);
    }
}
