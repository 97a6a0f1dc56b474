package dev.quiver.core.engine.pull;

/** The cache that keeps nothing. Stateless. */
final class NoColumnCache implements ColumnCache {

    static final NoColumnCache INSTANCE = new NoColumnCache();

    private NoColumnCache() {}

    @Override
    public double[][] get(ColumnKey key) {
        return null;
    }

    @Override
    public void put(ColumnKey key, double[][] columns) {}
}
