package dev.quiver.core.analytics.block;

/**
 * A {@link WealthPath} over the returns of an expanding window, compounded in O(1) per return, or of
 * a rolling one, compounded afresh from wealth 1 over the last {@code size} returns at each update
 * (O(size): products and drawdowns cannot be un-compounded exactly). Either way the returns are
 * compounded oldest first with the same arithmetic. Not thread-safe; allocates only at construction.
 */
public final class WealthWindow {

    private final int size;
    private final RingBuffer window;
    private final WealthPath committed = new WealthPath();
    private final WealthPath current = new WealthPath();

    /** A window over {@code size} returns, or expanding when {@code size} is 0. */
    public WealthWindow(int size) {
        this.size = size;
        this.window = size == 0 ? null : new RingBuffer(size);
    }

    /**
     * Makes {@link #current()} the path of the committed window followed by {@code r} (without the
     * oldest return when the window is full), and commits {@code r} when asked.
     *
     * @return whether the window with {@code r} holds its full size; always true when expanding
     */
    public boolean next(double r, boolean commit) {
        if (window == null) {
            current.set(committed);
            current.add(r);
            if (commit) {
                committed.set(current);
            }
            return true;
        }
        current.reset();
        int from = window.isFull() ? 1 : 0;
        for (int i = from; i < window.size(); i++) {
            current.add(window.get(i));
        }
        current.add(r);
        if (commit) {
            window.push(r);
        }
        return current.count() == size;
    }

    /** The path after the last {@link #next}. */
    public WealthPath current() {
        return current;
    }
}
