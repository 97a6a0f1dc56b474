package dev.quiver.core.engine.push;

/**
 * Told of unexpected failures inside a shard (a failed step, a bad change), after which the shard
 * goes on with its next input; each is also counted in {@link EngineStats#errors()}. Called on the
 * shard's writer thread: it must be quick and must not throw.
 */
@FunctionalInterface
public interface ErrorHandler {

    /** Called with the failure. */
    void onError(Throwable error);
}
