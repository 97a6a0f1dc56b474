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
 * @param idleSpin how long an engine thread with nothing to do (a shard's writer, a subscription's
 *     delivery thread) keeps its processor, yielding, for the next input before it parks; the window
 *     adapts to the gaps between inputs up to this maximum (see {@code AdaptiveSpin}). Inputs closer
 *     together than this are picked up without a wake-up (a few microseconds sooner each, tens of
 *     microseconds on a virtual machine), at the cost of a processor busy for as long as they keep
 *     coming; set it to about twice the gap between inputs for the lowest latency
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
        Duration idleSpin,
        Interval interval,
        Alignment alignment,
        Duration staleAfter,
        Duration sourceGrace,
        ErrorHandler errorHandler) {

    /** The {@link #idleSpin} unless set: inputs more than 20,000 a second are picked up without a wake-up. */
    public static final Duration DEFAULT_IDLE_SPIN = Duration.ofNanos(50_000);

    /** The longest {@link #idleSpin}: beyond it a spinning thread wastes more than a wake-up costs. */
    public static final Duration MAX_IDLE_SPIN = Duration.ofMillis(10);

    /** Checks every setting. */
    public PushConfig {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(idleSpin, "idleSpin");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(errorHandler, "errorHandler");
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be at least 1, got " + shards);
        }
        if (queueCapacity < 2 || Integer.bitCount(queueCapacity) != 1) {
            throw new IllegalArgumentException("queueCapacity must be a power of two, got " + queueCapacity);
        }
        if (idleSpin.isNegative() || idleSpin.isZero() || idleSpin.compareTo(MAX_IDLE_SPIN) > 0) {
            throw new IllegalArgumentException(
                    "idleSpin must be positive and at most " + MAX_IDLE_SPIN.toMillis() + " ms, got " + idleSpin);
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
     * slots per shard, an idle spin of 50 µs, daily bars, intersection alignment, stale after one
     * minute without input, a two-second grace, and errors only counted.
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
        private Duration idleSpin = DEFAULT_IDLE_SPIN;
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

        /** The longest idle spin of engine threads before they park. */
        public Builder idleSpin(Duration idleSpin) {
            this.idleSpin = idleSpin;
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
                    idleSpin,
                    interval,
                    alignment,
                    staleAfter,
                    sourceGrace,
                    errorHandler);
        }
    }
}
