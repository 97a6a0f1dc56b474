package dev.quiver.core.engine.push;

/** What a shard counts; see {@link EngineStats} for the meaning of each. */
enum Counter {
    TICKS,
    BARS,
    CLOSES,
    LATE_INPUTS,
    UNTRACKED_INPUTS,
    STEPS,
    COMMITS,
    NODE_EVALUATIONS,
    CUTOFFS,
    REBUILDS,
    SOURCE_MESSAGES,
    ERRORS
}
