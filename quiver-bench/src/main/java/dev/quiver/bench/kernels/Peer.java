package dev.quiver.bench.kernels;

/** Who computes the pull kernels in {@link PullKernelBenchmark}: Quiver or its reference peer. */
public enum Peer {
    /** Quiver's batch kernels. */
    QUIVER,
    /** TA-Lib Java's array functions. */
    TALIB
}
