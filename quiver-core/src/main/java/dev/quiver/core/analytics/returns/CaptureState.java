package dev.quiver.core.analytics.returns;

import dev.quiver.core.analytics.block.MetricState;
import dev.quiver.core.analytics.block.RingBuffer;
import dev.quiver.core.analytics.block.WealthPath;

/**
 * The state of a capture ratio: the growth of the subject's and the benchmark's returns over the
 * bars of the ratio's side, compounded in O(1) per bar when expanding, or afresh over the last
 * {@code window} bars when rolling. Rows are {@code [benchmark, subject]}. Not thread-safe; allocates
 * only at construction.
 */
final class CaptureState extends MetricState {

    private final CaptureKernel kernel;
    private final WealthPath subject = new WealthPath();
    private final WealthPath benchmark = new WealthPath();
    private final WealthPath committedSubject = new WealthPath();
    private final WealthPath committedBenchmark = new WealthPath();
    private final RingBuffer subjectWindow;
    private final RingBuffer benchmarkWindow;

    CaptureState(CaptureKernel kernel) {
        super(2, 1);
        this.kernel = kernel;
        int w = kernel.window();
        this.subjectWindow = w == 0 ? null : new RingBuffer(w);
        this.benchmarkWindow = w == 0 ? null : new RingBuffer(w);
    }

    @Override
    protected void next(double[] row, boolean commit) {
        double f = row[0];
        double r = row[1];
        if (subjectWindow == null) {
            subject.set(committedSubject);
            benchmark.set(committedBenchmark);
            add(f, r);
            if (commit) {
                committedSubject.set(subject);
                committedBenchmark.set(benchmark);
            }
            out[0] = kernel.ratio(subject.growth(), benchmark.growth(), subject.count());
            return;
        }
        subject.reset();
        benchmark.reset();
        int from = subjectWindow.isFull() ? 1 : 0;
        for (int i = from; i < subjectWindow.size(); i++) {
            add(benchmarkWindow.get(i), subjectWindow.get(i));
        }
        add(f, r);
        boolean full = subjectWindow.size() - from + 1 == kernel.window();
        if (commit) {
            subjectWindow.push(r);
            benchmarkWindow.push(f);
        }
        out[0] = full ? kernel.ratio(subject.growth(), benchmark.growth(), subject.count()) : Double.NaN;
    }

    private void add(double f, double r) {
        if (kernel.side().counts(f)) {
            subject.add(r);
            benchmark.add(f);
        }
    }
}
