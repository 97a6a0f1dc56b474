package dev.quiver.core.engine.push;

import dev.quiver.core.analytics.Catalogue;
import dev.quiver.core.engine.pull.Alignment;
import dev.quiver.core.engine.pull.BarSource;
import dev.quiver.core.time.Interval;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;

/**
 * Everything a push engine is built from, checked once here; see {@link #builder} for the
 * defaults. Immutable.
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
     * A builder with the defaults: the system clock, one shard per two processors, 65,536 input
     * slots per shard, daily bars, intersection alignment, stale after one minute without input, a
     * two-second grace, and errors only counted.
     */
    public static Builder builder(Catalogue catalogue, BarSource history) {
        return new Builder(catalogue, history);
    }

    /** Collects settings; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private final Catalogue catalogue;
        private final BarSource history;
        private InstantSource clock = InstantSource.system();
        private int shards = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        private int queueCapacity = 1 << 16;
        private Interval interval = Interval.ONE_DAY;
        private Alignment alignment = Alignment.INTERSECT;
        private Duration staleAfter = Duration.ofMinutes(1);
        private Duration sourceGrace = Duration.ofSeconds(2);
        private ErrorHandler errorHandler = error -> {};

        private Builder(Catalogue catalogue, BarSource history) {
            this.catalogue = catalogue;
            this.history = history;
        }

        /** The clock. */
        public Builder clock(InstantSource clock) {
            this.clock = clock;
            return this;
        }

        /** The number of shards. */
        public Builder shards(int shards) {
            this.shards = shards;
            return this;
        }

        /** The input ring size per shard, a power of two. */
        public Builder queueCapacity(int queueCapacity) {
            this.queueCapacity = queueCapacity;
            return this;
        }

        /** The bar interval. */
        public Builder interval(Interval interval) {
            this.interval = interval;
            return this;
        }

        /** The alignment of other assets' fields. */
        public Builder alignment(Alignment alignment) {
            this.alignment = alignment;
            return this;
        }

        /** The staleness duration. */
        public Builder staleAfter(Duration staleAfter) {
            this.staleAfter = staleAfter;
            return this;
        }

        /** The grace for other assets' bars. */
        public Builder sourceGrace(Duration sourceGrace) {
            this.sourceGrace = sourceGrace;
            return this;
        }

        /** The error handler. */
        public Builder errorHandler(ErrorHandler errorHandler) {
            this.errorHandler = errorHandler;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException naming a setting out of range
         * @throws NullPointerException naming a missing setting
         */
        public PushConfig build() {
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
}
